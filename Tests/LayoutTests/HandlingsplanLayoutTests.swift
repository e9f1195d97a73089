import DocumentModel
import Examples
import PlanLayout
import PlanModel
import Testing

@Suite("The handlingsplan layout")
struct HandlingsplanLayoutTests {
    let layout = HandlingsplanLayout(labels: try! LabelFixture.labels())

    private func tables(_ document: Document) -> [Table] {
        document.blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    @Test func coverComesFromThePlanAndTheLabels() throws {
        let metadata = layout.document(for: try #require(Exempel.plan("vanersborg"))).metadata
        #expect(metadata.organisations == ["Vänersborgs kommun", "Västra Götalandsregionen"])
        #expect(metadata.period == "2020–2022")
        #expect(metadata.adoption == "Fastställd av närsjukvårdsgrupp barn och unga i Vänersborg 2020-06-04")
        #expect(metadata.revisions == "Reviderad 2021-09-20, 2022-11-21")
        #expect(metadata.created == "2020-06-04")
        #expect(metadata.modified == "2022-11-21")
        #expect(metadata.language == "sv-SE")
    }

    @Test func activityWithSeveralSubGoalsSpansItsRows() throws {
        let document = layout.document(for: try #require(Exempel.plan("vanersborg")))
        let first = try #require(tables(document).first)
        #expect(first.header.first?.cells.map { $0.blocks } == ["Aktivitet", "Delmål", "När", "Ansvar", "Uppföljning"]
            .map { [Block.paragraph([.text($0)])] })
        let activity = try #require(first.body.first?.cells.first)
        #expect(activity.isRowHeader)
        #expect(activity.rowSpan == 4)
        #expect(first.body[1].cells.count == 4)
        #expect(first.caption == "Aktiviteter för mål 1.1")
    }

    @Test func goalAndFocusHeadingsFollowThePlansWording() throws {
        let vanersborg = layout.document(for: try #require(Exempel.plan("vanersborg"))).headings.map(\.text.plainText)
        #expect(vanersborg.contains("1. Förebyggande och främjande arbete"))
        #expect(vanersborg.contains("Mål 1.1 Föräldrar ska erbjudas stöd under barnets hela uppväxt"))
        #expect(vanersborg.contains("Utvecklingsbehov inom målområdet"))
        let helsingborg = layout.document(for: try #require(Exempel.plan("helsingborg"))).headings.map(\.text.plainText)
        #expect(helsingborg.contains("Fokusområde 2. Tillgängliga och tidiga insatser"))
        #expect(helsingborg.contains("Kortsiktiga mål och aktiviteter 2020–2022"))
    }

    @Test func missingValuesShowAsEmphasisedSaknas() throws {
        let document = layout.document(for: try #require(Exempel.plan("helsingborg")))
        let saknas = document.blocks.filter { $0 == .paragraph([.emphasis([.text("Saknas")])]) }
        #expect(saknas.count == 9)
    }

    @Test("heading levels have no gaps and anchors are unique", arguments: Exempel.planer.map(\.id))
    func headingsAreWellFormed(id: String) throws {
        let headings = layout.document(for: try #require(Exempel.plan(id))).headings
        var previous = 0
        for heading in headings {
            #expect(heading.level <= previous + 1, "\(heading.text.plainText)")
            previous = heading.level
        }
        #expect(Set(headings.map(\.anchor)).count == headings.count)
        #expect(headings.allSatisfy { $0.anchor.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } })
    }

    @Test func wideTablesStandInLandscapeSections() throws {
        let document = layout.document(for: try #require(Exempel.plan("vastra-gotaland")))
        let index = try #require(document.blocks.firstIndex { if case .table = $0 { return true } else { return false } })
        #expect(document.blocks[index - 1] == .sectionBreak(.landscape))
        #expect(document.blocks[index + 1] == .sectionBreak(.portrait))
    }

    @Test func sameplanGivesTheSameDocument() throws {
        let plan = try #require(Exempel.plan("vanersborg"))
        #expect(layout.document(for: plan) == layout.document(for: plan))
    }
}

@Suite("Running text in cells")
struct RunningTextTests {
    @Test func aLineBreakStartsANewParagraph() {
        let text = Löptext { "Första raden\nAndra "; Betonad("betonad"); "\n\nTredje" }
        #expect(text.paragraphs == [
            .paragraph([.text("Första raden")]),
            .paragraph([.text("Andra "), .emphasis([.text("betonad")])]),
            .paragraph([.text("Tredje")]),
        ])
    }
}

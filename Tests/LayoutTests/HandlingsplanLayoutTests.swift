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

    @Test(arguments: ["vanersborg", "tanum"])
    func everyActivityHeadsItsRowsAsABand(_ id: String) throws {
        let plan = try #require(Exempel.plan(id))
        let document = layout.document(for: plan)
        let activityTables = tables(document).filter { $0.caption?.hasPrefix("Aktiviteter för mål") ?? false }
        #expect(activityTables.count == plan.allaMål.filter { !$0.mål.aktiviteter.isEmpty }.count)
        for table in activityTables {
            let columns = table.columns.count
            #expect(table.header.first?.cells == [Cell("Aktivitet", colSpan: columns)])
            let bands = table.body.filter { $0.cells.count == 1 && $0.cells[0].colSpan == columns && $0.cells[0].isRowHeader }
            #expect(table.body.first.map(bands.contains) ?? false, "the first body row is a band")
            // Each band heads exactly its activity's rows, so no row is without its activity.
            let goal = try #require(plan.allaMål.first { table.caption == "Aktiviteter för mål \($0.mål.nummer ?? "")" }?.mål)
            #expect(bands.count == goal.aktiviteter.count)
            #expect(table.body.count == goal.aktiviteter.map { $0.rader.count + 1 }.reduce(0, +))
            for (band, activity) in zip(bands, goal.aktiviteter) {
                #expect(band.cells[0].blocks.first == .paragraph([.strong(activity.namn.inlines)]) || activity.namn.ren.contains("\n"))
            }
        }
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

    @Test func orientationFollowsThePlanOrTheTables() throws {
        func turns(_ id: String) throws -> [Block] {
            layout.document(for: try #require(Exempel.plan(id))).blocks.filter {
                if case .sectionBreak = $0 { return true } else { return false }
            }
        }
        // Tanum chooses landscape: one turn, before its first page of text.
        #expect(try turns("tanum") == [.sectionBreak(.landscape)])
        let tanum = layout.document(for: try #require(Exempel.plan("tanum"))).blocks
        #expect(tanum.first == .sectionBreak(.landscape))
        // The others' tables fit upright, so nothing turns.
        for id in ["vanersborg", "helsingborg", "vastra-gotaland"] { #expect(try turns(id).isEmpty, "\(id)") }
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

import AnalysisLayout
import AnalysisModel
import DocumentModel
import Examples
import Foundation
import PlanAnalysis
import PlanLayout
import PlanModel
import Testing
import Wording

/// Every example as a document: the plans, the reports written in the DSL and the derived analyses.
private func exampleDocuments() throws -> [(id: String, document: Document)] {
    let labels = try LabelFixture.labels()
    let plans = Exempel.planer.map { ($0.id, HandlingsplanLayout(labels: labels).document(for: $0)) }
    let reports = (Exempel.rapporter + Exempel.analyser.map { Planalys($0).rapport(labels: labels) })
        .map { ($0.id, AnalysrapportLayout(labels: labels).document(for: $0)) }
    return plans + reports
}

/// The text with every dash read as a hyphen and word joiners dropped.
private func dashless(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{2060}", with: "").replacingOccurrences(of: "–", with: "-")
}

@Suite("Covers: period, date and author")
struct CoverTests {
    @Test func noCoverRepeatsThePeriodItsTitleHolds() throws {
        for (id, document) in try exampleDocuments() {
            let metadata = document.metadata
            let lines = [metadata.title, metadata.subtitle, metadata.period].compactMap { $0 } + metadata.coverNotes
            if let period = metadata.period {
                #expect(!dashless(metadata.title).contains(dashless(period)), "\(id): \(period) står redan i titeln")
                #expect(lines.filter { dashless($0) == dashless(period) }.count == 1, "\(id)")
            }
            // No cover line is printed twice.
            #expect(Set(lines).count == lines.count, "\(id): \(lines)")
        }
        let documents = Dictionary(uniqueKeysWithValues: try exampleDocuments().map { ($0.id, $0.document) })
        #expect(documents["helsingborg"]?.metadata.period == nil)
        #expect(documents["fordjupad-analys-2021"]?.metadata.period == nil)
        #expect(documents["vanersborg"]?.metadata.period == "2020–2022")
        #expect(documents["tanum"]?.metadata.period == "2021–2023")
    }

    @Test func theDerivedAnalysisCreditsItsOwnAuthorAndDate() throws {
        let document = try #require(try exampleDocuments().first { $0.id == "analys-barn-och-unga" }?.document)
        #expect(document.metadata.organisations == ["Västra Götalandsregionen"])
        #expect(!document.metadata.organisations.contains("Vänersborgs kommun"))
        #expect(document.metadata.coverNotes.contains("Läget 31 december 2022"))
        #expect(document.metadata.created == "2022-12-31")
    }

    @Test func anAnalysisWithoutOrganisationCreditsNoPlan() throws {
        let uppdrag = Analysuppdrag(id: "utan", planer: [Exempel.plan("vanersborg")!], mål: RegionaltMål.barnOchUnga,
                                    datum: Datum(2022, 12, 31))
        let rapport = Planalys(uppdrag).rapport(labels: try LabelFixture.labels())
        #expect(rapport.organisationer.isEmpty)
    }

    @Test func yearSpansAreJoinedAtTheirDash() {
        #expect(Typography.joiningFigureSpans("Handlingsplan 2018–2022") == "Handlingsplan 2018\u{2060}–\u{2060}2022")
        #expect(Typography.joiningFigureSpans("3–12 år") == "3\u{2060}–\u{2060}12 år")
        // A dash between words stays breakable.
        #expect(Typography.joiningFigureSpans("Region – kommun") == "Region – kommun")
    }
}

@Suite("Signatures as in the Helsingborg seed")
struct SignatureTests {
    @Test func signatoriesStandTwoARowUnderASigningLine() throws {
        let labels = try LabelFixture.labels()
        let document = HandlingsplanLayout(labels: labels).document(for: try #require(Exempel.plan("helsingborg")))
        let index = try #require(document.blocks.firstIndex { block in
            if case .heading(let heading) = block { return heading.text.plainText == labels.text(.signaturesHeading) }
            return false
        })
        guard case .table(let table) = document.blocks[index + 1] else {
            Issue.record("Underskrifterna står inte i en tabell")
            return
        }
        #expect(table.header.isEmpty)
        #expect(table.body.map(\.cells.count) == [2, 2])
        let first = table.body[0].cells[0].blocks.map { [$0].plainTextForTest }
        #expect(first == [labels.text(.signingLine), "Maria Norrby, arbetsmarknadsdirektör", "arbetsmarknadsförvaltningen"])
        #expect(table.body[1].cells[1].blocks.map { [$0].plainTextForTest }.last == "vård- och omsorgsförvaltningen")
    }
}

@Suite("Numbers and contents")
struct NumbersAndContentsTests {
    @Test func everyNumberColumnOfTheReportsIsAlignedAtTheEnd() throws {
        let reports = try exampleDocuments().filter { $0.id.contains("analys") }
        var numericColumns = 0
        for (id, document) in reports {
            for table in document.tables {
                for (column, spec) in table.columns.enumerated() {
                    // Row headers ("2018", "B1.1") name their rows; the values are the numbers.
                    let values = table.body.compactMap { row in
                        column < row.cells.count && row.cells.count == table.columns.count && !row.cells[column].isRowHeader
                            ? row.cells[column].blocks : nil
                    }.map { $0.plainTextForTest }.filter { !$0.isEmpty }
                    let numeric = !values.isEmpty && values.allSatisfy { $0.range(of: "^[~−-]?[0-9][0-9\u{00A0},]*(\u{00A0}(%|MSEK))?$", options: .regularExpression) != nil }
                    guard numeric else { continue }
                    numericColumns += 1
                    #expect(spec.alignment == .end, "\(id): \(table.caption ?? "") kolumn \(column + 1)")
                }
            }
        }
        #expect(numericColumns > 10)
    }

    @Test func tanumsFollowUpTimesAloneAreNotBold() throws {
        let document = HandlingsplanLayout(labels: try LabelFixture.labels()).document(for: try #require(Exempel.plan("tanum")))
        // The activity bands (a row of one cell across the table, its name in bold) are no follow-up cells.
        let lastCells = document.tables.flatMap(\.body).filter { $0.cells.count > 1 }.compactMap(\.cells.last).flatMap(\.blocks)
        let strong = lastCells.filter { block in
            guard case .paragraph(let inlines) = block, let first = inlines.first, case .strong = first else { return false }
            return inlines.count == 1
        }
        #expect(strong.isEmpty)
        #expect(lastCells.contains(.paragraph([.text("Varje år")])))
    }

    @Test func everyGoalHeadingIsAtLevelThreeOrAbove() throws {
        let labels = try LabelFixture.labels()
        for plan in Exempel.planer {
            let layout = HandlingsplanLayout(labels: labels)
            let anchors = Set(layout.goalAnchors(for: plan))
            let goals = layout.document(for: plan).headings.filter { anchors.contains($0.anchor) }
            #expect(goals.count == plan.allaMål.count, "\(plan.id)")
            #expect(goals.allSatisfy { $0.level <= 3 }, "\(plan.id)")
            #expect(layout.document(for: plan).metadata.contentsDepth == goals.map(\.level).max(), "\(plan.id)")
        }
    }
}

@Suite("Time wording: the seeds' words by default")
struct TimeWordingTests {
    @Test func seedPhrases() throws {
        let time = TimeFormatter(labels: try LabelFixture.labels())
        #expect(time.text(.termin(.vt, 2021)) == "våren 2021")
        #expect(time.text(.termin(.ht, 2021)) == "hösten 2021")
        #expect(time.text(.termin(.vt, 2021).inledd("start")).capitalisedFirst == "Start våren 2021")
        #expect(time.text(.datum(Datum(2021, 10, 21))) == "21 oktober 2021")
        #expect(time.text(.månad(.juni, 2023).inledd("vid läsårsslut")) == "vid läsårsslut juni 2023")
        #expect(TimeFormatter(labels: try LabelFixture.labels(), dates: .entry).text(.datum(Datum(2022, 9, 28))) == "2022-09-28")
    }

    @Test func staffCanChooseTheShortTermWords() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: "vt: \"våren\"", with: "vt: \"vt\"")
        let time = TimeFormatter(labels: try Labels(yaml: text, file: "labels.yaml"))
        #expect(time.text(.termin(.vt, 2021).inledd("start")) == "start vt 2021")
    }

    @Test func vanersborgPrintsTheSeedsTimes() throws {
        let document = HandlingsplanLayout(labels: try LabelFixture.labels()).document(for: try #require(Exempel.plan("vanersborg")))
        let cells = Set(document.tables.flatMap(\.body).flatMap(\.cells).map { $0.blocks.plainTextForTest })
        for phrase in ["Start våren 2021", "Hösten 2021", "21 oktober 2021", "Vid läsårsslut juni 2023", "Kontinuerligt 2021 och framåt"] {
            #expect(cells.contains(phrase), "\(phrase)")
        }
    }
}

private extension Document {
    /// Every table of the document, wherever it stands.
    var tables: [Table] {
        func collect(_ blocks: [Block]) -> [Table] {
            blocks.flatMap { block -> [Table] in
                switch block {
                case .table(let table): return [table]
                case .quote(let inner), .note(_, let inner): return collect(inner)
                case .bulletList(let items), .numberedList(let items): return items.flatMap { collect($0.blocks) }
                case .heading, .paragraph, .pageBreak, .sectionBreak: return []
                }
            }
        }
        return collect(blocks)
    }
}

private extension Array where Element == Block {
    var plainTextForTest: String {
        compactMap { block -> String? in
            if case .paragraph(let inlines) = block { return inlines.plainText }
            return nil
        }.joined(separator: " ")
    }
}

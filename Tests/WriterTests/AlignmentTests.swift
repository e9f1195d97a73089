import DocumentModel
import Examples
import Foundation
import PlanLayout
import Testing
import TextWriter
import Wording

@Suite("Plain-text writer: column alignment and signatures")
struct TextAlignmentTests {
    @Test func numbersArePaddedOnTheLeft() {
        let table = Table(columns: [Column(width: 2), Column(width: 1, alignment: .end), Column(width: 1, alignment: .center)],
                          header: [Row([Cell("Mål"), Cell("Antal"), Cell("Klar")])],
                          body: [Row([Cell("B1.1"), Cell("7"), Cell("✓")]), Row([Cell("B1.2"), Cell("12"), Cell("")])])
        let text = TextWriter().write(Document(metadata: Metadata(title: "T"), blocks: [.table(table)]))
        #expect(text.contains("| B1.1 |     7 |  ✓   |"))
        #expect(text.contains("| B1.2 |    12 |      |"))
    }

    @Test func helsingborgsSignatoriesStandSideBySideUnderTheirLines() throws {
        let labels = TextSnapshotTests.labels
        let text = TextWriter().write(HandlingsplanLayout(labels: labels).document(for: try #require(Exempel.plan("helsingborg"))))
        let lines = text.components(separatedBy: "\n")
        let names = try #require(lines.firstIndex { $0.contains("Maria Norrby, arbetsmarknadsdirektör") })
        #expect(lines[names].contains("Tony Mufic, utbildningsdirektör"))
        #expect(lines[names - 1].components(separatedBy: labels.text(.signingLine)).count == 3)
        #expect(lines[names + 1].contains("arbetsmarknadsförvaltningen") && lines[names + 1].contains("skol- och fritidsförvaltningen"))
    }
}

@Suite("Plain-text writer: the contents list")
struct TextContentsTests {
    @Test("every plan's text contents list names every goal", arguments: Exempel.planer.map(\.id))
    func goalsInTheContents(id: String) throws {
        let plan = try #require(Exempel.plan(id))
        let labels = TextSnapshotTests.labels
        let layout = HandlingsplanLayout(labels: labels)
        let document = layout.document(for: plan)
        let text = TextWriter(width: 200).write(document)
        let title = labels.text(.contentsTitle)
        let start = try #require(text.range(of: "\n\(title)\n" + String(repeating: "-", count: title.count) + "\n"))
        let contents = text[start.upperBound...].components(separatedBy: "\n\n")[0]
        let goals = Set(layout.goalAnchors(for: plan))
        let goalTitles = document.headings.filter { goals.contains($0.anchor) }.map(\.text.plainText)
        #expect(goalTitles.count == plan.allaMål.count)
        let entries = contents.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for goal in goalTitles { #expect(entries.contains(goal), "\(id): \(goal)") }
    }
}

import DocumentModel
import Examples
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

@testable import DOCXWriter
import DocumentModel
import OOXML
import Testing

/// Placeholders filled however Word split them into runs.
@Suite struct PlaceholderTests {
    let filler = PlaceholderFiller(values: Placeholder.values(for: Metadata(
        title: "Det goda livet", subtitle: nil, organisations: ["Tanums kommun", "Västra Götalandsregionen"],
        period: "2021–2023", adoption: "Fastställd 2021-05-01")))

    static func run(_ text: String, italic: Bool = false) -> Element {
        Element("w:r", elements: (italic ? [Element("w:rPr", elements: [Element("w:i")])] : [])
            + [Element("w:t", [], [.text(text)])])
    }

    static func paragraph(_ runs: [Element]) -> Element {
        Element("w:p", elements: [Element("w:pPr", elements: [Element("w:pStyle", val: "Title")])] + runs)
    }

    @Test func placeholderInOneRun() {
        let filled = filler.fill([Self.paragraph([Self.run("{{titel}}")])])
        #expect(filled.first?.wordText == "Det goda livet")
    }

    @Test func placeholderSplitOverRunsKeepsTheFirstRunsFormatting() throws {
        let paragraph = Self.paragraph([Self.run("Plan: {{ti", italic: true), Self.run("te"), Self.run("l}} för "), Self.run("{{period}}")])
        let filled = try #require(filler.fill([paragraph]).first)
        #expect(filled.wordText == "Plan: Det goda livet för 2021–2023")
        let runs = filled.all("w:r")
        #expect(runs[0].wordText == "Plan: Det goda livet")
        #expect(runs[0].first("w:rPr")?.first("w:i") != nil)
        #expect(runs[1].wordText == "")
        #expect(runs[2].wordText == " för ")
    }

    @Test func spellingVariantsAreTheSamePlaceholder() {
        let filled = filler.fill([Self.paragraph([Self.run("{{ Fastställd }}")])])
        #expect(filled.first?.wordText == "Fastställd 2021-05-01")
    }

    @Test func severalLinesBecomeLineBreaks() throws {
        let filled = try #require(filler.fill([Self.paragraph([Self.run("{{organisationer}}")])]).first)
        #expect(filled.descendants("w:br").count == 1)
        #expect(filled.descendants("w:t").map(\.text) == ["Tanums kommun", "Västra Götalandsregionen"])
    }

    @Test func paragraphOfAnEmptyPlaceholderDisappearsUnlessItEndsASection() {
        #expect(filler.fill([Self.paragraph([Self.run("{{reviderad}}")])]).isEmpty)
        let ending = Element("w:p", elements: [Element("w:pPr", elements: [Element("w:sectPr")]), Self.run("{{reviderad}}")])
        #expect(filler.fill([ending]).count == 1)
        #expect(filler.fill([Self.paragraph([Self.run("Reviderad: {{reviderad}}")])]).first?.wordText == "Reviderad: ")
    }

    @Test func placeholdersInTextBoxesAndTablesAreFilled() {
        let inner = Self.paragraph([Self.run("{{undertitel}}x{{organisation}}")])
        let box = Self.paragraph([Element("w:r", elements: [Element("w:txbxContent", elements: [inner])])])
        let table = Element("w:tbl", elements: [Element("w:tr", elements: [Element("w:tc", elements: [box])])])
        #expect(filler.fill([table]).first?.wordText == "xTanums kommun")
    }

    @Test func namesAreFoundAcrossRuns() {
        let paragraph = Self.paragraph([Self.run("{{tit"), Self.run("el}} {{okänd}} {{ej avslutad")])
        #expect(PlaceholderFiller.names(in: paragraph) == ["titel", "okänd"])
    }
}

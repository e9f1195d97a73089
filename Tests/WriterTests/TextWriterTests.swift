import DocumentModel
import Testing
@testable import TextWriter

@Suite("Plain-text writer")
struct TextWriterTests {
    private func document(_ blocks: [Block]) -> Document {
        Document(metadata: Metadata(title: "Titel"), blocks: blocks)
    }

    private func body(_ blocks: [Block], width: Int = 80) -> [String] {
        let text = TextWriter(width: width).write(document(blocks))
        return Array(text.components(separatedBy: "\n").dropFirst(4).dropLast())
    }

    @Test func widthCountsWhatATerminalShows() {
        #expect("åäö ÅÄÖ".terminalWidth == 7)
        #expect("e\u{301}".terminalWidth == 1)          // e + combining acute
        #expect("👍".terminalWidth == 2)
        #expect("👨‍👩‍👧".terminalWidth == 2)             // one family grapheme
        #expect("🇸🇪".terminalWidth == 2)
        #expect("漢字".terminalWidth == 4)
        #expect("\u{200B}".terminalWidth == 0)           // zero width space
    }

    @Test func paragraphsWrapAtTheWidthMeasuredInColumns() {
        let words = Array(repeating: "åäö", count: 30).joined(separator: " ")
        let lines = body([.paragraph([.text(words)])], width: 20)
        #expect(lines.allSatisfy { $0.terminalWidth <= 20 })
        #expect(lines.first == "åäö åäö åäö åäö åäö")
        let emoji = body([.paragraph([.text(Array(repeating: "👍👍", count: 10).joined(separator: " "))])], width: 20)
        #expect(emoji.allSatisfy { $0.terminalWidth <= 20 })
    }

    @Test func headingsAreUnderlinedByLevel() {
        let lines = body([
            .heading(Heading(level: 1, text: [.text("Mål 1.1 Föräldrar")], anchor: "a")),
            .heading(Heading(level: 2, text: [.text("Utvecklingsbehov")], anchor: "b")),
        ])
        #expect(lines == ["Mål 1.1 Föräldrar", "=================", "", "Utvecklingsbehov", "----------------"])
    }

    @Test func nestedListsAreIndented() {
        let lines = body([.bulletList([
            ListItem([.paragraph([.text("Stödsamtal")]), .bulletList([ListItem([.paragraph([.text("ICDP")])])])]),
            ListItem([.paragraph([.text("Gruppverksamhet")])]),
        ])])
        #expect(lines == ["- Stödsamtal", "  - ICDP", "- Gruppverksamhet"])
    }

    @Test func narrowTableIsAGrid() {
        let table = Table(columns: [Column(width: 1), Column(width: 1)],
                          header: [Row([Cell("År"), Cell("Belopp")])],
                          body: [Row([Cell("2020"), Cell("1 032")])])
        #expect(body([.table(table)]) == [
            "+------+--------+",
            "| År   | Belopp |",
            "+======+========+",
            "| 2020 | 1 032  |",
            "+------+--------+",
        ])
    }

    @Test func wideTableIsRecordsWithMergedCellsShownOnce() {
        let long = String(repeating: "lång text ", count: 10)
        let table = Table(columns: [Column(width: 1), Column(width: 1)],
                          header: [Row([Cell("Aktivitet"), Cell("Delmål")])],
                          body: [Row([Cell("ABC", rowSpan: 2, isRowHeader: true), Cell(long)]), Row([Cell("Andra")])])
        let lines = body([.table(table)], width: 40)
        #expect(lines.filter { $0.hasPrefix("Aktivitet: ") } == ["Aktivitet: ABC"])
        #expect(lines.filter { $0.hasPrefix("  Delmål: ") }.count == 2)
        #expect(lines.allSatisfy { $0.terminalWidth <= 40 })
    }

    @Test func linksShowTheirAddressInAngleBrackets() {
        #expect(body([.paragraph([.text("Se "), .link([.text("SKR")], url: "https://skr.se")])]) == ["Se SKR <https://skr.se>"])
    }

    @Test func aURLIsNeverBrokenAndALongOneStandsOnItsOwnLine() {
        let url = "https://vardgivare.skane.se/kompetens-utveckling/utbildningar/webb/spiss---suicidprevention"
        let lines = body([.paragraph([.text("Läs mer om utbildningen i "), .link([.text("SPISS")], url: url), .text(" och anmäl dig.")])],
                         width: 40)
        #expect(lines == ["Läs mer om utbildningen i SPISS", "<\(url)>", "och anmäl dig."])
        let bare = body([.paragraph([.text("Adress: \(url)")])], width: 30)
        #expect(bare == ["Adress:", url])
    }

    @Test func widthZeroKeepsEachParagraphOnOneLineAndTablesAsRecords() {
        let long = String(repeating: "ord ", count: 60).trimmingCharacters(in: .whitespaces)
        let table = Table(columns: [Column(width: 1), Column(width: 1)],
                          header: [Row([Cell("År"), Cell("Belopp")])], body: [Row([Cell("2020"), Cell("1 032")])])
        let lines = body([.paragraph([.text(long)]), .bulletList([ListItem([.paragraph([.text(long)])])]), .table(table)], width: 0)
        #expect(lines == [long, "", "- " + long, "", "År: 2020", "  Belopp: 1 032"])
        #expect(TextWriter(width: 10).width == 20 && TextWriter(width: 0).width == 0)
    }

    @Test func successiveEntriesInACellAreSeparated() {
        let table = Table(columns: [Column(width: 1), Column(width: 1)],
                          header: [Row([Cell("Aktivitet"), Cell("Uppföljning")])],
                          body: [Row([Cell("ABC", isRowHeader: true),
                                      Cell([.paragraph([.text("Vt 2021: tre grupper")]), .paragraph([.text("Ht 2021: två grupper")])])])])
        let lines = body([.table(table)], width: 20)
        #expect(lines == ["Aktivitet: ABC", "  Uppföljning:", "      - Vt 2021: tre", "        grupper", "      - Ht 2021: två", "        grupper"])
    }
}

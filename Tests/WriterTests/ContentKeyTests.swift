import DocumentModel
@testable import Hyphenation
import Testing

/// The keys the run's memory finds cells and tables by: equal contents, in whatever
/// storage, are one key; contents that differ are two, also when their hashes are equal.
@Suite struct ContentKeyTests {
    // The same length and the same first and last eight bytes: only the middle differs.
    static let left = "Stödinsatser X för familjer"
    static let right = "Stödinsatser Y för familjer"

    static func cell(_ text: String) -> [Block] {
        [.paragraph([.text("Antal "), .strong([.text(text)])]), .bulletList([ListItem([.paragraph([.text("verksamhetsledare")])])])]
    }

    static func table(_ text: String) -> Table {
        Table(caption: "Mål 1.1", columns: [Column(width: 1), Column(width: 2)], header: [],
              body: [Row([Cell("Förvaltningen", isRowHeader: true), Cell(cell(text))])])
    }

    @Test func equalContentsInDifferentStorageAreOneKey() throws {
        let key = try #require(ContentKey(cell: Self.cell(Self.left)))
        // Built anew, with the text in a storage of its own, so nothing is shared with the first.
        let again = try #require(ContentKey(cell: Self.cell(String(decoding: Array(Self.left.utf8), as: UTF8.self))))
        #expect(key == again && key.hashValue == again.hashValue)
        let table = try #require(ContentKey(table: Self.table(Self.left)))
        #expect(table == ContentKey(table: Self.table(Self.left)))
        #expect(table.hashValue == ContentKey(table: Self.table(Self.left))?.hashValue)
    }

    @Test func contentsWithTheSameHashAreNotConfused() throws {
        let left = try #require(ContentKey(cell: Self.cell(Self.left)))
        let right = try #require(ContentKey(cell: Self.cell(Self.right)))
        #expect(left.summary == right.summary && left.hashValue == right.hashValue)
        #expect(left != right)
        let tables = (try #require(ContentKey(table: Self.table(Self.left))), try #require(ContentKey(table: Self.table(Self.right))))
        #expect(tables.0.summary == tables.1.summary && tables.0 != tables.1)
        // The run's memory keeps both, each with its own cell.
        let hyphenator = try Hyphenator(dictionary: Hyphenator.swedishDictionary)
        func remembered(_ key: ContentKey, _ text: String) -> [Block]? {
            hyphenator.hyphenatedCell(key, hyphenate: { _ in fatalError("no texts") }) { _ in HyphenatedCell(blocks: [.paragraph([.text(text)])], texts: []) }.blocks
        }
        #expect(remembered(left, "vänster") == [.paragraph([.text("vänster")])])
        #expect(remembered(right, "höger") == [.paragraph([.text("höger")])])
        #expect(remembered(left, "ny") == [.paragraph([.text("vänster")])])
        #expect(remembered(try #require(ContentKey(cell: Self.cell(Self.right))), "ny") == [.paragraph([.text("höger")])])
    }

    @Test func keysCompareBytesFormattingAndTheTableAroundTheTexts() throws {
        // Equal as Strings, different bytes.
        #expect(ContentKey(cell: Self.cell("Föräldrar")) != ContentKey(cell: Self.cell("Fo\u{308}ra\u{308}ldrar")))
        #expect(ContentKey(cell: [.paragraph([.strong([.text("Antal")])])]) != ContentKey(cell: [.paragraph([.emphasis([.text("Antal")])])]))
        #expect(ContentKey(cell: [.bulletList([ListItem([.paragraph([.text("a")])])])])
            != ContentKey(cell: [.numberedList([ListItem([.paragraph([.text("a")])])])]))
        let table = Self.table(Self.left)
        var wider = table
        wider.columns[1].width = 3
        var spanning = table
        spanning.body[0].cells[1].colSpan = 2
        var header = table
        header.body[0].cells[0].isRowHeader = false
        var uncaptioned = table
        uncaptioned.caption = nil
        for other in [wider, spanning, header, uncaptioned] { #expect(ContentKey(table: table) != ContentKey(table: other)) }
    }

    @Test func cellsOfOtherBlocksAndTablesTooLargeHaveNoKey() {
        #expect(ContentKey(cell: [.quote([.paragraph([.text("Citat")])])]) == nil)
        let text = String(repeating: "verksamhetsledare ", count: 1000)
        let large = Table(columns: [Column(width: 1)], header: [], body: (0..<100).map { _ in Row([Cell(text)]) })
        #expect(ContentKey(table: large) == nil)
        #expect(ContentKey(table: Table(columns: [Column(width: 1)], header: [], body: Array(large.body.prefix(10)))) != nil)
    }
}

@testable import DocumentModel
import Foundation
import Hyphenation
import Testing
import TextWriter

/// Swedish soft hyphens from libhyphen, where they go and where not.
@Suite struct HyphenationTests {
    static func swedish() throws -> Hyphenator { try Hyphenator.swedish.get() }

    @Test func longWordsGetSoftHyphensShortOnesAndAbbreviationsDoNot() throws {
        let hyphenator = try Self.swedish()
        let word = hyphenator.hyphenate("verksamhetsledare")
        #expect(word.contains(Hyphenator.softHyphen))
        #expect(word.filter { $0 != Hyphenator.softHyphen } == "verksamhetsledare")
        #expect(hyphenator.hyphenate("Integrationsenheten").hasPrefix("In"))
        #expect(hyphenator.hyphenate("barnen") == "barnen")
        #expect(hyphenator.hyphenate("SKRABCDEF") == "SKRABCDEF")
        #expect(hyphenator.hyphenate("2021-10-21") == "2021-10-21")
    }

    @Test func onlyTableCellsChangeAndAddressesStayWhole() throws {
        let table = Table(columns: [Column(width: 1)], header: [], body: [
            Row([Cell("Kunskapshöjande verksamhetsledare www.folkhalsomyndigheten.se")]),
        ])
        let document = Document(metadata: Metadata(title: "T"), blocks: [.paragraph([.text("verksamhetsledare")]), .table(table)])
        let hyphenated = SoftHyphens(try Self.swedish()).apply(to: document)
        #expect(hyphenated.blocks[0] == document.blocks[0])
        guard case .table(let result) = hyphenated.blocks[1], case .paragraph(let inlines) = result.body[0].cells[0].blocks[0] else {
            Issue.record("the table is gone")
            return
        }
        let text = inlines.plainText
        #expect(text.contains("www.folkhalsomyndigheten.se"))
        #expect(text.filter { $0 == Hyphenator.softHyphen }.count >= 4)
        // Plain text never prints them.
        #expect(!TextWriter().write(hyphenated).contains(Hyphenator.softHyphen))
    }

    @Test func aMissingDictionaryIsASwedishWarningNotACrash() {
        #expect(throws: HyphenationError.dictionaryMissing(path: "/finns/inte.dic")) {
            try Hyphenator(dictionary: "/finns/inte.dic")
        }
        #expect(HyphenationError.dictionaryMissing(path: "/finns/inte.dic").message.contains("hyphen-sv"))
    }

    @Test func parallelCallsAgree() async throws {
        let hyphenator = try Self.swedish()
        let words = ["verksamhetsledare", "familjecentralen", "suicidprevention", "kunskapshöjande", "integrationsenheten"]
        let expected = words.map(hyphenator.hyphenate)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { words.map(hyphenator.hyphenate) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func aRunHyphenatesEachTableTextOnceAndLaterDocumentsGetTheSameText() throws {
        // A hyphenator of its own, so no other test fills or empties its memory meanwhile.
        let hyphenator = try Hyphenator(dictionary: Hyphenator.swedishDictionary)
        let long = String(repeating: "Samverkansöverenskommelse mellan förvaltningarna ", count: 3)
        let texts = ["verksamhetsledare", "Socialförvaltningen", "Förvaltningen", "barn och unga", long, "verksamhetsledare"]
        let table = Table(columns: [Column(width: 1)], header: [], body: texts.map { Row([Cell($0)]) })
        let document = Document(metadata: Metadata(title: "T"), blocks: [.table(table)])
        let expected = texts.map { text in text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.count >= Hyphenator.shortestWord ? hyphenator.hyphenate(String($0)) : String($0) }.joined(separator: " ") }
        func cellTexts(_ document: Document) -> [String] {
            guard case .table(let table) = document.blocks[0] else { return [] }
            return table.body.map { $0.cells[0].singleText ?? "" }
        }
        let first = SoftHyphens(hyphenator).apply(to: document)
        #expect(cellTexts(first) == expected)
        // The second document of the run takes the texts from the run's memory; after
        // forgetting, they are hyphenated anew: the same texts either way.
        #expect(SoftHyphens(hyphenator).apply(to: document) == first)
        hyphenator.forgetWords()
        #expect(SoftHyphens(hyphenator).apply(to: document) == first)
        // Texts of the same length and different bytes are different texts.
        let other = Document(metadata: Metadata(title: "T"), blocks: [.table(Table(columns: [Column(width: 1)], header: [],
            body: [Row([Cell("verksamhetsledarna")]), Row([Cell("verksamhetsledaren")])]))])
        #expect(cellTexts(SoftHyphens(hyphenator).apply(to: other)) == [hyphenator.hyphenate("verksamhetsledarna"), hyphenator.hyphenate("verksamhetsledaren")])
    }

    @Test func aRunRemembersCellsOfSeveralTextsByTheirBytesAndShape() throws {
        let hyphenator = try Hyphenator(dictionary: Hyphenator.swedishDictionary)
        // The same word composed and decomposed: equal as Strings, different bytes.
        let composed = "Föräldrastödsprogram"
        let decomposed = "Fo\u{308}ra\u{308}ldrasto\u{308}dsprogram"
        func cell(_ word: String, strong: Bool) -> Cell {
            Cell([.paragraph([.text("Antal "), strong ? .strong([.text(word)]) : .emphasis([.text(word)])]),
                  .bulletList([ListItem([.paragraph([.text("verksamhetsledare")])])])])
        }
        let cells = [cell(composed, strong: true), cell(decomposed, strong: true), cell(composed, strong: false), cell(composed, strong: true)]
        func document(_ cells: [Cell]) -> Document {
            Document(metadata: Metadata(title: "T"), blocks: [.table(Table(columns: [Column(width: 1)], header: [],
                                                                              body: cells.map { Row([$0]) }))])
        }
        func hyphenatedCells(_ document: Document) -> [[Block]] {
            guard case .table(let table) = document.blocks[0] else { return [] }
            return table.body.map { $0.cells[0].blocks }
        }
        // Each cell's texts by their bytes, and the formatting around them.
        func shape(_ blocks: [Block]) -> [String] {
            func words(_ inlines: [Inline]) -> [String] {
                inlines.flatMap { inline -> [String] in
                    switch inline {
                    case .text(let text): return [text.utf8.map { String($0, radix: 16) }.joined(separator: " ")]
                    case .strong(let inner): return ["strong"] + words(inner)
                    case .emphasis(let inner): return ["emphasis"] + words(inner)
                    case .link, .crossReference: return ["other"]
                    }
                }
            }
            return blocks.flatMap { block -> [String] in
                switch block {
                case .paragraph(let run): return ["p"] + words(run)
                case .bulletList(let items): return ["ul"] + items.flatMap { shape($0.blocks) }
                case .heading, .numberedList, .table, .quote, .note, .figure, .pageBreak, .sectionBreak: return ["other"]
                }
            }
        }
        // Each cell on its own, hyphenated cold, against all of them in one run, where the
        // last repeats the first and the middle ones differ from it only in bytes or formatting.
        let alone = cells.map { cell -> [String] in
            hyphenator.forgetWords()
            return shape(hyphenatedCells(SoftHyphens(hyphenator).apply(to: document([cell])))[0])
        }
        hyphenator.forgetWords()
        #expect(hyphenatedCells(SoftHyphens(hyphenator).apply(to: document(cells))).map(shape) == alone)
        #expect(hyphenatedCells(SoftHyphens(hyphenator).apply(to: document(cells))).map(shape) == alone)
        #expect(alone[0] != alone[1] && alone[0] != alone[2] && alone[0] == alone[3])
        #expect(alone[0].contains { $0.contains("c2 ad") })
    }

    @Test func aRunRemembersWholeTablesAndTellsApartTablesThatDifferOutsideTheirTexts() throws {
        let hyphenator = try Hyphenator(dictionary: Hyphenator.swedishDictionary)
        let rows = [Row([Cell("verksamhetsledare", isRowHeader: true), Cell("Socialförvaltningen")])]
        let table = Table(caption: "Mål 1.1", columns: [Column(width: 1), Column(width: 2)], header: [], body: rows)
        var wider = table
        wider.columns[1].width = 3
        var aligned = table
        aligned.columns[1].alignment = .end
        var decomposed = table
        decomposed.caption = "Ma\u{30A}l 1.1"
        var spanning = table
        spanning.body[0].cells[1].colSpan = 2
        let tables = [table, wider, aligned, decomposed, spanning, table]
        let document = Document(metadata: Metadata(title: "T"), blocks: tables.map(Block.table))
        func run() -> [Block] {
            var document = document
            TableWidths.apply(to: &document, portrait: .screen, landscape: .screen) { SoftHyphens(hyphenator).prepare(&$0) }
            return document.blocks
        }
        // Each table on its own, hyphenated and fitted cold, against all of them in one run.
        let alone = tables.map { table -> Block in
            hyphenator.forgetWords()
            var document = Document(metadata: Metadata(title: "T"), blocks: [.table(table)])
            TableWidths.apply(to: &document, portrait: .screen, landscape: .screen) { SoftHyphens(hyphenator).prepare(&$0) }
            return document.blocks[0]
        }
        hyphenator.forgetWords()
        let first = run()
        #expect(first == alone)
        #expect(run() == alone)
        // Equal as Strings, the captions still keep their own bytes.
        guard case .table(let composedTable) = first[0], case .table(let decomposedTable) = first[3] else {
            Issue.record("the tables are gone")
            return
        }
        #expect(Array(composedTable.caption!.utf8) == Array(table.caption!.utf8))
        #expect(Array(decomposedTable.caption!.utf8) == Array(decomposed.caption!.utf8))
    }

    @Test func columnsAreNoNarrowerThanTheirLongestPiece() {
        let table = Table(columns: [Column(width: 1), Column(width: 1)], header: [Row([Cell("År"), Cell("Text")])], body: [
            Row([Cell("2021"), Cell(String(repeating: "mycket lång text om arbetet ", count: 10))]),
        ])
        let fitted = TableWidths.portrait.fitted(table)
        #expect(fitted.columns[0].width < fitted.columns[1].width / 5, "the year column stays narrow")
        #expect(fitted.columns[0].width >= 6, "four digits and padding")
    }

    /// Seven columns of "~17,2 MSEK" beside a label column do not fit upright with each
    /// amount on one line; upright, an amount and its unit share lines instead of taking a
    /// landscape page, while thousands and per cent signs stay with their digits.
    @Test func amountsShareLinesWithTheirUnitRatherThanTurnThePage() throws {
        let amount = "~17,2\u{A0}MSEK"
        let table = Table(columns: Array(repeating: Column(width: 1), count: 8),
                          header: [Row([Cell("")] + ["Göteborgsområdet", "SIMBA", "Södra Älvsborg", "SAMLA", "Fyrbodal", "Skaraborg", "Totalt"].map { Cell($0) })],
                          body: [Row([Cell("Andel av befolkningens mängd")] + Array(repeating: Cell("~42,5\u{A0}%"), count: 7)),
                                 Row([Cell("Stimulansmedel (2018-2021)")] + Array(repeating: Cell(amount), count: 7)),
                                 Row([Cell("Antal")] + Array(repeating: Cell("1\u{A0}000"), count: 7))])
        #expect(!TableWidths.portrait.needsMoreRoom(table))
        let document = SoftHyphens(try Self.swedish()).apply(to: Document(metadata: Metadata(title: "T"), blocks: [.table(table)]))
        guard case .table(let hyphenated) = document.blocks[0] else {
            Issue.record("the table is gone")
            return
        }
        let fitted = TableWidths.portrait.fitted(hyphenated)
        let cells = (fitted.body).map { $0.cells[1].blocks }
        #expect(cells == [[.paragraph([.text("~42,5\u{A0}%")])], [.paragraph([.text("~17,2 MSEK")])], [.paragraph([.text("1\u{A0}000")])]])
        // Every column still holds its longest piece ("~42,5 %"), and the table fits the page.
        #expect(fitted.columns.reduce(0) { $0 + $1.width } <= Double(TableWidths.portrait.capacity))
        let unit = fitted.columns.reduce(0) { $0 + $1.width } / Double(TableWidths.portrait.capacity)
        for column in fitted.columns.dropFirst() {
            #expect(column.width / unit >= Double(TableWidths.longestPiece("~42,5\u{A0}%") + 2))
        }
        // A table that fits keeps its hard spaces.
        let narrow = Table(columns: [Column(width: 1), Column(width: 1)], header: [], body: [Row([Cell("Medel"), Cell(amount)])])
        #expect(TableWidths.portrait.fitted(narrow).body[0].cells[1].blocks == [.paragraph([.text(amount)])])
    }
}

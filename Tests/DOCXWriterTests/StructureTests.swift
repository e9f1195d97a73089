@testable import DOCXWriter
import DocumentModel
import Foundation
import OOXML
import Testing

/// The WordprocessingML the writer makes of tables, lists and sections.
@Suite struct StructureTests {
    static func body(_ blocks: [Block]) throws -> Element {
        let docx = try UnpackedDOCX(DOCXWriter().write(Document(metadata: Metadata(title: "Test"), blocks: blocks)))
        return try #require(try docx.part("word/document.xml").first("w:body"))
    }

    static let spanningTable = Table(
        caption: "Aktiviteter för mål 1.1",
        columns: [Column(width: 1), Column(width: 2), Column(width: 1)],
        header: [Row([Cell("Aktivitet"), Cell("Delmål"), Cell("När")])],
        body: [
            Row([Cell("ABC", rowSpan: 2, isRowHeader: true), Cell("Utbilda"), Cell("2020")]),
            Row([Cell("Nå ut", colSpan: 2)]),
            Row([Cell([]), Cell([.table(Table(columns: [Column(width: 1)], header: [], body: [Row([Cell("inre")])]))])]),
        ])

    @Test func tablesMergeSpansAndHaveAParagraphInEveryCell() throws {
        let body = try Self.body([.table(Self.spanningTable)])
        let table = try #require(body.first("w:tbl"))
        let grid = table.first("w:tblGrid")?.all("w:gridCol").compactMap { $0[attribute: "w:w"].flatMap(Int.init) } ?? []
        #expect(grid.count == 3)
        #expect(grid.reduce(0, +) == 11906 - 2 * 1417)
        #expect(grid[1] == 2 * grid[0] || abs(grid[1] - 2 * grid[0]) <= 2)
        let rows = table.all("w:tr")
        #expect(rows.count == 4)
        #expect(rows[0].first("w:trPr")?.first("w:tblHeader") != nil)
        #expect(rows.allSatisfy { $0.first("w:trPr")?.first("w:cantSplit") != nil })
        #expect(rows[1].all("w:tc")[0].first("w:tcPr")?.first("w:vMerge")?[attribute: "w:val"] == "restart")
        #expect(rows[2].all("w:tc")[0].first("w:tcPr")?.first("w:vMerge")?[attribute: "w:val"] == "continue")
        let spanned = rows[2].all("w:tc")[1]
        #expect(spanned.first("w:tcPr")?.first("w:gridSpan")?[attribute: "w:val"] == "2")
        #expect(spanned.first("w:tcPr")?.first("w:tcW")?[attribute: "w:w"] == String(grid[1] + grid[2]))
        for cell in table.descendants("w:tc") {
            #expect(cell.elements.last?.name == "w:p", "every cell ends with a paragraph")
        }
        #expect(table.first("w:tblPr")?.first("w:tblCaption")?[attribute: "w:val"] == "Aktiviteter för mål 1.1")
        let tableIndex = try #require(body.elements.firstIndex { $0.name == "w:tbl" })
        #expect(body.elements[tableIndex - 1].wordText == "Aktiviteter för mål 1.1", "visible caption above the table")
    }

    @Test func landscapeSectionsTurnThePageAndEndInTheirLastParagraph() throws {
        let body = try Self.body([
            .heading(Heading(level: 1, text: [.text("Mål")], anchor: "mal")),
            .paragraph([.text("Före")]),
            .heading(Heading(level: 2, text: [.text("Tabellen")], anchor: "tabellen")),
            .sectionBreak(.landscape),
            .table(Self.spanningTable),
            .sectionBreak(.portrait),
            .paragraph([.text("Efter")]),
        ])
        let sections = body.descendants("w:sectPr")
        // Cover, the portrait section before, the landscape one, and the last one.
        #expect(sections.count == 4)
        let sizes = sections.map { ($0.first("w:pgSz")?[attribute: "w:w"].flatMap(Int.init) ?? 0,
                                    $0.first("w:pgSz")?[attribute: "w:h"].flatMap(Int.init) ?? 0,
                                    $0.first("w:pgSz")?[attribute: "w:orient"]) }
        #expect(sizes[1].0 < sizes[1].1 && sizes[1].2 == nil)
        #expect(sizes[2].0 > sizes[2].1 && sizes[2].2 == "landscape")
        #expect(sizes[3].0 < sizes[3].1)
        #expect(body.elements.last?.name == "w:sectPr")
        let paragraphs = body.all("w:p")
        // The portrait section ends in the paragraph "Före"; the heading moved into the
        // landscape section, which ends in an empty paragraph after the table.
        let before = try #require(paragraphs.first { $0.wordText == "Före" })
        #expect(before.first("w:pPr")?.first("w:sectPr") != nil)
        let heading = try #require(paragraphs.first { $0.wordText == "Tabellen" })
        #expect(heading.first("w:pPr")?.first("w:sectPr") == nil)
        let tableIndex = try #require(body.elements.firstIndex { $0.name == "w:tbl" })
        #expect(body.elements[tableIndex + 1].first("w:pPr")?.first("w:sectPr")?.first("w:pgSz")?[attribute: "w:orient"] == "landscape")
        // Landscape tables are as wide as the turned page.
        let grid = body.elements[tableIndex].first("w:tblGrid")?.all("w:gridCol").compactMap { $0[attribute: "w:w"].flatMap(Int.init) }
        #expect(grid?.reduce(0, +) == 16838 - 2 * 1417)
    }

    @Test func listsAreRealNestedWordLists() throws {
        let body = try Self.body([
            .bulletList([
                ListItem([.paragraph([.text("Ett")]), .numberedList([ListItem([.paragraph([.text("a")])]), ListItem([.paragraph([.text("b")])])])]),
                ListItem([.paragraph([.text("Två")]), .paragraph([.text("fortsättning")])]),
            ]),
            .numberedList([ListItem([.paragraph([.text("ny lista")])])]),
        ])
        func numbering(_ text: String) -> (level: String?, id: String?) {
            let paragraph = body.descendants("w:p").first { $0.wordText == text }
            let numPr = paragraph?.first("w:pPr")?.first("w:numPr")
            return (numPr?.first("w:ilvl")?[attribute: "w:val"], numPr?.first("w:numId")?[attribute: "w:val"])
        }
        #expect(numbering("Ett").level == "0")
        #expect(numbering("a").level == "1")
        #expect(numbering("a").id == numbering("b").id)
        #expect(numbering("Ett").id == numbering("Två").id)
        #expect(numbering("ny lista").id != numbering("a").id, "each numbered list counts from one")
        #expect(numbering("fortsättning").id == nil)
        #expect(!body.wordText.contains("•"))
    }

    @Test func numberedListsRestartInTheNumberingPart() throws {
        let document = Document(metadata: Metadata(title: "Test"), blocks: [
            .numberedList([ListItem([.paragraph([.text("ett")])])]),
            .numberedList([ListItem([.paragraph([.text("ett igen")])])]),
        ])
        let numbering = try UnpackedDOCX(DOCXWriter().write(document)).part("word/numbering.xml")
        let restarting = numbering.all("w:num").filter { $0.first("w:lvlOverride")?.first("w:startOverride") != nil }
        #expect(restarting.count == 2)
        #expect(Set(restarting.compactMap { $0.first("w:abstractNumId")?[attribute: "w:val"] }).count == 1)
    }

    @Test func linksAreRelationshipsAndFormattingIsRunProperties() throws {
        let document = Document(metadata: Metadata(title: "Test"), blocks: [
            .heading(Heading(level: 1, text: [.text("Mål")], anchor: "mal-1-1")),
            .paragraph([.text("Se "), .link([.text("SKR")], url: "https://skr.se"), .text(", "),
                        .emphasis([.text("kursiv "), .strong([.text("och fet")])]), .text(" och "),
                        .link([.text("målet")], url: "#mal-1-1")]),
        ])
        let docx = try UnpackedDOCX(DOCXWriter().write(document))
        let body = try #require(try docx.part("word/document.xml").first("w:body"))
        let links = body.descendants("w:hyperlink")
        let external = try #require(links.first { $0.wordText == "SKR" })
        let id = try #require(external[attribute: "r:id"])
        let relationships = try docx.part("word/_rels/document.xml.rels").all("Relationship")
        #expect(relationships.contains { $0[attribute: "Id"] == id && $0[attribute: "Target"] == "https://skr.se"
            && $0[attribute: "TargetMode"] == "External" })
        let bookmark = try #require(body.descendants("w:bookmarkStart").first { $0[attribute: "w:name"] == "mal_1_1" })
        #expect(links.contains { $0.wordText == "målet" && $0[attribute: "w:anchor"] == bookmark[attribute: "w:name"] })
        let bold = try #require(body.descendants("w:r").first { $0.wordText == "och fet" })
        #expect(bold.first("w:rPr")?.first("w:b") != nil && bold.first("w:rPr")?.first("w:i") != nil)
    }

    @Test func contentsListHeadingsOfLevelsOneAndTwo() throws {
        let body = try Self.body([
            .heading(Heading(level: 1, text: [.text("Ett")], anchor: "ett")),
            .heading(Heading(level: 2, text: [.text("Två")], anchor: "tva")),
            .heading(Heading(level: 3, text: [.text("Tre")], anchor: "tre")),
        ])
        let entries = body.all("w:p").filter { ($0.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] ?? "").hasPrefix("TOC") }
        #expect(entries.map(\.wordText) == ["Innehåll", "Ett", "Två"])
        #expect(body.descendants("w:instrText").first?.text.contains("TOC \\o \"1-2\"") == true)
        // The first content after the contents starts a new page.
        let first = try #require(body.all("w:p").first { $0.wordText == "Ett" && $0.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] == "Heading1" })
        #expect(first.first("w:pPr")?.first("w:pageBreakBefore") != nil)
    }

    @Test func quotesAndNotesHaveTheirStyles() throws {
        let body = try Self.body([
            .quote([.paragraph([.text("Vi blev lyssnade på.")])]),
            .note(label: "Källa", [.paragraph([.text("Enkät 2021")])]),
        ])
        func style(_ text: String) -> String? {
            body.all("w:p").first { $0.wordText == text }?.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"]
        }
        #expect(style("Vi blev lyssnade på.") == "Quote")
        #expect(style("Källa") == "Notering")
        #expect(style("Enkät 2021") == "Notering")
        let label = try #require(body.all("w:p").first { $0.wordText == "Källa" })
        #expect(label.descendants("w:b").count == 1)
    }

    @Test func bookmarkIdsStayUniqueBesideTheCoversOwn() throws {
        var reference = try EditableReference()
        reference.edit("word/document.xml") {
            $0.replacingOccurrences(of: "<w:t xml:space=\"preserve\">{{titel}}</w:t>",
                                    with: "<w:t xml:space=\"preserve\">{{titel}}</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:r><w:t/>")
        }
        let document = Document(metadata: Metadata(title: "Test"), blocks: [
            .heading(Heading(level: 1, text: [.text("Ett")], anchor: "ett")),
        ])
        let docx = try UnpackedDOCX(DOCXWriter(reference: try reference.reference()).write(document))
        let ids = try docx.part("word/document.xml").descendants("w:bookmarkStart").compactMap { $0[attribute: "w:id"] }
        #expect(ids.count == 2)
        #expect(Set(ids).count == ids.count)
    }
}

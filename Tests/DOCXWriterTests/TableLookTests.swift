@testable import DOCXWriter
import DocumentModel
import Foundation
import OOXML
import Testing

/// The sample table of the reference document sets the look of every plan table: what
/// staff change on its header row, band or body row goes onto those rows' cells; without
/// changes, or without a sample table, the table style alone gives the look.
@Suite struct TableLookTests {
    static let document = Document(metadata: Metadata(title: "Planen", organisations: ["Kommunen"]), blocks: [
        .table(Table(caption: "Aktiviteter för mål 1.1", columns: [Column(width: 1), Column(width: 1), Column(width: 1)],
                     header: [Row([Cell("Delmål"), Cell("När"), Cell("Ansvar")])],
                     body: [
                         Row([Cell("ABC", colSpan: 3, isRowHeader: true)]),
                         Row([Cell("Utbilda"), Cell("2020"), Cell("BVC")]),
                     ])),
        .table(Table(columns: [Column(width: 1), Column(width: 1)], header: [],
                     body: [Row([Cell("Underskrift"), Cell("Underskrift")])], isLayout: true)),
    ])

    private static func cells(_ docx: Data) throws -> [[Element]] {
        let body = try UnpackedDOCX(docx).part("word/document.xml")
        return body.descendants("w:tbl").first.map { $0.all("w:tr").map { $0.all("w:tc") } } ?? []
    }

    @Test func changesToTheSampleRowsGoOntoTheirKindOfRow() throws {
        var reference = try EditableReference()
        reference.edit("word/document.xml") { xml in
            xml.replacingOccurrences(of: "<w:gridSpan w:val=\"2\"/></w:tcPr>",
                                     with: "<w:gridSpan w:val=\"2\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/></w:tcPr>")
                .replacingOccurrences(of: "<w:pStyle w:val=\"Tabellrubrik\"/>", with: "<w:pStyle w:val=\"Heading3\"/>")
                .replacingOccurrences(of: "<w:tblW w:w=\"5000\" w:type=\"pct\"/>", with: "<w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                    + "<w:tblBorders><w:top w:val=\"double\" w:sz=\"6\" w:space=\"0\" w:color=\"778899\"/></w:tblBorders>")
                .replacingOccurrences(of: "<w:tcW w:w=\"3024\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Tabelltext\"/>",
                                      with: "<w:tcW w:w=\"3024\" w:type=\"dxa\"/><w:tcBorders><w:left w:val=\"single\" w:sz=\"12\" "
                                        + "w:space=\"0\" w:color=\"112233\"/><w:right w:val=\"dotted\" w:sz=\"4\" w:space=\"0\" "
                                        + "w:color=\"445566\"/></w:tcBorders></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Tabelltext\"/>")
        }
        let docx = try DOCXWriter(reference: reference.reference()).write(Self.document)
        let rows = try Self.cells(docx)
        try #require(rows.count == 3)
        for cell in rows[0] {
            #expect(cell.first("w:p")?.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] == "Heading3")
        }
        #expect(rows[1].first?.first("w:tcPr")?.first("w:shd")?[attribute: "w:fill"] == "FFF2CC")
        #expect(rows[2].allSatisfy { $0.first("w:tcPr")?.first("w:shd") == nil }, "the band's shading stays on bands")
        // The body sample's first cell: its left edge starts the row, its right edge parts the columns.
        let borders = rows[2].map { $0.first("w:tcPr")?.first("w:tcBorders") }
        #expect(borders.map { $0?.first("w:left")?[attribute: "w:color"] } == ["112233", nil, nil])
        #expect(borders.map { $0?.first("w:right")?[attribute: "w:color"] } == ["445566", "445566", nil])
        let tables = try UnpackedDOCX(docx).part("word/document.xml").descendants("w:tbl")
        #expect(tables[0].first("w:tblPr")?.first("w:tblBorders")?.first("w:top")?[attribute: "w:color"] == "778899")
        let layout = tables[1]
        #expect(layout.first("w:tblPr")?.first("w:tblBorders")?.first("w:top")?[attribute: "w:val"] == "nil")
        #expect(layout.descendants("w:tcBorders").isEmpty && layout.descendants("w:shd").isEmpty, "signature tables stay bare")

        let folder = try Repository.temporaryDirectory("table-look")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tabeller.docx")
        try docx.write(to: file)
        let validation = try SchemaValidationTests.validate([file])
        #expect(validation.status == 0, "\(validation.text)\(validation.errors)")
    }

    @Test func theUnchangedSampleAndNoSampleBothLeaveTheLookToTheTableStyle() throws {
        var withoutSample = try EditableReference()
        withoutSample.edit("word/document.xml") { xml in
            guard let start = xml.range(of: "<w:tbl>"), let end = xml.range(of: "</w:tbl>") else { return xml }
            return xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        }
        let plain = try UnpackedDOCX(DOCXWriter().write(Self.document)).text("word/document.xml")
        let bare = try UnpackedDOCX(DOCXWriter(reference: withoutSample.reference()).write(Self.document)).text("word/document.xml")
        #expect(plain == bare)
        #expect(!plain.contains("<w:shd") && !plain.contains("<w:tcBorders>"))
        #expect(try Self.cells(DOCXWriter().write(Self.document))[0].allSatisfy {
            $0.first("w:p")?.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] == "Tabellrubrik"
        })
    }
}

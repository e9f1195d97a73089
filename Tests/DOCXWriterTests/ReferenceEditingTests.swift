import DOCXWriter
import Foundation
import OOXML
import Rendering
import Testing

/// Communication staff change the reference document in LibreOffice, as the staff guide
/// (templates/README.md) says, and the documents follow: one LibreOffice session opens the
/// built-in reference, lists its paragraph styles, recolours the sample table's header row
/// and borders, saves it as a Word file, and reads back the tables of a plan written with it.
@Suite struct ReferenceEditingTests {
    static let header = "C00000"
    static let border = "00B050"

    @Test func theSampleTablesLookEditedInLibreOfficeGoesOntoEveryPlanTable() throws {
        let folder = try Repository.temporaryDirectory("reference-editing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = folder.appendingPathComponent("reference.docx")
        try ReferenceDocument.builtInData.write(to: reference)
        let session = try LibreOfficeSession()

        // One caption style, and no other style shown twice under one name.
        func expectEachStyleOnce(in file: URL) throws {
            let names = try #require(try session.ask(["styles": file.path])["paragraphStyles"] as? [String])
            let folded = names.map { $0.lowercased() }
            #expect(folded.filter { $0 == "caption" }.count == 1, "\(names.filter { $0.lowercased() == "caption" })")
            let repeated = Dictionary(grouping: names, by: { $0.lowercased() }).values.filter { $0.count > 1 }
            #expect(repeated.isEmpty, "paragraph styles LibreOffice shows twice in \(file.lastPathComponent): \(repeated)")
        }
        try expectEachStyleOnce(in: reference)

        // Saved as templates/<look>/docx/reference.docx, over the shipped templates.
        let look = folder.appendingPathComponent("look")
        let edited = look.appendingPathComponent("docx/reference.docx")
        try FileManager.default.createDirectory(at: edited.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try session.ask(["edit": reference.path, "out": edited.path, "header": Self.header, "border": Self.border])
        try expectEachStyleOnce(in: edited)
        let plan = try #require(ExampleFiles.plans.first { $0.id == "vanersborg" })
        let docx = try Renderer(templates: ExampleFiles.templates.overridden(by: look)).write(plan.document, as: .docx)

        // In the Word file: every header cell shaded, every cell of a plan table bordered, as edited.
        let body = try UnpackedDOCX(docx).part("word/document.xml")
        let planTables = body.descendants("w:tbl").filter { !$0.descendants("w:tblHeader").isEmpty }
        try #require(!planTables.isEmpty)
        for table in planTables {
            for row in table.all("w:tr") {
                let isHeader = row.first("w:trPr")?.first("w:tblHeader") != nil
                for cell in row.all("w:tc") {
                    let properties = cell.first("w:tcPr")
                    let fill = properties?.first("w:shd")?[attribute: "w:fill"]
                    if isHeader { #expect(fill == Self.header) } else { #expect(fill != Self.header) }
                    for side in ["w:top", "w:left", "w:bottom", "w:right"] {
                        #expect(properties?.first("w:tcBorders")?.first(side)?[attribute: "w:color"] == Self.border)
                    }
                }
            }
        }
        #expect(try !UnpackedDOCX(plan.docx).text("word/document.xml").contains(Self.header), "the default look changed")

        // In LibreOffice: the tables show the new colours; with the shipped reference, the old.
        let rendered = folder.appendingPathComponent("vanersborg.docx")
        try docx.write(to: rendered)
        let validation = try SchemaValidationTests.validate([rendered])
        #expect(validation.status == 0, "\(validation.text)\(validation.errors)")
        let shown = try #require(try session.ask(["tables": rendered.path])["tables"] as? [[String: Any]])
        let headed = shown.filter { ($0["header"] as? String) == Self.header }
        #expect(headed.count == planTables.count, "\(shown)")
        for table in headed { #expect(table["border"] as? String == Self.border) }
        let before = try #require(try session.ask(["tables": plan.file.path])["tables"] as? [[String: Any]])
        #expect(before.filter { ($0["header"] as? String) == "D9E2F3" }.count == planTables.count, "\(before)")
    }
}

@testable import DOCXWriter
import DocumentModel
import Foundation
import Rendering
import Testing

/// A reference document edited as communication staff would, and the output following it;
/// broken references refused with the file named.
@Suite struct ReferenceDocumentTests {
    static let vanersborg = ExampleFiles.all.first { $0.id == "vanersborg" }!

    /// Heading 1 in Georgia and dark red, saved by Swedish Word (style id "Rubrik1"), the
    /// cover title placeholder split over runs with text after it, and a logo in the header.
    static func staffEdited() throws -> EditableReference {
        var reference = try EditableReference()
        reference.edit("word/styles.xml") { xml in
            let start = xml.range(of: "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">")!
            let end = xml.range(of: "</w:style>", range: start.upperBound..<xml.endIndex)!
            let style = String(xml[start.lowerBound..<end.upperBound])
                .replacingOccurrences(of: "w:styleId=\"Heading1\"", with: "w:styleId=\"Rubrik1\"")
                .replacingOccurrences(of: #"<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>"#,
                                      with: #"<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/>"#)
                .replacingOccurrences(of: "<w:color w:val=\"\(StyleCatalog.accentColour)\"/>", with: "<w:color w:val=\"C00000\"/>")
            return xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: style)
        }
        reference.edit("word/document.xml") { xml in
            xml.replacingOccurrences(of: "w:val=\"Heading1\"", with: "w:val=\"Rubrik1\"")
                .replacingOccurrences(of: #"<w:r><w:t xml:space="preserve">{{titel}}</w:t></w:r>"#, with: """
                    <w:r><w:t>{{ti</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>tel</w:t></w:r>\
                    <w:r><w:t>}}</w:t></w:r><w:r><w:t xml:space="preserve"> – vår plan</w:t></w:r>
                    """)
        }
        reference.addLogoToHeader(description: "Kommunens logotyp")
        return reference
    }

    @Test func staffEditsChangeTheOutput() throws {
        let output = try DOCXWriter(reference: try Self.staffEdited().reference()).write(Self.vanersborg.document)
        let docx = try UnpackedDOCX(output)

        let styles = try docx.part("word/styles.xml").all("w:style")
        let heading = try #require(styles.first { $0.first("w:name")?[attribute: "w:val"] == "heading 1" })
        #expect(heading[attribute: "w:styleId"] == "Rubrik1")
        #expect(heading.first("w:rPr")?.first("w:rFonts")?[attribute: "w:ascii"] == "Georgia")
        #expect(heading.first("w:rPr")?.first("w:color")?[attribute: "w:val"] == "C00000")
        #expect(styles.filter { $0.first("w:name")?[attribute: "w:val"] == "heading 1" }.count == 1)

        let body = try #require(try docx.part("word/document.xml").first("w:body"))
        let paragraphs = body.descendants("w:p")
        let level1 = Self.vanersborg.document.headings.filter { $0.level == 1 }.map { $0.text.plainText }
        let styledLevel1 = paragraphs.filter { $0.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] == "Rubrik1" }.map(\.wordText)
        #expect(styledLevel1 == level1)

        let title = try #require(paragraphs.first { $0.wordText.hasPrefix(Self.vanersborg.document.metadata.title) })
        #expect(title.wordText == Self.vanersborg.document.metadata.title + " – vår plan")
        // The title went into the run where the placeholder began, with that run's formatting.
        #expect(title.all("w:r").first?.wordText == Self.vanersborg.document.metadata.title)

        let header = try docx.part("word/header1.xml")
        #expect(header.descendants("wp:docPr").first?[attribute: "descr"] == "Kommunens logotyp")
        #expect(header.descendants("a:blip").first?[attribute: "r:embed"] == "rIdLogo")
        #expect(header.wordText.contains("Vänersborgs kommun"))
        let headerRelationships = try docx.part("word/_rels/header1.xml.rels").all("Relationship")
        #expect(headerRelationships.contains { $0[attribute: "Id"] == "rIdLogo" && $0[attribute: "Target"] == "media/logo.png" })
        let logoCopied = docx.files["word/media/logo.png"] == EditableReference.logo
        #expect(logoCopied)
        #expect(docx.text("[Content_Types].xml").contains(#"<Default Extension="png" ContentType="image/png"/>"#))

        let folder = try Repository.temporaryDirectory("edited")
        let file = folder.appendingPathComponent("edited.docx")
        try output.write(to: file)
        let validation = try SchemaValidationTests.validate([file])
        #expect(validation.status == 0, "\(validation.text)")
    }

    @Test func referenceWithoutContentsGivesNoContents() throws {
        var reference = try EditableReference()
        // Delete everything but the cover and the last section: no contents field, no guide.
        reference.edit("word/document.xml") { xml in
            let start = xml.range(of: "<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/>")!.lowerBound
            let end = xml.range(of: "<w:sectPr><w:headerReference")!.lowerBound
            return xml.replacingCharacters(in: start..<end, with: "")
        }
        let docx = try UnpackedDOCX(DOCXWriter(reference: try reference.reference()).write(Self.vanersborg.document))
        let document = docx.text("word/document.xml")
        #expect(!document.contains("TOC \\o"))
        #expect(!document.contains("TOCHeading"))
        #expect(document.contains(Self.vanersborg.document.metadata.title))
    }

    /// The built-in reference opened and saved again by LibreOffice, as staff without Word
    /// would: other style ids, the contents in a content control, property lists in
    /// LibreOffice's order. The output must still find every style and be valid.
    @Test func referenceSavedByLibreOfficeWorks() throws {
        let soffice = try Tool.require("soffice", package: "libreoffice-writer-nogui")
        let folder = try Repository.temporaryDirectory("libreoffice-reference")
        let original = folder.appendingPathComponent("reference.docx")
        try ReferenceDocument.builtInData.write(to: original)
        let converted = folder.appendingPathComponent("saved")
        let conversion = try Tool.run(soffice, ["-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
                                                "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", converted.path,
                                                original.path])
        try #require(conversion.status == 0, "\(conversion.errors)")
        let reference = try ReferenceDocument(data: try Data(contentsOf: converted.appendingPathComponent("reference.docx")),
                                              file: "reference.docx")
        let output = try DOCXWriter(reference: reference).write(Self.vanersborg.document)
        let file = folder.appendingPathComponent("vanersborg.docx")
        try output.write(to: file)
        let validation = try SchemaValidationTests.validate([file])
        #expect(validation.status == 0, "\(validation.text)")

        let docx = try UnpackedDOCX(output)
        let body = try #require(try docx.part("word/document.xml").first("w:body"))
        let styles = try docx.part("word/styles.xml").all("w:style")
        func id(_ name: String) -> String? {
            styles.first { $0.first("w:name")?[attribute: "w:val"].map { $0.lowercased() == name.lowercased() } ?? false }?[attribute: "w:styleId"]
        }
        let paragraphStyles = body.descendants("w:p").compactMap { $0.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] }
        #expect(paragraphStyles.filter { $0 == id("heading 1") }.count == Self.vanersborg.document.headings.filter { $0.level == 1 }.count)
        #expect(paragraphStyles.contains(try #require(id("TOC Heading"))))
        #expect(body.wordText.contains(Self.vanersborg.document.metadata.title))
        #expect(try docx.part("word/header1.xml").wordText.contains("Vänersborgs kommun"))
    }

    // MARK: Refused references

    @Test func missingReferenceNamesTheFile() throws {
        let folder = try Repository.temporaryDirectory("missing")
        try FileManager.default.copyItem(at: Repository.templates.appendingPathComponent("labels.sv.yaml"),
                                         to: folder.appendingPathComponent("labels.sv.yaml"))
        #expect {
            _ = try Templates.load(from: folder)
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.file.hasSuffix("docx/reference.docx") && error.message.contains("saknas")
        }
    }

    @Test(arguments: [
        ("not a zip", Data("inte ett dokument".utf8), "inget Word-dokument"),
        ("empty", Data(), "tom"),
        ("old Word", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), ".doc"),
    ])
    func brokenFilesAreRefused(_ name: String, _ data: Data, _ phrase: String) throws {
        Self.expectRefused(data, containing: phrase)
    }

    @Test func zipWithoutWordDocumentIsRefused() throws {
        let data = try EditableReference(ZipArchiveFixture.single("hej.txt", "hej")).data
        Self.expectRefused(data, containing: "[Content_Types].xml")
    }

    @Test func brokenPartIsRefusedWithItsName() throws {
        var reference = try EditableReference()
        reference.edit("word/styles.xml") { String($0.prefix(200)) }
        Self.expectRefused(reference.data, containing: "word/styles.xml")
    }

    @Test func unknownPlaceholderIsReportedByName() throws {
        var reference = try EditableReference()
        reference.edit("word/document.xml") { $0.replacingOccurrences(of: "{{undertitel}}", with: "{{undertitle}}") }
        Self.expectRefused(reference.data, containing: "{{undertitle}}")
        var header = try EditableReference()
        header.edit("word/header1.xml") { $0.replacingOccurrences(of: "{{titel}}", with: "{{rubrik}}") }
        Self.expectRefused(header.data, containing: "{{rubrik}} i sidhuvudet")
    }

    @Test func pictureWithoutAltTextIsRefused() throws {
        var reference = try EditableReference()
        reference.addLogoToHeader(description: nil)
        Self.expectRefused(reference.data, containing: "alternativtext")
    }

    @Test func commandLineExitsWithTemplateErrorCode() throws {
        let folder = try Repository.temporaryDirectory("cli")
        try FileManager.default.copyItem(at: Repository.templates.appendingPathComponent("labels.sv.yaml"),
                                         to: folder.appendingPathComponent("labels.sv.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docx"), withIntermediateDirectories: true)
        try Data("trasig".utf8).write(to: folder.appendingPathComponent("docx/reference.docx"))
        let result = try Tool.run(Executables.render.path, ["--templates", folder.path, "--out", folder.appendingPathComponent("out").path,
                                                           "vanersborg", "--format", "docx"])
        #expect(result.status == 3)
        #expect(result.errors.contains("docx/reference.docx"), "\(result.errors)")
    }

    @Test func templateCommandWritesTheBuiltInReference() throws {
        let folder = try Repository.temporaryDirectory("template")
        let file = folder.appendingPathComponent("ny/reference.docx")
        let result = try Tool.run(Executables.render.path, ["template", "docx", "--out", file.path])
        #expect(result.status == 0, "\(result.errors)")
        let identical = try Data(contentsOf: file) == ReferenceDocument.builtInData
        #expect(identical)
    }

    static func expectRefused(_ data: Data, containing phrase: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            _ = try ReferenceDocument(data: data, file: "templates/docx/reference.docx")
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.file == "templates/docx/reference.docx" && error.message.contains(phrase)
        }
    }
}

@testable import DOCXWriter
import Foundation
import OOXML

/// A copy of the built-in reference document that a test edits as staff would in Word:
/// parts changed in place, parts added, zipped again.
struct EditableReference {
    private(set) var entries: [(name: String, data: Data)]

    init(_ data: Data = ReferenceDocument.builtInData) throws {
        entries = try ZipReader.entries(of: data)
    }

    mutating func edit(_ name: String, _ change: (String) -> String) {
        guard let index = entries.firstIndex(where: { $0.name == name }) else { return }
        entries[index].data = Data(change(String(decoding: entries[index].data, as: UTF8.self)).utf8)
    }

    mutating func put(_ name: String, _ data: Data) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index].data = data
        } else {
            entries.append((name, data))
        }
    }

    var data: Data { ZipWriter.archive(entries) }

    func reference(file: String = "templates/docx/reference.docx") throws -> ReferenceDocument {
        try ReferenceDocument(data: data, file: file)
    }

    /// A 1×1 pixel PNG, standing in for a municipal logo.
    static let logo = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

    /// Puts `logo` into the header as Word does: an inline picture with alt text (or
    /// without, when `description` is nil), its relationship and its content type.
    mutating func addLogoToHeader(description: String?) {
        put("word/media/logo.png", Self.logo)
        put("word/_rels/header1.xml.rels", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>
            """.utf8))
        edit("[Content_Types].xml") {
            $0.replacingOccurrences(of: "<Default Extension=\"xml\"", with: "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"xml\"")
        }
        let descr = description.map { " descr=\"\($0)\"" } ?? ""
        let drawing = """
            <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="720000" cy="360000"/>\
            <wp:docPr id="1" name="Logotyp"\(descr)/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
        edit("word/header1.xml") { xml in
            xml.replacingOccurrences(of: "<w:hdr ", with: """
                <w:hdr xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
                xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
                xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" 
                """).replacingOccurrences(of: "</w:pPr>", with: "</w:pPr>" + drawing)
        }
    }
}

@testable import DOCXWriter
import DocumentModel
import Foundation
import OOXML
import Testing

/// A reference document staff saved wrongly, or one made to attack: each is a template
/// error naming what to fix, never a crash, an exhausted memory or an invalid output.
@Suite("Hostile and broken reference documents")
struct HostileReferenceTests {
    private func refusal(_ reference: EditableReference) -> String? {
        do {
            _ = try reference.reference()
            return nil
        } catch {
            return "\(error)"
        }
    }

    private func refusal(_ data: Data) -> String? {
        do {
            _ = try ReferenceDocument(data: data, file: "templates/docx/reference.docx")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("an entry that unpacks to far more than it packs is a zip bomb, refused before unpacking")
    func compressionRatio() throws {
        var reference = try EditableReference()
        reference.put("word/media/noll.bin", Data(count: 8 * 1024 * 1024))
        let message = try #require(refusal(reference))
        #expect(message.hasPrefix("templates/docx/reference.docx: filen är för stor för att packas upp: word/media/noll.bin packas upp till 8 MiB"),
                "\(message)")
        #expect(message.contains("ZIP-bomb"))
    }

    @Test("too many entries are refused")
    func entryCount() throws {
        var reference = try EditableReference()
        for index in 0...ZipReader.mostEntries { reference.put("word/media/\(index).bin", Data([1])) }
        let message = try #require(refusal(reference))
        #expect(message.contains("filen innehåller \(ZipReader.mostEntries + 14) delar"), "\(message)")
    }

    @Test("macros are refused, naming the part")
    func macros() throws {
        var reference = try EditableReference()
        reference.put("word/vbaProject.bin", Data("Attribute VB_Name".utf8))
        let message = try #require(refusal(reference))
        #expect(message.contains("innehåller makron (word/vbaProject.bin)"), "\(message)")
        var docm = try EditableReference()
        docm.edit("[Content_Types].xml") {
            $0.replacingOccurrences(of: "wordprocessingml.document.main+xml", with: "wordprocessingml.document.main+xml\"/><Override PartName=\"/word/vbaData.xml\" ContentType=\"application/vnd.ms-word.vbaData+xml")
        }
        #expect(refusal(docm)?.contains("makron") == true)
    }

    @Test("an external picture in the header, fetched when the document opens, is refused naming the header")
    func externalHeaderImage() throws {
        var reference = try EditableReference()
        reference.addLogoToHeader(description: "Kommunens logotyp")
        reference.put("word/_rels/header1.xml.rels", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="https://example.se/spara.png" TargetMode="External"/></Relationships>
            """.utf8))
        let message = try #require(refusal(reference))
        #expect(message.contains("word/header1.xml hänvisar till en extern fil (https://example.se/spara.png)"), "\(message)")
    }

    @Test("a file:// link on the cover is refused; an https link is kept")
    func coverLinks() throws {
        func reference(linkingTo target: String) throws -> EditableReference {
            var reference = try EditableReference()
            reference.edit("word/_rels/document.xml.rels") {
                $0.replacingOccurrences(of: "</Relationships>", with: "<Relationship Id=\"rIdLank\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"\(target)\" TargetMode=\"External\"/></Relationships>")
            }
            reference.edit("word/document.xml") {
                $0.replacingOccurrences(of: "<w:body>", with: "<w:body><w:p><w:hyperlink r:id=\"rIdLank\"><w:r><w:t>Länk</w:t></w:r></w:hyperlink></w:p>")
            }
            return reference
        }
        let message = try #require(refusal(try reference(linkingTo: "file:///etc/passwd")))
        #expect(message.contains("hänvisar till en länk som inte är tillåten (file:///etc/passwd)"), "\(message)")
        #expect(refusal(try reference(linkingTo: "https://vanersborg.se/")) == nil)
    }

    @Test("a footer that is not valid OOXML is refused, not copied into every document")
    func invalidFooter() throws {
        var reference = try EditableReference()
        reference.edit("word/footer1.xml") { $0.replacingOccurrences(of: "<w:p>", with: "<w:r><w:t>lös</w:t></w:r><w:p>") }
        let message = try #require(refusal(reference))
        #expect(message.contains("sidfoten (word/footer1.xml) innehåller <w:r>, som inte hör hemma där"), "\(message)")
        var wrongRoot = try EditableReference()
        wrongRoot.edit("word/footer1.xml") { $0.replacingOccurrences(of: "w:ftr", with: "w:hdr") }
        #expect(refusal(wrongRoot)?.contains("den ska börja med <w:ftr>") == true)
        var broken = try EditableReference()
        broken.edit("word/footer1.xml") { $0.replacingOccurrences(of: "</w:ftr>", with: "") }
        let brokenMessage = try #require(refusal(broken))
        #expect(brokenMessage.contains("delen word/footer1.xml är inte korrekt XML (rad 3: ett element som aldrig stängs)"), "\(brokenMessage)")
    }

    @Test("the built-in and the project's reference documents pass every check")
    func ownReferencesPass() throws {
        #expect(refusal(ReferenceDocument.builtInData) == nil)
        let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/docx/reference.docx")
        #expect(refusal(try Data(contentsOf: project)) == nil)
    }
}

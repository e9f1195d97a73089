import DOCXWriter
import DocumentModel
import Foundation
import Testing

/// Characters XML 1.0 cannot carry are removed before writing, as in every format
/// (`TextHygiene`; `render validate` reports them at the plan's line), and never written.
@Suite struct CharacterTests {
    @Test func forbiddenCharactersAreRemoved() throws {
        let document = Document(metadata: Metadata(title: "Plan\u{0B}titel"), blocks: [
            .paragraph([.text("Före\u{07}efter\u{FFFF} och tab\there")]),
        ])
        let output = try DOCXWriter().package(document)
        let docx = try UnpackedDOCX(output.data)
        let xml = docx.text("word/document.xml")
        #expect(xml.contains("Föreefter och tab"))
        #expect(!xml.unicodeScalars.contains { $0.value == 0x07 || $0.value == 0xFFFF || $0.value == 0x0B })
        #expect(xml.contains("<w:tab/>"))
        #expect(docx.text("docProps/core.xml").contains("<dc:title>Plantitel</dc:title>"))
    }

    @Test func carriageReturnsAreLineBreaksWithoutWarnings() throws {
        let document = Document(metadata: Metadata(title: "T"), blocks: [.paragraph([.text("rad\r\nbrytning\rtre")])])
        let output = try DOCXWriter().package(document)
        #expect(output.warnings.isEmpty)
        let xml = try UnpackedDOCX(output.data).text("word/document.xml")
        #expect(xml.contains("<w:t>rad</w:t><w:br/><w:t>brytning</w:t><w:br/><w:t>tre</w:t>"), "\(xml)")
    }

    @Test func markupCharactersAreEscapedByTheLibrary() throws {
        let document = Document(metadata: Metadata(title: "A & B <c>"), blocks: [
            .paragraph([.link([.text("\"citat\" & <tagg>")], url: "https://example.se/?a=1&b=<2>")]),
        ])
        let docx = try UnpackedDOCX(DOCXWriter().write(document))
        #expect(docx.text("word/document.xml").contains("&quot;citat&quot; &amp; &lt;tagg&gt;") || docx.text("word/document.xml").contains("\"citat\" &amp; &lt;tagg&gt;"))
        #expect(docx.text("word/_rels/document.xml.rels").contains("https://example.se/?a=1&amp;b=%3C2%3E"))
        #expect(try docx.part("word/document.xml").wordText.contains("\"citat\" & <tagg>"))
    }
}

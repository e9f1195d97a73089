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

    /// A space at every byte offset, with what follows it (another space, a line break, a
    /// tab, a soft hyphen, a letter, nothing), after letters, å or a no-break space, as
    /// the writer reads eight bytes at a time: each piece between those elements is a
    /// `w:t`, marked to keep its spaces exactly when it starts or ends with one or holds
    /// two in a row.
    @Test func spacesAreKeptWhereALeadingTrailingOrDoubledSpaceWouldBeLost() throws {
        var texts: [String] = []
        for lead in ["", " ", "å", "\u{A0}", "a\n"] {
            for length in 0...17 {
                for after in ["", " ", "  z", "\n", "\tz", "\u{AD}z", "z", "yyyyyyyyy y"] {
                    texts.append(lead + String(repeating: "x", count: length) + " " + after)
                }
            }
        }
        let document = Document(metadata: Metadata(title: "T"), blocks: texts.map { .paragraph([.text($0)]) })
        let body = try #require(try UnpackedDOCX(DOCXWriter().write(document)).part("word/document.xml").first("w:body"))
        // The document's own paragraphs come last, after the cover.
        let paragraphs = body.all("w:p").suffix(texts.count)
        for (text, paragraph) in zip(texts, paragraphs) {
            var expected: [String] = []
            var piece = ""
            func endPiece() {
                if !piece.isEmpty {
                    let keeps = piece.hasPrefix(" ") || piece.hasSuffix(" ") || piece.contains("  ")
                    expected.append((keeps ? "preserve:" : "t:") + piece)
                }
                piece = ""
            }
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\n": endPiece(); expected.append("w:br")
                case "\t": endPiece(); expected.append("w:tab")
                case "\u{AD}": endPiece(); expected.append("w:softHyphen")
                default: piece.unicodeScalars.append(scalar)
                }
            }
            endPiece()
            let written = paragraph.all("w:r").flatMap(\.elements).map { element in
                element.name == "w:t" ? (element[attribute: "xml:space"] == "preserve" ? "preserve:" : "t:") + element.text : element.name
            }
            #expect(written == expected, "\(text.debugDescription)")
        }
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

    /// The writer cleans texts and checks links as it writes them, so a document gives the
    /// bytes its `sanitised()` copy gives: controls, carriage returns, bidirectional
    /// overrides, texts that clean to nothing, refused and nested links, cross-references
    /// inside links, figure spans, in body, headings, lists, notes, tables and figures.
    @Test func writesWhatTheSanitisedDocumentWouldBe() throws {
        let dirty = "Före\u{07}efter\r\nrad\rtre \u{202E}vänd\u{202C} 2018–2022 & <mer> \"citat\"\u{FFFE}"
        let heading = Heading(level: 2, text: [.text("Mål\u{1B} "), .link([.text("länk")], url: "https://example.se"),
                                               .strong([.crossReference(anchor: "mal\u{7F}", [.text(" hit\u{7}")])])],
                              anchor: "mal\u{7F}")
        let document = Document(metadata: Metadata(title: "Plan\u{0B}titel\r", organisations: ["Kommun\u{1B}[31m"]), blocks: [
            .heading(heading),
            .paragraph([.text(dirty), .text("\u{0}\u{1}"), .emphasis([.text("\u{202E}")]),
                        .link([.text("farlig")], url: "javascript:alert(1)"),
                        .link([.text("yttre "), .link([.text("inre")], url: "https://inre.se"),
                               .crossReference(anchor: "mal\u{7F}", [.text(" se mål")])], url: "https://www.skr.se/sida#del"),
                        .link([.text("mellanslag")], url: " https://skr.se/en sida "),
                        .crossReference(anchor: "mal\u{7F}", [.text("mål"), .link([.text(" här")], url: "https://x.se")])]),
            .bulletList([ListItem([.paragraph([.text(dirty)])])]),
            .note(label: "Obs\u{7}", [.paragraph([.text("\u{C}not")])]),
            .figure(Figure(caption: "Figur\u{1}", content: .absent(note: "saknas\u{7}\r"))),
            .table(Table(caption: "Tabell\u{1}", columns: [Column(width: 1), Column(width: 1, alignment: .end)],
                         header: [Row([Cell([.paragraph([.text("Kolumn\u{2066}")])]), Cell([.paragraph([.text("Värde")])])])],
                         body: [Row([Cell([.heading(heading)]), Cell([.paragraph([.text(dirty)])])])])),
        ])
        let writer = DOCXWriter()
        let raw = try writer.package(document)
        let sanitised = try writer.package(document.sanitised())
        #expect(raw.data == sanitised.data)
        #expect(raw.warnings == sanitised.warnings)
    }
}

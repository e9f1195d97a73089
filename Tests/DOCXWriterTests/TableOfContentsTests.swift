@testable import DOCXWriter
import DocumentModel
import Foundation
import Testing

/// The contents list of every example's Word file, as Word and LibreOffice show it before
/// any field is updated: the TOC field's stored result has a linked entry per heading of
/// levels 1–3, in order, and Word can still update it (the field is marked dirty).
@Suite struct TableOfContentsTests {
    @Test(arguments: ExampleFiles.all.map(\.id))
    func storedResultListsEveryHeading(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let body = try #require(try UnpackedDOCX(example.docx).part("word/document.xml").first("w:body"))
        let paragraphs = body.descendants("w:p")
        let start = try #require(paragraphs.firstIndex { $0.descendants("w:instrText").contains { $0.text.contains("TOC \\o \"1-3\"") } })
        let begin = try #require(paragraphs[start].descendants("w:fldChar").first)
        #expect(begin[attribute: "w:fldCharType"] == "begin" && begin[attribute: "w:dirty"] == "true")
        let end = try #require(paragraphs[start...].firstIndex {
            $0.descendants("w:fldChar").contains { $0[attribute: "w:fldCharType"] == "end" }
        })
        let entries = paragraphs[start...end]

        let headings = example.document.headings.filter { $0.level <= 3 }
        // Entries are read without the word joiners that keep a span of years on one line.
        #expect(entries.map { $0.wordText.replacingOccurrences(of: "\u{2060}", with: "") } == headings.map(\.text.plainText),
                "an entry per heading of levels 1–3, in order")
        #expect(entries.map { $0.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] } == headings.map { "TOC\($0.level)" })

        // Each entry links to the bookmark around its heading.
        var bookmarked: [String: String] = [:]
        for paragraph in paragraphs {
            for bookmark in paragraph.descendants("w:bookmarkStart") {
                if let name = bookmark[attribute: "w:name"] { bookmarked[name] = paragraph.wordText }
            }
        }
        for entry in entries {
            let link = entry.descendants("w:hyperlink").first?[attribute: "w:anchor"]
            #expect(link.flatMap { bookmarked[$0] } == entry.wordText, "\(entry.wordText): linked to its heading")
        }
    }
}

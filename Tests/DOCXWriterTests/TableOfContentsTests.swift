@testable import DOCXWriter
import DocumentModel
import Foundation
import Testing

/// The contents list of every example's Word file, as Word and LibreOffice show it before
/// any field is updated: the TOC field's stored result has a linked entry per heading of
/// levels 1–3 (or as deep as the document's contents reach), in order, and Word can still
/// update it to the same levels (the field is marked dirty).
@Suite struct TableOfContentsTests {
    @Test(arguments: ExampleFiles.all.map(\.id))
    func storedResultListsEveryHeading(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let body = try #require(try UnpackedDOCX(example.docx).part("word/document.xml").first("w:body"))
        let paragraphs = body.descendants("w:p")
        let depth = min(example.document.metadata.contentsDepth ?? 3, 3)
        let start = try #require(paragraphs.firstIndex { $0.descendants("w:instrText").contains { $0.text.contains("TOC \\o \"1-\(depth)\"") } })
        let begin = try #require(paragraphs[start].descendants("w:fldChar").first)
        #expect(begin[attribute: "w:fldCharType"] == "begin" && begin[attribute: "w:dirty"] == "true")
        let end = try #require(paragraphs[start...].firstIndex {
            $0.descendants("w:fldChar").contains { $0[attribute: "w:fldCharType"] == "end" }
        })
        let entries = paragraphs[start...end]

        let headings = example.document.headings.filter { $0.level <= depth }
        // The writer joins year spans with word joiners (U+2060), which the headings' own text lacks.
        #expect(entries.map { $0.wordText.replacingOccurrences(of: "\u{2060}", with: "") } == headings.map(\.text.plainText),
                "an entry per heading of levels 1–\(depth), in order")
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

    @Test func theFieldReachesNoDeeperThanTheDocumentsContents() {
        let template = TableOfContentsTemplate(heading: nil, instruction: #" TOC \o "1-3" \h \z \u "#)
        #expect(template.reaching(2).instruction == #" TOC \o "1-2" \h \z \u "#)
        #expect(template.reaching(2).levels == 1...2)
        #expect(template.reaching(nil).instruction == template.instruction)
        #expect(template.reaching(3).instruction == template.instruction)
        #expect(template.reaching(5).instruction == template.instruction)
        // A reference whose field lists styles rather than outline levels is used as it is.
        let styled = TableOfContentsTemplate(heading: nil, instruction: #" TOC \h \z \t "Rubrik;1" "#)
        #expect(styled.reaching(2).instruction == styled.instruction)
    }
}

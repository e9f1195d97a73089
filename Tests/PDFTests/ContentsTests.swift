import DocumentModel
import Foundation
import Testing

/// The printed document's page numbers: every contents entry names the page its heading
/// stands on, and the cross-references of Fördjupad analys name their target's page.
@Suite struct ContentsTests {
    /// A line of the contents list: its title and the page number after the dot leader.
    struct Entry {
        let title: String
        let page: Int
    }

    @Test("every contents entry names its heading's page", arguments: PDFBatch.ids)
    func contentsPages(_ id: String) throws {
        let example = try PDFBatch.example(id)
        let metadata = example.document.metadata
        // The running header carries the short title where the plan has one (Helsingborg).
        let entries = try Self.contents(example.pdf, runningHeader: (metadata.organisations.first ?? "") + (metadata.shortTitle ?? metadata.title))
        // Levels 1–3, or as deep as the document's own contents list reaches (as on the web and in text).
        let depth = min(metadata.contentsDepth ?? 3, 3)
        let listed = example.document.headings.filter { $0.level <= depth }
        #expect(entries.map { Self.title($0.title) } == listed.map { Self.title($0.text.plainText) },
                "an entry per heading of levels 1–\(depth), in order")
        let pageCount = try PDFTool.pageCount(example.pdf)
        for entry in entries {
            try #require((1...pageCount).contains(entry.page), "\(entry.title): page \(entry.page)")
            let page = PDFTool.squeezed(try PDFTool.text(example.pdf, pages: entry.page...entry.page))
            #expect(page.contains(Self.title(entry.title)), "\"\(entry.title)\" is not on page \(entry.page)")
        }
    }

    @Test("Fördjupad analys: the former \"s.41\" references name the page of their section")
    func crossReferences() throws {
        let example = try PDFBatch.example("fordjupad-analys-2021")
        let target = try #require(example.document.headings.first { $0.anchor == "resultat-for-invanaren" })
        let text = try PDFTool.text(example.pdf)
        let references = try Regex(#"läs mer under\s+s\.\s*(\d+)"#)
        let pages = text.matches(of: references).compactMap { Int(String($0.output[1].substring ?? "")) }
        #expect(pages.count == 15, "15 references, found \(pages)")
        #expect(!text.contains("s.41"))
        let heading = PDFTool.squeezed(target.text.plainText)
        for page in Set(pages) {
            let onPage = PDFTool.squeezed(try PDFTool.text(example.pdf, pages: page...page))
            #expect(onPage.contains(heading), "the section is not on page \(page)")
        }
    }

    /// A title as compared: squeezed, without the dots a title may end in (they run into
    /// the dot leader).
    static func title(_ text: String) -> String {
        String(PDFTool.squeezed(text).reversed().drop { $0 == "." }.reversed())
    }

    /// The entries of the contents list: on the first pages, each line (or run of lines
    /// after a blank line, the list's heading or the running header) ending in a dot
    /// leader and a page number.
    static func contents(_ pdf: URL, runningHeader: String) throws -> [Entry] {
        var entries: [Entry] = []
        let leader = try Regex(#"^(.*?)\s*\.{2,}\s*(\d+)\s*$"#)
        let header = PDFTool.squeezed(runningHeader)
        for number in 1...min(12, try PDFTool.pageCount(pdf)) {
            let lines = try PDFTool.text(pdf, pages: number...number, layout: true).split(separator: "\n")
            var pending = ""
            var found = false
            for line in lines {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if let match = trimmed.wholeMatch(of: leader), let page = Int(String(match.output[2].substring ?? "")) {
                    let title = pending + (pending.isEmpty ? "" : " ") + String(match.output[1].substring ?? "")
                    entries.append(Entry(title: title, page: page))
                    pending = ""
                    found = true
                } else if trimmed.isEmpty || trimmed == "Innehåll" || header.contains(PDFTool.squeezed(trimmed)) {
                    // The running header may wrap; a wrapped title's first line fills the line.
                    pending = ""
                } else {
                    // A long title wraps: its first lines carry no page number.
                    pending += (pending.isEmpty ? "" : " ") + trimmed
                }
            }
            if !found && !entries.isEmpty { break }
        }
        return entries
    }
}

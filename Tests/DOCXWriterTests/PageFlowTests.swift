import DocumentModel
import Foundation
import Testing

/// Every example plan and report as LibreOffice prints it (one conversion for all): no
/// near-empty page before a new section, Tanum landscape in one run after its
/// introduction, and no word of the document's own text broken across lines without a
/// hyphen.
@Suite struct PageFlowTests {
    /// A page with fewer lines of text than this, followed by a page of another
    /// orientation, is a page left near-empty by a section break.
    static let fewestLines = 12

    @Test(arguments: ExampleFiles.all.map(\.id))
    func noNearEmptyPageBeforeASectionBreak(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let pages = try Self.layoutPages(id)
        let sizes = try LibreOfficeTests.pageSizes(id)
        try #require(pages.count == sizes.count)
        let sequence = String(sizes.map { $0.isLandscape ? "L" : "P" })
        print("\(id): \(pages.count) pages, \(sequence)")
        let contents = Self.contentsPages(pages, example.document)
        for index in pages.indices.dropFirst().dropLast() where !contents.contains(index) {
            guard sizes[index].isLandscape != sizes[index + 1].isLandscape else { continue }
            // The running header and footer are a line each.
            let lines = pages[index].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count - 2
            #expect(lines >= Self.fewestLines, "\(id) p.\(index + 1) holds \(lines) lines before a turn to p.\(index + 2)")
        }
        if id == "tanum" {
            #expect(sequence.range(of: "^P+L+$", options: .regularExpression) != nil,
                    "Tanum's goal sections are one landscape run after the introduction: \(sequence)")
        }
    }

    @Test(arguments: ExampleFiles.all.map(\.id))
    func noWordBrokenWithoutHyphen(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let words = Self.words(of: example.document)
        let lines = try LibreOfficeTests.pageTexts(id).flatMap { $0.components(separatedBy: "\n") }
        var breaks: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard let end = line.split(separator: " ").last, let start = next.split(separator: " ").first else { continue }
            let last = String(end)
            if last.hasSuffix("-") || last.hasSuffix("\u{AD}") { continue }
            let tail = Self.letters(at: .end, of: last)
            let head = Self.letters(at: .start, of: String(start))
            guard !tail.isEmpty, !head.isEmpty, words.contains(tail + head),
                  !words.contains(tail) || !words.contains(head) else { continue }
            breaks.append("\(tail)|\(head)")
        }
        print("\(id): \(breaks.count) words broken without a hyphen \(breaks.prefix(10))")
        #expect(breaks.isEmpty, "\(id): \(breaks)")
    }

    // MARK: Reading the PDF

    /// Each page's lines as printed (`pdftotext -layout`: one text line per line, table
    /// columns side by side).
    static func layoutPages(_ id: String) throws -> [[String]] {
        let pdf = try #require(try ExampleFiles.pdfs.get()[id])
        let pdftotext = try Tool.require("pdftotext", package: "poppler-utils")
        let result = try Tool.run(pdftotext, ["-layout", "-enc", "UTF-8", pdf.path, "-"])
        var pages = result.text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? false { pages.removeLast() }
        return pages.map { $0.components(separatedBy: "\n") }
    }

    /// The pages of the table of contents: most of their lines are headings of the document.
    static func contentsPages(_ pages: [[String]], _ document: Document) -> Set<Int> {
        let headings = Set(document.headings.map { LibreOfficeTests.squeezed($0.text.plainText) })
        return Set(pages.indices.filter { index in
            let lines = pages[index].map { LibreOfficeTests.squeezed($0) }.filter { !$0.isEmpty }
                .map { $0.replacingOccurrences(of: "[.0-9]+$", with: "", options: .regularExpression) }
            return lines.count > 2 && lines.filter(headings.contains).count * 2 >= lines.count - 2
        })
    }

    /// The document's words, lower-cased.
    static func words(of document: Document) -> Set<String> {
        var text = ""
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading): text += heading.text.plainText + " "
                case .paragraph(let inlines): text += inlines.plainText + " "
                case .bulletList(let items), .numberedList(let items): items.forEach { add($0.blocks) }
                case .quote(let inner), .note(_, let inner): add(inner)
                case .table(let table):
                    text += (table.caption ?? "") + " "
                    (table.header + table.body).forEach { $0.cells.forEach { add($0.blocks) } }
                case .figure(let figure): text += figure.caption + " "
                case .pageBreak, .sectionBreak: continue
                }
            }
        }
        add(document.blocks)
        return Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    }

    enum Side { case start, end }

    /// The letters at one end of a token, lower-cased ("Kommune" of "(Kommune").
    static func letters(at side: Side, of token: String) -> String {
        let characters = Array(token)
        switch side {
        case .start: return String(characters.prefix { $0.isLetter }).lowercased()
        case .end: return String(characters.reversed().prefix { $0.isLetter }.reversed()).lowercased()
        }
    }
}

import DocumentModel
import Foundation
import PlanModel
import Testing

/// The examples as LibreOffice reads and prints them: converted to PDF without error, with
/// every heading and every activity in the text, and wide tables on landscape pages.
@Suite struct LibreOfficeTests {
    @Test(arguments: ExampleFiles.plans.map(\.id))
    func pdfHasEveryHeadingAndActivity(_ id: String) throws {
        let example = try #require(ExampleFiles.plans.first { $0.id == id })
        // The running header and footer interrupt text that flows over a page break.
        let metadata = example.document.metadata
        let header = Self.squeezed((metadata.organisations.first ?? "") + (metadata.shortTitle ?? metadata.title))
        let text = try Self.pageTexts(id).map { page in
            Self.squeezed(page).replacingOccurrences(of: header, with: "")
                .replacingOccurrences(of: "Sida[0-9]+av[0-9]+", with: "", options: .regularExpression)
        }.joined()
        for heading in example.document.headings {
            let wanted = Self.squeezed(heading.text.plainText)
            // Levels 1 to 3 are listed in the table of contents as well as in the text.
            let expected = heading.level <= 3 ? 2 : 1
            #expect(text.occurrences(of: wanted) >= expected, "heading \"\(heading.text.plainText)\" (level \(heading.level))")
        }
        for (_, goal) in example.plan?.allaMål ?? [] {
            for activity in goal.aktiviteter {
                #expect(text.contains(Self.squeezed(activity.namn.ren)), "activity \"\(activity.namn.ren.prefix(60))\"")
            }
        }
    }

    @Test(arguments: ExampleFiles.plans.map(\.id))
    func wideTablesAreOnLandscapePages(_ id: String) throws {
        let example = try #require(ExampleFiles.plans.first { $0.id == id })
        let pages = try Self.pageTexts(id).map(Self.squeezed)
        let sizes = try Self.pageSizes(id)
        #expect(pages.count == sizes.count)
        #expect(sizes.first.map { !$0.isLandscape } ?? false, "the cover is portrait")
        for (table, orientation) in Self.tables(example.document.blocks) {
            guard let firstRow = table.body.first, let marker = firstRow.cells.first?.blocks.plainText, !marker.isEmpty,
                  let header = table.header.first?.cells.first?.blocks.plainText else { continue }
            // The start of the first cell: a row may break across pages after it.
            let start = String(Self.squeezed(marker).prefix(40))
            let pagesWithTable = pages.indices.filter { pages[$0].contains(start) && pages[$0].contains(Self.squeezed(header)) }
            #expect(!pagesWithTable.isEmpty, "table starting \"\(marker.prefix(40))\" not found")
            for page in pagesWithTable {
                #expect(sizes[page].isLandscape == (orientation == .landscape),
                        "page \(page + 1) with the table starting \"\(marker.prefix(40))\" should be \(orientation)")
            }
        }
    }

    // MARK: Reading the PDF

    struct PageSize {
        let width: Double
        let height: Double
        var isLandscape: Bool { width > height }
    }

    /// The text of each page, from `pdftotext -raw` (content order keeps a cell's lines together).
    static func pageTexts(_ id: String) throws -> [String] {
        let pdf = try #require(try ExampleFiles.pdfs.get()[id])
        let pdftotext = try Tool.require("pdftotext", package: "poppler-utils")
        let result = try Tool.run(pdftotext, ["-raw", "-enc", "UTF-8", pdf.path, "-"])
        #expect(result.status == 0, "\(result.errors)")
        var pages = result.text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? false { pages.removeLast() }
        return pages
    }

    static func pageSizes(_ id: String) throws -> [PageSize] {
        let pdf = try #require(try ExampleFiles.pdfs.get()[id])
        let pdfinfo = try Tool.require("pdfinfo", package: "poppler-utils")
        let pageCount = try Tool.run(pdfinfo, [pdf.path]).text.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        let result = try Tool.run(pdfinfo, ["-f", "1", "-l", String(pageCount), pdf.path])
        return result.text.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.compactMap { line in
            let numbers = line.split(separator: ":").last?.split(separator: " ").compactMap { Double($0) } ?? []
            return numbers.count >= 2 ? PageSize(width: numbers[0], height: numbers[1]) : nil
        }
    }

    /// Text without white space and hyphens, so line breaks in the PDF (hyphenated or not)
    /// cannot hide a phrase.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" && $0 != "\u{AD}" }.map(Character.init))
    }

    /// The top-level tables with the orientation of the section they are in.
    static func tables(_ blocks: [Block]) -> [(Table, Orientation)] {
        var orientation = Orientation.portrait
        var found: [(Table, Orientation)] = []
        for block in blocks {
            switch block {
            case .sectionBreak(let next): orientation = next
            case .table(let table): found.append((table, orientation))
            default: break
            }
        }
        return found
    }
}

extension [Block] {
    var plainText: String {
        map { block -> String in
            switch block {
            case .paragraph(let inlines): return inlines.plainText
            case .heading(let heading): return heading.text.plainText
            case .bulletList(let items), .numberedList(let items): return items.map { $0.blocks.plainText }.joined(separator: " ")
            case .quote(let inner), .note(_, let inner): return inner.plainText
            default: return ""
            }
        }.joined(separator: " ")
    }
}

extension String {
    func occurrences(of part: String) -> Int {
        guard !part.isEmpty else { return 0 }
        return components(separatedBy: part).count - 1
    }
}

import DocumentModel
import Foundation
import Rendering
import Testing
import Wording

/// The PDFs as assistive technology reads them: tagged, headings and table header cells
/// in the structure tree, language and title, bookmarks, embedded fonts, and a PDF/UA
/// checker's verdict.
@Suite struct StructureTests {
    @Test("pdfinfo: tagged", arguments: PDFBatch.ids)
    func tagged(_ id: String) throws {
        let example = try PDFBatch.example(id)
        let info = try PDFTool.run("pdfinfo", [example.pdf.path]).output
        #expect(info.contains("Tagged:          yes"), "\(info)")
        #expect(info.contains("Title:           \(example.document.metadata.title)"))
        #expect(info.contains("Author:          \(example.document.metadata.organisations.joined(separator: ", "))"))
    }

    @Test("pdffonts: every font embedded", arguments: PDFBatch.ids)
    func fontsEmbedded(_ id: String) throws {
        let example = try PDFBatch.example(id)
        let rows = try PDFTool.run("pdffonts", [example.pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name, type (may be two words), encoding, emb, sub, uni, object id.
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
    }

    @Test("structure tree: headings, table header cells, language, title, bookmarks", arguments: PDFBatch.ids)
    func structureTree(_ id: String) throws {
        let example = try PDFBatch.example(id)
        let structure = try Structure(example.pdf)
        let metadata = example.document.metadata
        #expect(structure.lang == "sv-SE")
        #expect(structure.title == metadata.title)
        #expect(structure.xmpTitle == metadata.title)
        #expect(structure.displayDocTitle)
        #expect(structure.pdfua == "1", "PDF/UA identification in the XMP metadata")
        #expect(structure.marked)

        let headings = example.document.headings
        #expect(structure.headings == headings.map { min($0.level, 6) }, "H1–H6 in document order")
        let listed = headings.filter { $0.level <= 3 }
        let bookmarks = structure.outline.filter { $0.level <= 3 }
        #expect(bookmarks.map(\.level) == listed.map(\.level))
        #expect(bookmarks.map { PDFTool.squeezed($0.title) } == listed.map { PDFTool.squeezed($0.text.plainText) },
                "one bookmark per heading of levels 1–3")

        let tables = Self.tables(example.document.blocks)
        #expect(structure.tables.count == tables.count, "a Table element per table")
        for (number, (table, rows)) in zip(tables, structure.tables).enumerated() {
            let caption = "table \(number + 1) (\(table.caption ?? "no caption"))"
            #expect(rows.count >= table.header.count, "\(caption)")
            for (index, row) in rows.enumerated() {
                let expected = index < table.header.count ? "TH" : "TD"
                #expect(!row.isEmpty && row.allSatisfy { $0 == expected }, "\(caption): row \(index + 1) is \(row)")
            }
        }
    }

    @Test("pdfua (PyPI) finds no failure", arguments: PDFBatch.ids)
    func pdfua(_ id: String) throws {
        let example = try PDFBatch.example(id)
        let result = try PDFTool.run("python3", ["-m", "pdfua", "check", "--format", "json", example.pdf.path])
        let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let summary = report?["summary"] as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        // The one false alarm: the signature block is a layout table (names beside each
        // other, no headers, read in order — WCAG's rule for layout tables), and LibreOffice
        // tags every Word table /Table, so UA-15-003 ("a table without /TH") flags it. PDF/UA
        // says a table *should* have headers; this one has nothing for headers to name.
        let labels = try Templates.load(from: PDFBatch.repository.appendingPathComponent("templates"), formats: [.txt]).labels
        let signingLine = PDFTool.squeezed(labels.text(.signingLine))
        let real = try findings.filter { finding in
            guard finding["rule_id"] as? String == "UA-15-003", let page = finding["page"] as? Int else { return true }
            return !PDFTool.squeezed(try PDFTool.text(example.pdf, pages: page...page)).contains(signingLine)
        }
        #expect(real.isEmpty, "\(real)")
        #expect(summary?["warnings"] as? Int == 0, "\(findings)")
        #expect(result.status == 0 || !findings.isEmpty, "\(result.output)\(result.errors)")
        #expect((summary?["rules_run"] as? Int ?? 0) >= 11)
    }

    /// The tables of the document in reading order, nested ones after the table holding them.
    static func tables(_ blocks: [Block]) -> [Table] {
        blocks.flatMap { block -> [Table] in
            switch block {
            case .table(let table): return [table] + (table.header + table.body).flatMap { $0.cells.flatMap { tables($0.blocks) } }
            case .quote(let inner), .note(_, let inner): return tables(inner)
            case .bulletList(let items), .numberedList(let items): return items.flatMap { tables($0.blocks) }
            case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return []
            }
        }
    }
}

/// What `scripts/pdf_structure.py` reads from a PDF's catalogue and structure tree.
struct Structure {
    struct Bookmark {
        let level: Int
        let title: String
    }

    let lang: String
    let title: String
    let xmpTitle: String
    let pdfua: String
    let displayDocTitle: Bool
    let marked: Bool
    let headings: [Int]
    let tables: [[[String]]]
    let outline: [Bookmark]

    init(_ pdf: URL) throws {
        let script = PDFBatch.repository.appendingPathComponent("scripts/pdf_structure.py").path
        let result = try PDFTool.run("python3", [script, pdf.path])
        guard result.status == 0, let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] else {
            throw Unreadable(message: result.errors)
        }
        lang = json["lang"] as? String ?? ""
        title = json["title"] as? String ?? ""
        xmpTitle = json["xmpTitle"] as? String ?? ""
        pdfua = json["pdfua"] as? String ?? ""
        displayDocTitle = json["displayDocTitle"] as? Bool ?? false
        marked = json["marked"] as? Bool ?? false
        headings = json["headings"] as? [Int] ?? []
        tables = json["tables"] as? [[[String]]] ?? []
        outline = (json["outline"] as? [[Any]] ?? []).compactMap { pair in
            guard pair.count == 2, let level = pair[0] as? Int, let title = pair[1] as? String else { return nil }
            return Bookmark(level: level, title: title)
        }
    }

    struct Unreadable: Error, CustomStringConvertible {
        let message: String
        var description: String { "scripts/pdf_structure.py could not read the PDF: \(message)" }
    }
}

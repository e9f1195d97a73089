import DocumentModel
import Foundation
import Testing

/// The examples as pandoc's DOCX reader sees them: the same headings (text and level) and
/// the same tables with the same number of rows as the document tree.
@Suite struct PandocTests {
    @Test(arguments: ExampleFiles.all.map(\.id))
    func pandocFindsTheTreesHeadingsAndTables(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let pandoc = try Tool.require("pandoc", package: "pandoc")
        let result = try Tool.run(pandoc, ["-f", "docx", "-t", "json", example.file.path])
        try #require(result.status == 0, "pandoc failed: \(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [Any])
        var read = Reading()
        read.blocks(blocks)

        let headings = example.document.headings.map { "\($0.level) \(Self.collapsed($0.text.plainText))" }
        // The writer joins year spans with word joiners (U+2060), which are typography, not words.
        #expect(read.headings.map { $0.replacingOccurrences(of: "\u{2060}", with: "") } == headings)
        #expect(read.tableRows == Self.tableRows(example.document.blocks))
    }

    /// Header and body row counts of every table, nested ones after their table.
    static func tableRows(_ blocks: [Block]) -> [Int] {
        blocks.flatMap { block -> [Int] in
            switch block {
            case .table(let table):
                return [table.header.count + table.body.count]
                    + (table.header + table.body).flatMap { $0.cells.flatMap { tableRows($0.blocks) } }
            case .quote(let inner), .note(_, let inner): return tableRows(inner)
            case .bulletList(let items), .numberedList(let items): return items.flatMap { tableRows($0.blocks) }
            default: return []
            }
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A walk over pandoc's JSON AST, collecting headings and table row counts.
    struct Reading {
        var headings: [String] = []
        var tableRows: [Int] = []

        mutating func blocks(_ blocks: [Any]) {
            for case let block as [String: Any] in blocks { self.block(block) }
        }

        private mutating func block(_ block: [String: Any]) {
            let content = block["c"]
            switch block["t"] as? String {
            case "Header":
                guard let parts = content as? [Any], let level = parts[0] as? Int, let inlines = parts[2] as? [Any] else { return }
                headings.append("\(level) \(PandocTests.collapsed(Self.text(inlines)))")
            case "Table":
                // [attr, caption, colspecs, head, bodies, foot]; head = [attr, rows];
                // body = [attr, rowHeadColumns, headRows, bodyRows]; row = [attr, cells];
                // cell = [attr, alignment, rowSpan, colSpan, blocks].
                guard let parts = content as? [Any], let head = parts[3] as? [Any], let headRows = head[1] as? [Any],
                      let bodies = parts[4] as? [Any] else { return }
                var rows = headRows
                for case let body as [Any] in bodies {
                    rows += (body[2] as? [Any] ?? []) + (body[3] as? [Any] ?? [])
                }
                tableRows.append(rows.count)
                for case let row as [Any] in rows {
                    for case let cell as [Any] in (row[1] as? [Any] ?? []) { blocks(cell[4] as? [Any] ?? []) }
                }
            case "BlockQuote", "Div":
                if let inner = content as? [Any] { blocks(block["t"] as? String == "Div" ? (inner.last as? [Any] ?? []) : inner) }
            case "BulletList":
                for case let item as [Any] in (content as? [Any] ?? []) { blocks(item) }
            case "OrderedList":
                for case let item as [Any] in ((content as? [Any])?.last as? [Any] ?? []) { blocks(item) }
            default:
                break
            }
        }

        static func text(_ inlines: [Any]) -> String {
            inlines.map { item -> String in
                guard let inline = item as? [String: Any] else { return "" }
                switch inline["t"] as? String {
                case "Str": return inline["c"] as? String ?? ""
                case "Space", "SoftBreak", "LineBreak": return " "
                case "Emph", "Strong", "Underline", "SmallCaps", "Strikeout": return text(inline["c"] as? [Any] ?? [])
                case "Link", "Span", "Quoted":
                    // [attr, inlines, target], [attr, inlines], [quote type, inlines]
                    return text((inline["c"] as? [Any])?[1] as? [Any] ?? [])
                default: return ""
                }
            }.joined()
        }
    }
}

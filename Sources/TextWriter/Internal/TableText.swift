import Foundation
import DocumentModel

// A table as text: an aligned grid when every column fits unwrapped, else one record
// block per row with the column names as labels. Spanned cells are printed once.
struct TableText {
    let table: Table
    let width: Int
    let renderer: TextRenderer

    private var columnCount: Int { table.columns.count }

    func lines() -> [String] {
        let header = TableGrid(rows: table.header, columnCount: columnCount)
        let body = TableGrid(rows: table.body, columnCount: columnCount)
        let caption = table.caption.map { renderer.wrap($0) + [""] } ?? []
        if renderer.wraps, let natural = naturalWidths(header.slots + body.slots) {
            return caption + grid(header: header, body: body, widths: natural)
        }
        return caption + records(header: header, body: body)
    }

    // MARK: Grid

    private func unwrappedLines(_ cell: Cell) -> [String] {
        TextRenderer(width: TextRenderer.unlimited, wraps: false).lines(of: cell.blocks, first: "", rest: "", separated: false)
    }

    /// The widest unwrapped line per column, or nil as soon as the grid cannot fit.
    private func naturalWidths(_ rows: [[TableGrid.Slot]]) -> [Int]? {
        let frame = 3 * columnCount + 1
        var widths = Array(repeating: 1, count: columnCount)
        for row in rows {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan <= 1 else { continue }
                widths[column] = max(widths[column], unwrappedLines(cell).map(\.terminalWidth).max() ?? 0)
                if widths.reduce(frame, +) > width { return nil }
            }
        }
        return widths
    }

    private func grid(header: TableGrid, body: TableGrid, widths: [Int]) -> [String] {
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        let headerRule = rule.replacingOccurrences(of: "-", with: "=")
        var lines = [rule]
        for row in header.slots { lines += gridRow(row, widths: widths) }
        if !header.slots.isEmpty { lines.append(headerRule) }
        for row in body.slots { lines += gridRow(row, widths: widths) }
        lines.append(rule)
        return lines
    }

    private func gridRow(_ row: [TableGrid.Slot], widths: [Int]) -> [String] {
        let columns = row.map { slot -> [String] in
            if case .origin(let cell) = slot { return unwrappedLines(cell) }
            return []
        }
        let height = max(1, columns.map(\.count).max() ?? 1)
        return (0..<height).map { lineIndex in
            "| " + columns.enumerated().map { column, lines in
                Wrapper.pad(lineIndex < lines.count ? lines[lineIndex] : "", to: widths[column])
            }.joined(separator: " | ") + " |"
        }
    }

    // MARK: Records

    private func records(header: TableGrid, body: TableGrid) -> [String] {
        // Each value is labelled with the lowest header over its column ("Effekter", not
        // "Resultat Effekter"); a row that spans the whole table is a band without label.
        let labels = (0..<columnCount).map { column -> String in
            guard let row = header.slots.last else { return "" }
            let owner = (0...column).reversed().first { if case .origin = row[$0] { return true } else { return false } }
            guard let owner, case .origin(let cell) = row[owner] else { return "" }
            return renderer.plain(cell.blocks.inlines)
        }
        var lines: [String] = []
        for row in body.slots {
            var record: [String] = []
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot else { continue }
                let indent = column == 0 ? "" : "  "
                let isBand = cell.colSpan >= columnCount
                let label = labels[column].isEmpty || isBand ? "" : labels[column] + ":"
                let hanging = indent + "    "
                if cell.blocks.first.map(isList) ?? false {
                    // A list reads better starting on its own line under its label.
                    record.append(indent + label)
                    record += renderer.lines(of: cell.blocks, first: hanging, rest: hanging, separated: false)
                } else if cell.blocks.count > 1, cell.blocks.allSatisfy(isParagraph) {
                    // Several entries (follow-ups, times) each start with a dash of their own,
                    // so successive entries never run together.
                    record.append(indent + label)
                    record += renderer.lines(of: .bulletList(cell.blocks.map { ListItem([$0]) }), first: hanging, rest: hanging)
                } else {
                    record += renderer.lines(of: cell.blocks, first: indent + label + (label.isEmpty ? "" : " "),
                                             rest: hanging, separated: false)
                }
            }
            if !record.isEmpty {
                if !lines.isEmpty { lines.append("") }
                lines += record
            }
        }
        return lines
    }
}

private func isParagraph(_ block: Block) -> Bool {
    if case .paragraph = block { return true }
    return false
}

private func isList(_ block: Block) -> Bool {
    switch block {
    case .bulletList, .numberedList: return true
    default: return false
    }
}

private extension Array where Element == Block {
    var inlines: [Inline] {
        flatMap { block -> [Inline] in
            if case .paragraph(let inlines) = block { return inlines }
            return []
        }
    }
}

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
        if renderer.wraps, let natural = natural(header.slots + body.slots) {
            let headerLines = Array(natural.lines.prefix(header.slots.count))
            let bodyLines = Array(natural.lines.dropFirst(header.slots.count))
            if table.isLayout { return caption + layoutGrid(body: bodyLines, widths: natural.widths) }
            return caption + grid(header: headerLines, body: bodyLines, widths: natural.widths)
        }
        return caption + records(header: header, body: body)
    }

    // MARK: Grid

    /// The lines of each cell of a grid row, unwrapped; none for slots a cell spans into.
    private typealias RowLines = [[String]]

    private func unwrappedLines(_ cell: Cell) -> [String] {
        TextRenderer(width: TextRenderer.unlimited, wraps: false).lines(of: cell.blocks, first: "", rest: "", separated: false)
    }

    /// The widest unwrapped line per column, and each cell's lines to write in the grid;
    /// nil as soon as the grid cannot fit. Each cell is laid out once.
    private func natural(_ rows: [[TableGrid.Slot]]) -> (widths: [Int], lines: [RowLines])? {
        let frame = 3 * columnCount + 1
        var widths = Array(repeating: 1, count: columnCount)
        var lines = rows.map { Array(repeating: [String](), count: $0.count) }
        for (rowIndex, row) in rows.enumerated() {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan <= 1 else { continue }
                lines[rowIndex][column] = unwrappedLines(cell)
                widths[column] = max(widths[column], lines[rowIndex][column].map(\.terminalWidth).max() ?? 0)
                if widths.reduce(frame, +) > width { return nil }
            }
        }
        // A cell across columns (an activity's band) must fit the columns it spans.
        for (rowIndex, row) in rows.enumerated() {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan > 1 else { continue }
                let span = min(columnCount, column + cell.colSpan)
                let room = widths[column..<span].reduce(0, +) + 3 * (span - column - 1)
                lines[rowIndex][column] = unwrappedLines(cell)
                if (lines[rowIndex][column].map(\.terminalWidth).max() ?? 0) > room { return nil }
            }
        }
        return (widths, lines)
    }

    private func grid(header: [RowLines], body: [RowLines], widths: [Int]) -> [String] {
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        let headerRule = rule.replacingOccurrences(of: "-", with: "=")
        var lines = [rule]
        for row in header { lines += gridRow(row, widths: widths) }
        if !header.isEmpty { lines.append(headerRule) }
        for row in body { lines += gridRow(row, widths: widths) }
        lines.append(rule)
        return lines
    }

    /// A layout table (the signatures): the cells side by side without rules, a blank line
    /// above each row.
    private func layoutGrid(body: [RowLines], widths: [Int]) -> [String] {
        body.enumerated().flatMap { index, row in
            (index == 0 ? [] : [""]) + gridRow(row, widths: widths, ruled: false).map(\.trimmingTrailingSpaces)
        }
    }

    private func gridRow(_ columns: RowLines, widths: [Int], ruled: Bool = true) -> [String] {
        let height = max(1, columns.map(\.count).max() ?? 1)
        return (0..<height).map { lineIndex in
            let cells = columns.enumerated().map { column, lines in
                let alignment = column < table.columns.count ? table.columns[column].alignment : .start
                return Wrapper.pad(lineIndex < lines.count ? lines[lineIndex] : "", to: widths[column], alignment)
            }
            return ruled ? "| " + cells.joined(separator: " | ") + " |" : cells.joined(separator: "   ")
        }
    }

    // MARK: Records

    private func records(header: TableGrid, body: TableGrid) -> [String] {
        // Each value is labelled with the lowest header over its column ("Effekter", not
        // "Resultat Effekter"); a row that spans the whole table is a band (an activity's
        // name) labelled with the header cell that groups the columns ("Aktivitet"), if any.
        let bandLabel: String = {
            guard let row = header.slots.first, case .origin(let cell)? = row.first, cell.colSpan > 1 else { return "" }
            return renderer.plain(cell.blocks.inlines)
        }()
        let labels = (0..<columnCount).map { column -> String in
            guard let row = header.slots.last else { return "" }
            let owner = (0...column).reversed().first { if case .origin = row[$0] { return true } else { return false } }
            guard let owner, case .origin(let cell) = row[owner] else { return "" }
            return renderer.plain(cell.blocks.inlines)
        }
        var lines: [String] = []
        // The rows after a band belong to it and stand indented under it.
        var underBand = false
        for row in body.slots {
            var record: [String] = []
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot else { continue }
                let isBand = cell.colSpan >= columnCount
                let indent = (underBand && !isBand ? "  " : "") + (column == 0 ? "" : "  ")
                let name = isBand ? bandLabel : labels[column]
                let label = name.isEmpty ? "" : name + ":"
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
            if case .origin(let cell)? = row.first, cell.colSpan >= columnCount { underBand = true }
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

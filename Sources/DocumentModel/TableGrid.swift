/// A table's rows resolved onto its column grid, with spans expanded: what writers need
/// to place cells (DOCX continuation cells, text record blocks).
///
/// ```swift
/// let grid = TableGrid(rows: table.body, columnCount: table.columns.count)
/// for row in grid.slots {
///     for slot in row { if case .origin(let cell) = slot { print(cell.blocks) } }
/// }
/// ```
public struct TableGrid: Sendable, Hashable {
    /// What occupies one position of the grid.
    public enum Slot: Sendable, Hashable {
        /// The top-left position of a cell.
        case origin(Cell)
        /// Below the top of a cell that spans rows (its first column).
        case rowContinuation(Cell)
        /// Right of a cell's first column, in any of its rows.
        case columnContinuation
        /// Nothing: the row has fewer cells than the grid has columns.
        case empty
    }

    /// One array of `columnCount` slots per row.
    public let slots: [[Slot]]

    public init(rows: [Row], columnCount: Int) {
        var grid = Array(repeating: Array(repeating: Slot.empty, count: columnCount), count: rows.count)
        var taken = Array(repeating: Array(repeating: false, count: columnCount), count: rows.count)
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row.cells {
                while c < columnCount && taken[r][c] { c += 1 }
                guard c < columnCount else { break }
                let lastRow = min(rows.count, r + max(1, cell.rowSpan)) - 1
                let lastColumn = min(columnCount, c + max(1, cell.colSpan)) - 1
                for rr in r...lastRow {
                    for cc in c...lastColumn {
                        taken[rr][cc] = true
                        grid[rr][cc] = cc > c ? .columnContinuation : (rr == r ? .origin(cell) : .rowContinuation(cell))
                    }
                }
                c = lastColumn + 1
            }
        }
        slots = grid
    }
}

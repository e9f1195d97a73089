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
        Self.placeCells(of: rows, columnCount: columnCount) { row, column, lastRow, lastColumn, cell in
            for rr in row...lastRow {
                for cc in column...lastColumn {
                    grid[rr][cc] = cc > column ? .columnContinuation : (rr == row ? .origin(cell) : .rowContinuation(cell))
                }
            }
        }
        slots = grid
    }

    /// Places the cells of `rows` on a grid of `columnCount` columns as `slots` has them,
    /// without building it: for each cell that finds a free column, in reading order, its
    /// row, first column, and the last row and column it covers (spans cut at the grid's
    /// edges). The cells of a row after one that finds no free column are not placed.
    ///
    /// ```swift
    /// TableGrid.placeCells(of: table.body, columnCount: 3) { row, column, _, _, cell in print(row, column) }
    /// ```
    package static func placeCells(of rows: [Row], columnCount: Int,
                                   _ place: (_ row: Int, _ column: Int, _ lastRow: Int, _ lastColumn: Int, _ cell: Cell) -> Void) {
        // Per column, the last row a cell placed so far covers: a column is taken in every
        // row up to it, since cells are placed row by row.
        var takenThrough = Array(repeating: -1, count: columnCount)
        // By index, not by iterators: an iterator hands out a copy of each row and cell,
        // each a retain and a release, where a subscript lends the element.
        for r in rows.indices {
            var c = 0
            for index in rows[r].cells.indices {
                while c < columnCount && takenThrough[c] >= r { c += 1 }
                guard c < columnCount else { break }
                let lastRow = min(rows.count, r + max(1, rows[r].cells[index].rowSpan)) - 1
                let lastColumn = min(columnCount, c + max(1, rows[r].cells[index].colSpan)) - 1
                for cc in c...lastColumn { takenThrough[cc] = max(takenThrough[cc], lastRow) }
                place(r, c, lastRow, lastColumn, rows[r].cells[index])
                c = lastColumn + 1
            }
        }
    }
}

import DocumentModel

// The rows of a table being placed (`TableGrid.placeCells`), from the first not yet written
// to the last a placed cell reaches: the slots of each, as `TableGrid` has them (a later
// cell placed over an earlier one's slots wins), with a cell named by its index in its row.
// Rows are written and dropped as soon as the rows after them are placed, so a table costs
// the slots of the few rows its spans reach, not a grid of every row with its cells copied.
struct RowWindow {
    /// What occupies one column of a row: `TableGrid.Slot` without the cell itself.
    enum Slot: Equatable {
        /// The top-left position of the row's cell at this index of its cells.
        case origin(Int)
        case rowContinuation
        case columnContinuation
        case empty
    }

    let columnCount: Int
    /// The first row held: the next to be written.
    private(set) var first = 0
    /// `capacity` rows of `columnCount` slots; row `r` at `r % capacity`.
    private var slots: [Slot]
    private var capacity = 2

    private init(columnCount: Int) {
        self.columnCount = columnCount
        slots = Array(repeating: .empty, count: capacity * columnCount)
    }

    /// Places the cells of `rows` on `columnCount` columns and hands `write` each row in
    /// turn, at `first`, as soon as the row after it is placed too (so both are final),
    /// then drops it.
    static func stream(_ rows: [Row], columnCount: Int, _ write: (RowWindow) -> Void) {
        var window = RowWindow(columnCount: columnCount)
        var placing = -1
        var index = 0
        TableGrid.placeCells(of: rows, columnCount: columnCount) { row, column, lastRow, lastColumn, _ in
            // The rows before `row` are placed.
            while window.first + 1 < row {
                write(window)
                window.advance()
            }
            // A row's placed cells are its first ones, reported in order.
            if row != placing { (placing, index) = (row, 0) }
            window.place(row: row, column: column, lastRow: lastRow, lastColumn: lastColumn, index: index)
            index += 1
        }
        while window.first < rows.count {
            write(window)
            window.advance()
        }
    }

    /// The slot at `column` of `row` (from `first` on): empty where no cell placed so far reaches.
    subscript(row: Int, column: Int) -> Slot {
        row < first + capacity ? slots[offset(row) + column] : .empty
    }

    /// Places the cell at `index` of `row`'s cells over the rows and columns it covers, as
    /// `TableGrid.init` does with what `placeCells` reports.
    private mutating func place(row: Int, column: Int, lastRow: Int, lastColumn: Int, index: Int) {
        reserve(through: lastRow)
        for covered in row...lastRow {
            let base = offset(covered)
            slots[base + column] = covered == row ? .origin(index) : .rowContinuation
            for next in column + 1 ..< lastColumn + 1 { slots[base + next] = .columnContinuation }
        }
    }

    /// Drops the first row, written.
    private mutating func advance() {
        let base = offset(first)
        for column in 0..<columnCount { slots[base + column] = .empty }
        first += 1
    }

    /// The row's own cells, written where they start: each cell's index in the row's cells,
    /// its first column and how many columns it covers.
    func origins(of row: Int, _ body: (_ index: Int, _ column: Int, _ span: Int) -> Void) {
        for column in 0..<columnCount {
            guard case .origin(let index) = self[row, column] else { continue }
            body(index, column, span(of: row, from: column))
        }
    }

    /// How many columns the cell starting at `column` of `row` covers.
    func span(of row: Int, from column: Int) -> Int {
        var end = column + 1
        while end < columnCount, self[row, end] == .columnContinuation { end += 1 }
        return end - column
    }

    private func offset(_ row: Int) -> Int { row % capacity * columnCount }

    /// Makes room for the rows up to `row`, doubling: only spans make more than two rows held.
    private mutating func reserve(through row: Int) {
        guard row >= first + capacity else { return }
        var grown = capacity * 2
        while row >= first + grown { grown *= 2 }
        var moved = Array(repeating: Slot.empty, count: grown * columnCount)
        for held in first..<first + capacity {
            for column in 0..<columnCount { moved[held % grown * columnCount + column] = slots[offset(held) + column] }
        }
        slots = moved
        capacity = grown
    }
}

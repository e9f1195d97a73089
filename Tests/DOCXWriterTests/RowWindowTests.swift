@testable import DOCXWriter
import DocumentModel
import Testing

/// The rows the Word writer holds while it places a table's cells: the same slots as
/// `TableGrid`, row by row, also where spans overlap and cells find no column.
@Suite struct RowWindowTests {
    /// Tables of every shape the generator makes: up to 9 rows of up to 7 cells on up to 5
    /// columns, spans up to 4 rows and 3 columns (cut at the edges, overlapping, left off).
    static func tables() -> [(rows: [Row], columnCount: Int)] {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        return (0..<400).map { _ in
            let rows = (0..<next(9) + 1).map { _ in
                Row((0..<next(8)).map { _ in Cell("x", rowSpan: next(4) + 1, colSpan: next(3) + 1, isRowHeader: next(2) == 0) })
            }
            return (rows, next(5) + 1)
        }
    }

    /// The slot as the window has it: an origin by the cell's index in its row, found as
    /// the row's origins come, left to right, in the order of its cells.
    static func expected(_ grid: TableGrid, row: Int) -> [RowWindow.Slot] {
        var origins = 0
        return grid.slots[row].map { slot in
            switch slot {
            case .origin:
                origins += 1
                return .origin(origins - 1)
            case .rowContinuation: return .rowContinuation
            case .columnContinuation: return .columnContinuation
            case .empty: return .empty
            }
        }
    }

    @Test func eachRowWrittenHasTheGridsSlotsAndSoDoesTheRowAfterIt() {
        for (rows, columnCount) in Self.tables() {
            let grid = TableGrid(rows: rows, columnCount: columnCount)
            var written = 0
            RowWindow.stream(rows, columnCount: columnCount) { window in
                let row = window.first
                #expect(row == written)
                #expect((0..<columnCount).map { window[row, $0] } == Self.expected(grid, row: row))
                if row + 1 < rows.count {
                    #expect((0..<columnCount).map { window[row + 1, $0] } == Self.expected(grid, row: row + 1))
                }
                written += 1
            }
            #expect(written == rows.count)
        }
    }

    @Test func aCellsSpanAndTheRowsOwnCellsAreReadFromTheWindow() {
        let rows = [
            Row([Cell("a", rowSpan: 3, colSpan: 2), Cell("b", colSpan: 2)]),
            Row([Cell("c")]),
            Row([]),
        ]
        var seen: [[[Int]]] = []
        RowWindow.stream(rows, columnCount: 4) { window in
            var origins: [[Int]] = []
            window.origins(of: window.first) { index, column, span in origins.append([index, column, span]) }
            seen.append(origins)
            if window.first == 1 {
                #expect(window[1, 0] == .rowContinuation)
                #expect(window[1, 1] == .columnContinuation)
                #expect(window[1, 3] == .empty)
                #expect(window.span(of: 1, from: 0) == 2)
                // Far below anything placed: empty.
                #expect(window[40, 3] == .empty)
            }
        }
        #expect(seen == [[[0, 0, 2], [1, 2, 2]], [[0, 2, 1]], []])
    }
}

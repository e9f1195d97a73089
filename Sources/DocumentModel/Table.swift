/// A table with header rows, body rows, row and column spans and relative column widths.
///
/// Cells covered by a span are not repeated: a row after a cell with `rowSpan: 3` has one
/// cell fewer, as in HTML.
///
/// ```swift
/// let table = Table(
///     caption: "Aktiviteter för mål 1.1",
///     columns: [Column(width: 2), Column(width: 3)],
///     header: [Row([Cell("Aktivitet"), Cell("Delmål")])],
///     body: [
///         Row([Cell("ABC", rowSpan: 2, isRowHeader: true), Cell("Utbilda fler gruppledare")]),
///         Row([Cell("Nå ut till föräldrar")]),
///     ])
/// ```
public struct Table: Sendable, Hashable {
    public var caption: String?
    public var columns: [Column]
    public var header: [Row]
    public var body: [Row]
    /// The table only sets its cells side by side, as signatures are: no borders, no table
    /// semantics for assistive technology.
    public var isLayout: Bool

    public init(caption: String? = nil, columns: [Column], header: [Row], body: [Row], isLayout: Bool = false) {
        self.caption = caption
        self.columns = columns
        self.header = header
        self.body = body
        self.isLayout = isLayout
    }
}

/// A column's share of the table width, relative to the other columns, and how the text
/// of its cells lines up: numbers line up at the end.
///
/// ```swift
/// let columns = [Column(width: 3), Column(width: 1, alignment: .end)]   // name, MSEK
/// ```
public struct Column: Sendable, Hashable {
    public var width: Double
    public var alignment: Alignment

    public init(width: Double, alignment: Alignment = .start) {
        self.width = width
        self.alignment = alignment
    }
}

/// Where the text of a column's cells lines up, in the reading direction.
public enum Alignment: String, Sendable, Hashable {
    /// At the start of the line (left in Swedish): text.
    case start
    /// Centred: short marks such as ✓.
    case center
    /// At the end of the line (right in Swedish): numbers.
    case end
}

/// A table row.
public struct Row: Sendable, Hashable {
    public var cells: [Cell]

    public init(_ cells: [Cell]) { self.cells = cells }
}

/// A table cell: blocks, spans, and whether it heads its row.
public struct Cell: Sendable, Hashable {
    public var blocks: [Block]
    public var rowSpan: Int
    public var colSpan: Int
    /// The cell names its row (the activity), as `th scope="row"` does.
    public var isRowHeader: Bool

    public init(_ blocks: [Block], rowSpan: Int = 1, colSpan: Int = 1, isRowHeader: Bool = false) {
        self.blocks = blocks
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.isRowHeader = isRowHeader
    }

    /// A cell of one plain paragraph.
    public init(_ text: String, rowSpan: Int = 1, colSpan: Int = 1, isRowHeader: Bool = false) {
        self.init([.paragraph([.text(text)])], rowSpan: rowSpan, colSpan: colSpan, isRowHeader: isRowHeader)
    }
}

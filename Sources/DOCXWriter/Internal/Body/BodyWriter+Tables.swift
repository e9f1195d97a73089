import DocumentModel
import OOXML

// Tables: a caption above, header rows that repeat on every page, fixed column widths from
// the tree's relative widths, row spans as vertical merges and column spans as grid spans,
// and at least one paragraph in every cell. The caption and header rows keep with the
// first body row, a band with its rows, rows sharing a spanned cell with each other;
// a row splits across pages only when it is estimated taller than most of a page. Plan
// tables take the reference's table look (`TableLook`): its shading, borders and cell
// paragraph styles per kind of row.
extension BodyWriter {
    /// Cell margins left and right in the built-in table style, in twips.
    private static let cellPadding = 170
    /// A line of 9 pt table text with its spacing, and the width of an average character,
    /// in twips: enough to tell a row that fits on a page from one that cannot.
    private static let lineHeight = 260
    private static let characterWidth = 95

    func table(_ table: Table, context: BlockContext, previous: Block?) {
        let columnCount = max(1, table.columns.count)
        let widths = Self.columnWidths(table.columns, count: columnCount, total: context.textWidth)
        let caption = table.caption.map(TextHygiene.clean)
        if let caption, !caption.isEmpty, !Self.isHeading(previous, saying: caption) {
            var options = ParagraphOptions(style: styles[.caption])
            options.keepNext = true
            paragraph([.text(caption)], options)
        }
        xml.start("w:tbl")
        xml.element("w:tblPr") {
            xml.empty("w:tblStyle", "w:val", styles[table.isLayout ? .normalTable : .planTable])
            xml.empty("w:tblW", ["w:w": "5000", "w:type": "pct"])
            if table.isLayout { layoutTableBorders() } else { reference.tableLook.tableBorders?.write(to: xml) }
            xml.empty("w:tblLayout", ["w:type": "fixed"])
            if table.isLayout { layoutTableMargins() } else { reference.tableLook.cellMargins?.write(to: xml) }
            xml.empty("w:tblLook", ["w:firstRow": table.header.isEmpty ? "0" : "1", "w:lastRow": "0", "w:firstColumn": "0",
                                    "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"])
            if let caption, !caption.isEmpty { xml.empty("w:tblCaption", "w:val", caption) }
        }
        xml.element("w:tblGrid") {
            for width in widths { xml.empty("w:gridCol", "w:w", width) }
        }
        let alignments = table.columns.count == columnCount ? table.columns.map(\.alignment)
            : Array(repeating: Alignment.start, count: columnCount)
        let looks = table.isLayout ? [TableLook.Cells](repeating: .none, count: 3)
            : [reference.tableLook.body, reference.tableLook.header, reference.tableLook.band]
        let layout = RowLayout(widths: widths, alignments: alignments, isLayout: table.isLayout, looks: looks)
        rows(table.header, isHeader: true, layout, context: context)
        rows(table.body, isHeader: false, layout, context: context)
        xml.end()
        endsWithParagraph = false
    }

    /// What every row of a table shares: its columns' widths and alignments, whether it is a
    /// layout table, the looks of its rows and the cell properties written so far.
    private final class RowLayout {
        let widths: [Int]
        let alignments: [Alignment]
        let isLayout: Bool
        /// The look of body rows, header rows and bands (`CellPlace.lookIndex`).
        let looks: [TableLook.Cells]
        /// The `w:tcPr` of each kind of cell written, to copy into the next of its kind: by
        /// its first column and span, what it continues (`CellKind`) and its row's look. A
        /// table has few kinds, so they are looked through rather than hashed.
        @exclusivity(unchecked) var cellProperties: [(key: Int, markup: [UInt8]?)] = []

        init(widths: [Int], alignments: [Alignment], isLayout: Bool, looks: [TableLook.Cells]) {
            self.widths = widths
            self.alignments = alignments
            self.isLayout = isLayout
            self.looks = looks
        }
    }

    /// What a cell is: one that spans no rows, the top of one that does or its continuation
    /// in a row below, or an empty slot.
    private enum CellKind: Int {
        case plain, restart, continuation, empty
    }

    /// Writes the rows as their cells are placed: a row once the row after it is placed too,
    /// since whether it keeps with the next depends on that row.
    private func rows(_ rows: [Row], isHeader: Bool, _ layout: RowLayout, context: BlockContext) {
        // Whether a band runs from an earlier row on; whether the row to be written is a
        // band, once the row before it has looked (each row is looked at once).
        var inBand = false
        var nextIsBand: Bool?
        RowWindow.stream(rows, columnCount: layout.widths.count) { window in
            let index = window.first
            let hasNext = index + 1 < rows.count
            let isBand = !isHeader && (nextIsBand ?? Self.isBand(rows, window, row: index))
            let followingIsBand = !isHeader && hasNext && Self.isBand(rows, window, row: index + 1)
            nextIsBand = followingIsBand
            inBand = inBand || isBand
            // Header rows keep with the body. A band's rows stay with it up to the next band,
            // so no page starts with rows whose activity it does not show (unless the band
            // is taller than a page); rows sharing a spanned cell stay together.
            let keepNext = isHeader || hasNext && ((inBand && !followingIsBand) || Self.continues(window, into: index + 1))
            row(rows[index], window, isHeader: isHeader, isBand: isBand, keepNext: keepNext, layout, context: context)
        }
    }

    /// A layout table (the signatures) has no borders…
    private func layoutTableBorders() {
        xml.element("w:tblBorders") {
            for side: StaticString in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                xml.empty(side, "w:val", "nil")
            }
        }
    }

    /// …and leaves room above each cell, where a signature is written.
    private func layoutTableMargins() {
        xml.element("w:tblCellMar") {
            xml.empty("w:top", ["w:w": "680", "w:type": "dxa"])
            xml.empty("w:left", ["w:w": "0", "w:type": "dxa"])
            xml.empty("w:right", ["w:w": "340", "w:type": "dxa"])
        }
    }

    /// A row of one cell across the table that names its row: a band heading the rows
    /// after it, kept with the first of them.
    private static func isBand(_ rows: [Row], _ window: RowWindow, row: Int) -> Bool {
        guard case .origin(let index) = window[row, 0], window.span(of: row, from: 0) == window.columnCount else { return false }
        return rows[row].cells[index].isRowHeader
    }

    /// Whether a cell spanning rows goes on into `next`: rows sharing a cell stay together.
    private static func continues(_ window: RowWindow, into next: Int) -> Bool {
        (0..<window.columnCount).contains { window[next, $0] == .rowContinuation }
    }

    private func row(_ row: Row, _ window: RowWindow, isHeader: Bool, isBand: Bool, keepNext: Bool, _ layout: RowLayout,
                     context: BlockContext) {
        let widths = layout.widths
        let index = window.first
        xml.start("w:tr")
        // A row taller than a page must split, or the rest of it would be lost.
        if isHeader {
            xml.markup("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        } else if fitsOnPage(row, window, widths: widths) {
            xml.markup("<w:trPr><w:cantSplit/></w:trPr>")
        }
        let lookIndex = isHeader ? 1 : isBand ? 2 : 0
        var inner = context
        inner.inTable = true
        inner.cellStyle = layout.looks[lookIndex].paragraphStyle ?? styles[isHeader ? .tableHeading : .tableText]
        inner.keepNext = keepNext
        inner.listDepth = 0
        for column in 0..<widths.count {
            let slot = window[index, column]
            // Covered by the cell to its left, which is written with its span.
            if slot == .columnContinuation { continue }
            let span = window.span(of: index, from: column)
            let width = widths[column..<min(widths.count, column + span)].reduce(0, +)
            inner.textWidth = max(567, width - Self.cellPadding)
            // A cell spanning columns lines up as its first column.
            inner.alignment = layout.alignments[column]
            let place = CellPlace(column: column, span: span, width: width, lookIndex: lookIndex)
            switch slot {
            case .origin(let cellIndex):
                let cell = row.cells[cellIndex]
                self.cell(cell.rowSpan > 1 ? .restart : .plain, place, layout) {
                    for block in cell.blocks { write(block, context: inner) }
                    if cell.blocks.isEmpty || !endsWithParagraph { emptyParagraph(style: inner.cellStyle) }
                }
            case .rowContinuation:
                self.cell(.continuation, place, layout) { emptyParagraph(style: inner.cellStyle) }
            case .empty:
                self.cell(.empty, place, layout) { emptyParagraph(style: inner.cellStyle) }
            case .columnContinuation:
                break
            }
        }
        xml.end()
    }

    /// Where a cell stands in its row: its first grid column, how many it spans and their
    /// width, and the index of its row's look (`RowLayout.looks`: 1 header, 2 band, 0 other rows).
    private struct CellPlace {
        let column: Int
        let span: Int
        let width: Int
        let lookIndex: Int
    }

    /// A cell with its properties (`w:tcPr`), written once per kind of cell in the table and
    /// copied into the others, then `content`.
    private func cell(_ kind: CellKind, _ place: CellPlace, _ layout: RowLayout, _ content: () -> Void) {
        xml.start("w:tc")
        let count = layout.widths.count
        let key = ((place.column * (count + 1) + place.span) * 4 + kind.rawValue) * 3 + place.lookIndex
        let index = layout.cellProperties.firstIndex { $0.key == key } ?? {
            layout.cellProperties.append((key, nil))
            return layout.cellProperties.count - 1
        }()
        xml.repeating(&layout.cellProperties[index].markup) {
            xml.element("w:tcPr") {
                xml.start("w:tcW")
                xml.attribute("w:w", place.width)
                xml.attribute("w:type", "dxa")
                xml.end()
                // An empty slot is one column's cell.
                let span = kind == .empty ? 1 : place.span
                if span > 1 { xml.empty("w:gridSpan", "w:val", span) }
                switch kind {
                case .restart: xml.empty("w:vMerge", "w:val", "restart")
                case .continuation: xml.empty("w:vMerge", "w:val", "continue")
                case .plain, .empty: break
                }
                xml.markup(layout.looks[place.lookIndex].edgeMarkup(column: place.column, span: span, of: count))
            }
        }
        endsWithParagraph = false
        content()
        xml.end()
    }

    /// The columns' shares of `total` twips, summing exactly to it.
    static func columnWidths(_ columns: [Column], count: Int, total: Int) -> [Int] {
        let shares = columns.count == count ? columns.map { max(0.0001, $0.width) } : Array(repeating: 1.0, count: count)
        let sum = shares.reduce(0, +)
        var widths = shares.map { Int((Double(total) * $0 / sum).rounded(.down)) }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    private static func isHeading(_ block: Block?, saying text: String) -> Bool {
        guard case .heading(let heading)? = block else { return false }
        return heading.sanitised().text.plainText == text
    }

    /// Whether the row's own cells (not those spanning further rows) are estimated to fit in
    /// three quarters of the page's text height.
    private func fitsOnPage(_ row: Row, _ window: RowWindow, widths: [Int]) -> Bool {
        func tallest(counting count: ([Inline]) -> Int) -> Int {
            var tallest = 0
            window.origins(of: window.first) { index, column, span in
                let cell = row.cells[index]
                guard cell.rowSpan <= 1 else { return }
                let width = widths[column..<min(widths.count, column + span)].reduce(0, +)
                let perLine = max(8, (width - Self.cellPadding) / Self.characterWidth)
                tallest = max(tallest, Self.lines(cell.blocks, perLine: perLine, counting: count) * Self.lineHeight)
            }
            return tallest
        }
        let limit = page.textHeight * 3 / 4
        // A text has at least as many UTF-8 bytes as characters, and more characters never
        // make fewer lines: a row that fits counted by bytes (known without reading them)
        // fits counted by characters. Only rows that might not are counted exactly.
        return tallest(counting: Self.byteCount) < limit || tallest(counting: Self.characterCount) < limit
    }

    /// How many UTF-8 bytes the words of `inlines` have: at least `characterCount(inlines)`,
    /// since cleaning only removes scalars or makes a CR a line feed.
    private static func byteCount(_ inlines: [Inline]) -> Int {
        inlines.reduce(0) { total, inline in
            switch inline {
            case .text(let text): total + text.utf8.count
            case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner):
                total + byteCount(inner)
            }
        }
    }

    /// How many characters the words of `inlines` have as they are written: each text
    /// cleaned (`TextHygiene.clean`, as the writer's `TextBytes` cleans it), then all joined,
    /// counted in their bytes while every scalar is below U+0300 (no two such scalars make
    /// one character but CR LF, so the count is String's), else by String itself.
    static func characterCount(_ inlines: [Inline]) -> Int {
        var counter = CharacterCounter()
        func add(_ inlines: [Inline]) -> Bool {
            for inline in inlines {
                switch inline {
                case .text(let text): guard counter.add(TextHygiene.clean(text)) else { return false }
                case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner):
                    guard add(inner) else { return false }
                }
            }
            return true
        }
        if add(inlines) { return counter.count }
        var written = ""
        func join(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let text): written += TextHygiene.clean(text)
                case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner): join(inner)
                }
            }
        }
        join(inlines)
        return written.count
    }

    /// Counts characters over the bytes of texts that follow each other, as if joined.
    private struct CharacterCounter {
        var count = 0
        private var previous: UInt8 = 0

        /// Adds `text`, or returns false at a scalar from U+0300 on (CC 80, the first
        /// combining mark), which only String's count gets right.
        mutating func add(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                for byte in bytes {
                    if byte >= 0xCC { return false }
                    if byte & 0xC0 != 0x80 && !(byte == 0x0A && previous == 0x0D) { count += 1 }
                    previous = byte
                }
                return true
            }
        }
    }

    private static func lines(_ blocks: [Block], perLine: Int, counting count: ([Inline]) -> Int) -> Int {
        blocks.reduce(0) { total, block in
            switch block {
            case .paragraph(let inlines):
                return total + max(1, (count(inlines) + perLine - 1) / perLine)
            case .heading(let heading):
                return total + max(1, (count(heading.text) + perLine - 1) / perLine)
            case .bulletList(let items), .numberedList(let items):
                return total + items.reduce(0) { $0 + lines($1.blocks, perLine: max(8, perLine - 4), counting: count) }
            case .quote(let inner), .note(_, let inner):
                return total + lines(inner, perLine: perLine, counting: count)
            case .table(let table):
                return total + (table.header + table.body).reduce(0) { sum, row in
                    let perCell = max(8, perLine / max(1, row.cells.count))
                    return sum + (row.cells.map { lines($0.blocks, perLine: perCell, counting: count) }.max() ?? 1)
                }
            case .figure:
                return total + ChartGeometry.heightInLines
            case .pageBreak, .sectionBreak:
                return total
            }
        }
    }
}

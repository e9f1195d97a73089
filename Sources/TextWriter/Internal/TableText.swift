import DocumentModel

// A table as text: an aligned grid when every column fits unwrapped, else one record
// block per row with the column names as labels. Spanned cells are printed once.
struct TableText {
    let table: Table
    let width: Int
    let renderer: TextRenderer

    private var columnCount: Int { table.columns.count }

    func write(to output: inout TextOutput) {
        let header = TableGrid(rows: table.header, columnCount: columnCount)
        let body = TableGrid(rows: table.body, columnCount: columnCount)
        if let caption = table.caption {
            renderer.wrap(caption, to: &output)
            output.line("")
        }
        if renderer.wraps, let natural = natural(header.slots + body.slots) {
            let headerRows = natural.rows.prefix(header.slots.count)
            let bodyRows = natural.rows.dropFirst(header.slots.count)
            if table.isLayout {
                layoutGrid(body: bodyRows, natural, to: &output)
            } else {
                grid(header: headerRows, body: bodyRows, natural, to: &output)
            }
            return
        }
        records(header: header, body: body, to: &output)
    }

    // MARK: Grid

    /// The cells of a grid laid out unwrapped, each once: their lines in one buffer.
    private struct Natural {
        /// Every cell's lines, one after the other.
        var cells = TextOutput()
        /// Each line of `cells`: where it starts and ends, and its width.
        var lines: [(start: Int, end: Int, width: Int)] = []
        /// Per grid row and column, the cell's lines in `lines`; none for slots a cell spans into.
        var rows: [[Range<Int>]]
        /// The widest line per column.
        var widths: [Int]

        /// Lays the cell out into `cells`, and gives its lines and the widest of them.
        mutating func add(_ cell: Cell) -> (lines: Range<Int>, widest: Int) {
            let first = lines.count
            let mark = cells.mark
            TextRenderer(width: TextRenderer.unlimited, wraps: false)
                .write(cell.blocks, first: "", rest: "", separated: false, to: &cells)
            var widest = 0
            cells.bytes.withUnsafeBufferPointer { bytes in
                for line in cells.lines(since: mark) {
                    let width = TextOutput.columns(UnsafeBufferPointer(rebasing: bytes[line]))
                    lines.append((line.lowerBound, line.upperBound, width))
                    widest = max(widest, width)
                }
            }
            return (first..<lines.count, widest)
        }
    }

    /// The widest unwrapped line per column, and each cell's lines to write in the grid;
    /// nil as soon as the grid cannot fit. Each cell is laid out once.
    private func natural(_ rows: [[TableGrid.Slot]]) -> Natural? {
        let frame = 3 * columnCount + 1
        var natural = Natural(rows: rows.map { Array(repeating: 0..<0, count: $0.count) },
                              widths: Array(repeating: 1, count: columnCount))
        for (rowIndex, row) in rows.enumerated() {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan <= 1 else { continue }
                let (lines, widest) = natural.add(cell)
                natural.rows[rowIndex][column] = lines
                natural.widths[column] = max(natural.widths[column], widest)
                if natural.widths.reduce(frame, +) > width { return nil }
            }
        }
        // A cell across columns (an activity's band) must fit the columns it spans.
        for (rowIndex, row) in rows.enumerated() {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan > 1 else { continue }
                let span = min(columnCount, column + cell.colSpan)
                let room = natural.widths[column..<span].reduce(0, +) + 3 * (span - column - 1)
                let (lines, widest) = natural.add(cell)
                natural.rows[rowIndex][column] = lines
                if widest > room { return nil }
            }
        }
        return natural
    }

    private func grid(header: ArraySlice<[Range<Int>]>, body: ArraySlice<[Range<Int>]>, _ natural: Natural,
                      to output: inout TextOutput) {
        func rule(_ dash: UInt8) {
            output.startLine()
            output.append(UInt8(ascii: "+"), count: 1)
            for width in natural.widths {
                output.append(dash, count: width + 2)
                output.append(UInt8(ascii: "+"), count: 1)
            }
            output.endLine(trim: false)
        }
        rule(UInt8(ascii: "-"))
        for row in header { gridRow(row, natural, ruled: true, to: &output) }
        if !header.isEmpty { rule(UInt8(ascii: "=")) }
        for row in body { gridRow(row, natural, ruled: true, to: &output) }
        rule(UInt8(ascii: "-"))
    }

    /// A layout table (the signatures): the cells side by side without rules, a blank line
    /// above each row.
    private func layoutGrid(body: ArraySlice<[Range<Int>]>, _ natural: Natural, to output: inout TextOutput) {
        for (index, row) in body.enumerated() {
            if index > 0 { output.line("") }
            gridRow(row, natural, ruled: false, to: &output)
        }
    }

    private func gridRow(_ columns: [Range<Int>], _ natural: Natural, ruled: Bool, to output: inout TextOutput) {
        let height = max(1, columns.map(\.count).max() ?? 1)
        natural.cells.bytes.withUnsafeBufferPointer { cells in
            for lineIndex in 0..<height {
                output.startLine(ruled ? "| " : "")
                for (column, lines) in columns.enumerated() {
                    if column > 0 { output.append(ruled ? " | ".utf8 : "   ".utf8) }
                    let alignment = column < table.columns.count ? table.columns[column].alignment : .start
                    let line = lineIndex < lines.count ? natural.lines[lines.lowerBound + lineIndex] : (start: 0, end: 0, width: 0)
                    let room = max(0, natural.widths[column] - line.width)
                    let before = alignment == .end ? room : alignment == .center ? room / 2 : 0
                    output.append(UInt8(ascii: " "), count: before)
                    output.append(UnsafeBufferPointer(rebasing: cells[line.start..<line.end]))
                    output.append(UInt8(ascii: " "), count: room - before)
                }
                if ruled { output.append(" |".utf8) }
                output.endLine(trim: !ruled)
            }
        }
    }

    // MARK: Records

    private func records(header: TableGrid, body: TableGrid, to output: inout TextOutput) {
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
        var wroteRecord = false
        // The rows after a band belong to it and stand indented under it.
        var underBand = false
        for row in body.slots {
            let mark = output.mark
            if wroteRecord { output.line("") }
            let record = output.mark
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot else { continue }
                let isBand = cell.colSpan >= columnCount
                let indent = (underBand && !isBand ? "  " : "") + (column == 0 ? "" : "  ")
                let name = isBand ? bandLabel : labels[column]
                let label = name.isEmpty ? "" : name + ":"
                let hanging = indent + "    "
                if cell.blocks.first.map(\.isList) ?? false {
                    // A list reads better starting on its own line under its label.
                    output.line(indent + label, trim: false)
                    renderer.write(cell.blocks, first: hanging, rest: hanging, separated: false, to: &output)
                } else if cell.blocks.count > 1, cell.blocks.allSatisfy(\.isParagraph) {
                    // Several entries (follow-ups, times) each start with a dash of their own,
                    // so successive entries never run together.
                    output.line(indent + label, trim: false)
                    renderer.write(.bulletList(cell.blocks.map { ListItem([$0]) }), first: hanging, rest: hanging, to: &output)
                } else {
                    renderer.write(cell.blocks, first: indent + label + (label.isEmpty ? "" : " "), rest: hanging,
                                   separated: false, to: &output)
                }
            }
            if output.mark == record {
                output.truncate(to: mark)
            } else {
                wroteRecord = true
            }
            if case .origin(let cell)? = row.first, cell.colSpan >= columnCount { underBand = true }
        }
    }
}

private extension Block {
    var isParagraph: Bool {
        switch self {
        case .paragraph: return true
        case .heading, .bulletList, .numberedList, .table, .quote, .note, .figure, .pageBreak, .sectionBreak: return false
        }
    }

    var isList: Bool {
        switch self {
        case .bulletList, .numberedList: return true
        case .heading, .paragraph, .table, .quote, .note, .figure, .pageBreak, .sectionBreak: return false
        }
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

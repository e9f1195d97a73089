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
            renderer.wrap(caption, .clean, to: &output)
            output.line()
        }
        if renderer.wraps, let natural = natural(header.slots + body.slots) {
            if table.isLayout {
                layoutGrid(rows: header.slots.count..<natural.rowCount, natural, to: &output)
            } else {
                grid(headerRows: header.slots.count, natural, to: &output)
            }
            return
        }
        records(header: header, body: body, to: &output)
    }

    // MARK: Grid

    /// The cells of a grid laid out unwrapped, each once: their lines in one buffer.
    private struct Natural: ~Copyable {
        /// Every cell's lines, one after the other.
        var cells = TextOutput(capacity: 1024)
        /// Each line of `cells`: where it starts and ends, and its width.
        var lines: [(start: Int, end: Int, width: Int)] = []
        /// Per grid row, per column, the cell's lines in `lines`; none for slots a cell spans into.
        var slots: [Range<Int>]
        let rowCount: Int
        let columnCount: Int
        /// The widest line per column.
        var widths: [Int]

        /// Lays the cells out: unwrapped, and without the headings cross-references point to.
        let renderer: TextRenderer

        init(rowCount: Int, columnCount: Int, addresses: LinkAddresses) {
            renderer = TextRenderer(width: TextRenderer.unlimited, wraps: false, addresses: addresses)
            slots = Array(repeating: 0..<0, count: rowCount * columnCount)
            self.rowCount = rowCount
            self.columnCount = columnCount
            widths = Array(repeating: 1, count: columnCount)
        }

        /// Lays the cell out into `cells` as the lines of its slot; the widest of them.
        mutating func add(_ cell: Cell, row: Int, column: Int) -> Int {
            let first = lines.count
            let mark = cells.mark
            renderer.write(cell.blocks, first: .none, rest: .none, separated: false, to: &cells)
            var widest = 0
            for line in cells.lines(since: mark) {
                let width = TextOutput.columns(cells.bytes.bytes(line))
                lines.append((line.lowerBound, line.upperBound, width))
                widest = max(widest, width)
            }
            slots[row * columnCount + column] = first..<lines.count
            return widest
        }
    }

    /// The widest unwrapped line per column, and each cell's lines to write in the grid;
    /// nil as soon as the grid cannot fit. Each cell is laid out once.
    private func natural(_ rows: [[TableGrid.Slot]]) -> Natural? {
        let frame = 3 * columnCount + 1
        var natural = Natural(rowCount: rows.count, columnCount: columnCount, addresses: renderer.addresses)
        var total = frame + columnCount
        for (rowIndex, row) in rows.enumerated() {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan <= 1 else { continue }
                let widest = natural.add(cell, row: rowIndex, column: column)
                if widest > natural.widths[column] {
                    total += widest - natural.widths[column]
                    natural.widths[column] = widest
                }
                if total > width { return nil }
            }
        }
        // A cell across columns (an activity's band) must fit the columns it spans.
        for (rowIndex, row) in rows.enumerated() {
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot, cell.colSpan > 1 else { continue }
                let span = min(columnCount, column + cell.colSpan)
                let room = natural.widths[column..<span].reduce(0, +) + 3 * (span - column - 1)
                if natural.add(cell, row: rowIndex, column: column) > room { return nil }
            }
        }
        return natural
    }

    private func grid(headerRows: Int, _ natural: borrowing Natural, to output: inout TextOutput) {
        rule(UInt8(ascii: "-"), natural, to: &output)
        for row in 0..<headerRows { gridRow(row, natural, ruled: true, to: &output) }
        if headerRows > 0 { rule(UInt8(ascii: "="), natural, to: &output) }
        for row in headerRows..<natural.rowCount { gridRow(row, natural, ruled: true, to: &output) }
        rule(UInt8(ascii: "-"), natural, to: &output)
    }

    private func rule(_ dash: UInt8, _ natural: borrowing Natural, to output: inout TextOutput) {
        output.startLine()
        output.append(UInt8(ascii: "+"), count: 1)
        for width in natural.widths {
            output.append(dash, count: width + 2)
            output.append(UInt8(ascii: "+"), count: 1)
        }
        output.endLine(trim: false)
    }

    /// A layout table (the signatures): the cells side by side without rules, a blank line
    /// above each row.
    private func layoutGrid(rows: Range<Int>, _ natural: borrowing Natural, to output: inout TextOutput) {
        for row in rows {
            if row > rows.lowerBound { output.line() }
            gridRow(row, natural, ruled: false, to: &output)
        }
    }

    private func gridRow(_ row: Int, _ natural: borrowing Natural, ruled: Bool, to output: inout TextOutput) {
        let slots = natural.slots[row * columnCount..<(row + 1) * columnCount]
        let height = max(1, slots.map(\.count).max() ?? 1)
        let cells = natural.cells.bytes.bytes
        for lineIndex in 0..<height {
            output.startLine()
            if ruled { output.append("| ") }
            for (column, lines) in slots.enumerated() {
                if column > 0 { output.append(ruled ? " | " : "   ") }
                let alignment = table.columns[column].alignment
                let line = lineIndex < lines.count ? natural.lines[lines.lowerBound + lineIndex] : (start: 0, end: 0, width: 0)
                let room = max(0, natural.widths[column] - line.width)
                let before = alignment == .end ? room : alignment == .center ? room / 2 : 0
                output.append(UInt8(ascii: " "), count: before)
                output.append(UnsafeBufferPointer(rebasing: cells[line.start..<line.end]))
                output.append(UInt8(ascii: " "), count: room - before)
            }
            if ruled { output.append(" |") }
            output.endLine(trim: !ruled)
        }
    }

    // MARK: Records

    private func records(header: TableGrid, body: TableGrid, to output: inout TextOutput) {
        let leads = output.leadMark
        defer { output.dropLeads(to: leads) }
        // Each value is labelled with the lowest header over its column ("Effekter", not
        // "Resultat Effekter"); a row that spans the whole table is a band (an activity's
        // name) labelled with the header cell that groups the columns ("Aktivitet"), if any.
        var bandLabel = Lead.none
        if let row = header.slots.first, case .origin(let cell)? = row.first, cell.colSpan > 1 {
            bandLabel = label(cell, to: &output)
        }
        var labels: [Lead] = []
        labels.reserveCapacity(columnCount)
        for column in 0..<columnCount {
            guard let row = header.slots.last,
                  let owner = (0...column).reversed().first(where: { if case .origin = row[$0] { true } else { false } }),
                  case .origin(let cell) = row[owner] else {
                labels.append(.none)
                continue
            }
            labels.append(label(cell, to: &output))
        }
        var wroteRecord = false
        // The rows after a band belong to it and stand indented under it.
        var underBand = false
        for row in body.slots {
            let mark = output.mark
            if wroteRecord { output.line() }
            let record = output.mark
            for (column, slot) in row.enumerated() {
                guard case .origin(let cell) = slot else { continue }
                let cellLeads = output.leadMark
                let isBand = cell.colSpan >= columnCount
                let indent = (underBand && !isBand ? 2 : 0) + (column == 0 ? 0 : 2)
                let name = isBand ? bandLabel : labels[column]
                let start = output.beginLead()
                output.addToLead(spaces: indent)
                if !name.isEmpty {
                    output.addToLead(name)
                    output.addToLead(":")
                }
                let labelled = output.finishLead(from: start)
                let hanging = output.lead(.none, spaces: indent + 4)
                if cell.blocks.first.map(\.isList) ?? false {
                    // A list reads better starting on its own line under its label.
                    output.line(labelled, trim: false)
                    renderer.write(cell.blocks, first: hanging, rest: hanging, separated: false, to: &output)
                } else if cell.blocks.count > 1, cell.blocks.allSatisfy(\.isParagraph) {
                    // Several entries (follow-ups, times) each start with a dash of their own,
                    // so successive entries never run together.
                    output.line(labelled, trim: false)
                    renderer.list(cell.blocks.indices.lazy.map { cell.blocks[$0...$0] }, numbered: false,
                                  first: hanging, rest: hanging, to: &output)
                } else {
                    renderer.write(cell.blocks, first: name.isEmpty ? labelled : output.lead(labelled, " "), rest: hanging,
                                   separated: false, to: &output)
                }
                output.dropLeads(to: cellLeads)
            }
            if output.mark == record {
                output.truncate(to: mark)
            } else {
                wroteRecord = true
            }
            if case .origin(let cell)? = row.first, cell.colSpan >= columnCount { underBand = true }
        }
    }

    /// A header cell's words, as a lead to label values with.
    private func label(_ cell: Cell, to output: inout TextOutput) -> Lead {
        output.clearText()
        for block in cell.blocks {
            if case .paragraph(let inlines) = block { renderer.plain(inlines, insideLink: false, .withoutSoftHyphens, to: &output) }
        }
        let start = output.beginLead()
        output.addTextToLead()
        return output.finishLead(from: start)
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

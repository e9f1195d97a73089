import DocumentModel

// A table in its own labelled, focusable region. Header rows go in `thead` with column
// scope; a body cell that names its row is a `th` with row scope, spanning the rows the
// document says.
//
// Reflow (WCAG 1.4.10): where the table is too narrow for its columns, the stylesheet
// shows each body row as a card, each cell on its own line under its column's name, so
// nothing scrolls sideways at 320 px. The name comes from `data-label`, the lowest header
// cell over the cell's column, shown by CSS generated content. The markup stays one real
// `table`, so there is no second copy to keep in step and nothing hidden from anyone.
// Relationships (WCAG 1.3.1): changing a table's `display` makes some browsers drop its
// table semantics, so every element also says its role explicitly (`table`, `row`,
// `columnheader`, `rowheader`, `cell`); browsers then keep the table, its headers and
// each cell's header association for assistive technology in both layouts.
struct TableRenderer {
    let table: Table
    /// The table belongs on a landscape page when printed.
    let landscape: Bool

    /// The table in its region at `depth`, on the line `line` levels indented, or where
    /// the output stands when nil.
    func write(to body: inout BodyRenderer, depth: Int, line: Int?) {
        // A table without caption or header (the signatures) is no region of its own.
        let label = self.label
        let named = !label.isEmpty
        body.output.startTag("div", line: line)
        body.output.attribute("class", landscape ? "tabell liggande" : "tabell")
        body.output.attribute("role", named ? "region" : nil)
        body.output.attribute("aria-label", named ? label : nil)
        body.output.attribute("tabindex", named ? "0" : nil)
        body.output.endTag()
        body.output.startTag("table", line: depth + 1)
        body.output.attribute("class", "kolumner-\(table.columns.count)" + (table.isLayout ? " uppstallning" : ""))
        body.output.attribute("role", table.isLayout ? "presentation" : "table")
        body.output.endTag()
        let parts = depth + 2
        if let caption = table.caption {
            body.output.open("caption", line: parts)
            body.output.text(caption, figureSpans: true)
            body.output.close("caption")
        }
        if !table.columns.isEmpty {
            body.output.open("colgroup", line: parts)
            for widthClass in widthClasses {
                body.output.startTag("col", line: parts + 1)
                body.output.attribute("class", literal: widthClass)
                body.output.endTag()
            }
            body.output.lineBreak(indent: parts)
            body.output.close("colgroup")
        }
        if !table.header.isEmpty {
            body.output.open("thead", line: parts)
            writeRows(table.header, to: &body, depth: parts) { body, cell, alignment, _ in
                write(cell, name: "th", scope: cell.colSpan > 1 ? "colgroup" : "col", role: "columnheader", label: nil,
                      alignment: alignment, to: &body, depth: parts + 2)
            }
            body.output.close("thead")
        }
        // Each column's label escaped once, for every cell of the column.
        let labels = columnLabels.map { $0.map(HTMLOutput.attributeValue) }
        body.output.open("tbody", line: parts)
        writeRows(table.body, to: &body, depth: parts) { body, cell, alignment, column in
            let label = cell.colSpan >= table.columns.count ? nil : labels[column]
            if cell.isRowHeader {
                write(cell, name: "th", scope: "row", role: "rowheader", label: label, alignment: alignment, to: &body, depth: parts + 2)
            } else {
                write(cell, name: "td", scope: nil, role: "cell", label: label, alignment: alignment, to: &body, depth: parts + 2)
            }
        }
        body.output.close("tbody")
        body.output.lineBreak(indent: depth + 1)
        body.output.close("table")
        body.output.lineBreak(indent: depth)
        body.output.close("div")
    }

    /// Each column's share of the width as a class, `bredd-5` … `bredd-95` in steps of
    /// five per cent, which the stylesheet turns into widths: the layout's proportions
    /// without inline styles. Columns round up to the next step, so none gets narrower
    /// than the layout made it (its longest word), and what that adds over the whole width
    /// is given back one step at a time by the widest columns, which hold running text.
    private var widthClasses: [StaticString] {
        let total = table.columns.map(\.width).reduce(0, +)
        let steps = table.columns.map { total > 0 ? $0.width / total * 20 : 20 / Double(table.columns.count) }
        var rounded = steps.map { max(1, Int(($0 - 0.01).rounded(.up))) }
        while rounded.reduce(0, +) > 20,
              let widest = rounded.indices.filter({ rounded[$0] > 1 }).max(by: { (rounded[$0], steps[$0]) < (rounded[$1], steps[$1]) }) {
            rounded[widest] -= 1
        }
        if let widest = steps.indices.max(by: { steps[$0] < steps[$1] }), rounded.reduce(0, +) < 20 {
            rounded[widest] += 20 - rounded.reduce(0, +)
        }
        return rounded.map { Self.widthClassNames[min(19, $0) - 1] }
    }

    /// `bredd-5` … `bredd-95`, written out: a class name is then no new string per column.
    private static let widthClassNames: [StaticString] = [
        "bredd-5", "bredd-10", "bredd-15", "bredd-20", "bredd-25", "bredd-30", "bredd-35", "bredd-40", "bredd-45",
        "bredd-50", "bredd-55", "bredd-60", "bredd-65", "bredd-70", "bredd-75", "bredd-80", "bredd-85", "bredd-90",
        "bredd-95",
    ]

    /// The region's name: the caption, or else the column headings.
    private var label: String {
        if let caption = table.caption.map(TextHygiene.clean), !caption.isEmpty { return caption }
        return table.header.first?.cells.map(\.blocks.cleanPlainText).joined(separator: ", ") ?? ""
    }

    /// Each column's name for the cards of a narrow screen: the lowest header cell over
    /// it ("Effekter", not "Resultat Effekter") in the header's grid; nil where the table has
    /// no header. Only the grid's last row is made, as `TableGrid` fills it: a cell that
    /// reaches it holds its first column (origin or row continuation) and leaves the columns
    /// it spans further empty, so a column's name is the nearest held column's at or before it.
    private var columnLabels: [String?] {
        let count = table.columns.count
        var lastRow = [Cell?](repeating: nil, count: count)
        let last = table.header.count - 1
        TableGrid.placeCells(of: table.header, columnCount: count) { _, column, lastRowCovered, lastColumn, cell in
            guard lastRowCovered == last else { return }
            for index in column...lastColumn { lastRow[index] = index > column ? nil : cell }
        }
        // Each held cell's name made once, for it and the columns it leaves empty.
        var label: String?
        return lastRow.map { cell in
            if let cell {
                let text = cell.blocks.cleanPlainText
                label = text.isEmpty ? nil : text
            }
            return label
        }
    }

    /// The rows as `tr` elements in a `thead` or `tbody` at `depth`, up to the group's
    /// closing tag, placed as `TableGrid` places them; each cell gets the alignment and the
    /// index of the column it starts in (a cell left off the grid: the last column's index, aligned at the start).
    private func writeRows(_ rows: [Row], to body: inout BodyRenderer, depth: Int,
                           _ cell: (inout BodyRenderer, Cell, Alignment, Int) -> Void) {
        let count = table.columns.count
        // The placed cells' first columns, row after row, and how many of each row's cells are placed.
        var columns: [Int] = []
        columns.reserveCapacity(rows.count * count)
        var placed = Array(repeating: 0, count: rows.count)
        TableGrid.placeCells(of: rows, columnCount: count) { row, column, _, _, _ in
            columns.append(column)
            placed[row] += 1
        }
        let mark = body.output.mark
        var first = 0
        for (number, row) in rows.enumerated() {
            body.output.startTag("tr", line: depth + 1)
            body.output.attribute("role", literal: table.isLayout ? nil : "row")
            body.output.endTag()
            let cells = body.output.mark
            for (index, item) in row.cells.enumerated() {
                guard index < placed[number] else {
                    cell(&body, item, .start, count - 1)
                    continue
                }
                let column = columns[first + index]
                cell(&body, item, table.columns[column].alignment, column)
            }
            first += placed[number]
            body.output.closeBlock("tr", indent: depth + 1, mark: cells)
        }
        if body.output.mark > mark { body.output.lineBreak(indent: depth) }
    }

    /// A layout table (the signatures) has no table roles: it presents, it does not relate.
    private func write(_ cell: Cell, name: StaticString, scope: StaticString?, role: StaticString, label: [UInt8]?,
                       alignment: Alignment, to body: inout BodyRenderer, depth: Int) {
        body.output.startTag(name, line: depth)
        body.output.attribute("class", literal: Self.alignmentClass(alignment))
        body.output.attribute("scope", literal: table.isLayout ? nil : scope)
        body.output.attribute("role", literal: table.isLayout ? nil : role)
        body.output.attribute("data-label", escaped: label)
        body.output.attribute("rowspan", cell.rowSpan > 1 ? String(cell.rowSpan) : nil)
        body.output.attribute("colspan", cell.colSpan > 1 ? String(cell.colSpan) : nil)
        body.output.endTag()
        body.writeContent(cell.blocks, closing: name, depth: depth)
    }

    /// The stylesheet's class for a column's alignment: numbers line up at the end.
    private static func alignmentClass(_ alignment: Alignment) -> StaticString? {
        switch alignment {
        case .start: return nil
        case .center: return "justera-mitten"
        case .end: return "justera-slut"
        }
    }
}

extension Array where Element == Block {
    /// The words of the blocks as the sanitised document has them, for labels: the
    /// blocks' own when none needs cleaning (cleaning works text by text).
    var cleanPlainText: String {
        let text = plainText
        return TextHygiene.needsCleaning(text) ? sanitised().plainText : text
    }

    /// The words of the blocks, for labels.
    var plainText: String {
        // One block (a header cell's paragraph) is its own words: no array, no joined copy.
        count == 1 ? Self.plainText(of: self[0]) : map(Self.plainText).joined(separator: " ")
    }

    private static func plainText(of block: Block) -> String {
        switch block {
        case .heading(let heading): return heading.text.plainText
        case .paragraph(let inlines): return inlines.plainText
        case .bulletList(let items), .numberedList(let items): return items.map(\.blocks.plainText).joined(separator: " ")
        case .quote(let blocks), .note(_, let blocks): return blocks.plainText
        case .figure(let figure): return figure.caption
        case .table, .pageBreak, .sectionBreak: return ""
        }
    }
}

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
    /// How the writer renders the blocks of a cell.
    let content: ([Block]) -> [Node]

    var node: Node {
        var parts: [Node] = []
        if let caption = table.caption { parts.append(.element("caption", [:], [.text(Typography.joiningFigureSpans(caption))])) }
        if !table.columns.isEmpty {
            parts.append(.element("colgroup", [:], widthClasses.map { .element("col", ["class": $0]) }))
        }
        if !table.header.isEmpty {
            parts.append(.element("thead", [:], rows(table.header) { cell, alignment, _ in
                headerCell(cell, alignment: alignment)
            }))
        }
        let labels = columnLabels
        parts.append(.element("tbody", [:], rows(table.body) { cell, alignment, column in
            bodyCell(cell, alignment: alignment, label: cell.colSpan >= table.columns.count ? nil : labels[column])
        }))
        let tableNode = Node.element("table", [
            "class": "kolumner-\(table.columns.count)" + (table.isLayout ? " uppstallning" : ""),
            "role": table.isLayout ? "presentation" : "table",
        ], parts)
        // A table without caption or header (the signatures) is no region of its own.
        let named = !label.isEmpty
        return .element("div", [
            "class": landscape ? "tabell liggande" : "tabell",
            "role": named ? "region" : nil,
            "aria-label": named ? label : nil,
            "tabindex": named ? "0" : nil,
        ], [tableNode])
    }

    /// Each column's share of the width as a class, `bredd-5` … `bredd-95` in steps of
    /// five per cent, which the stylesheet turns into widths: the layout's proportions
    /// without inline styles. Columns round up to the next step, so none gets narrower
    /// than the layout made it (its longest word), and what that adds over the whole width
    /// is given back one step at a time by the widest columns, which hold running text.
    private var widthClasses: [String] {
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
        return rounded.map { "bredd-\(min(95, $0 * 5))" }
    }

    /// The region's name: the caption, or else the column headings.
    private var label: String {
        if let caption = table.caption, !caption.isEmpty { return caption }
        return table.header.first?.cells.map(\.blocks.plainText).joined(separator: ", ") ?? ""
    }

    /// Each column's name for the cards of a narrow screen: the lowest header cell over
    /// it ("Effekter", not "Resultat Effekter"); empty where the table has no header.
    private var columnLabels: [String?] {
        guard let row = TableGrid(rows: table.header, columnCount: table.columns.count).slots.last else {
            return Array(repeating: nil, count: table.columns.count)
        }
        return row.indices.map { column in
            // A cell spanning header rows stands in the last one as a row continuation.
            let owner = (0...column).reversed().lazy.compactMap { index -> Cell? in
                switch row[index] {
                case .origin(let cell), .rowContinuation(let cell): return cell
                case .columnContinuation, .empty: return nil
                }
            }.first
            return owner.map(\.blocks.plainText).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// The rows as `tr` elements; each cell gets the alignment and the index of the column
    /// it starts in.
    private func rows(_ rows: [Row], _ cell: (Cell, Alignment, Int) -> Node) -> [Node] {
        let count = table.columns.count
        let grid = TableGrid(rows: rows, columnCount: count)
        return zip(rows, grid.slots).map { row, slots in
            let starts = slots.indices.filter { if case .origin = slots[$0] { return true } else { return false } }
            return .element("tr", ["role": table.isLayout ? nil : "row"], row.cells.enumerated().map { index, item in
                let column = index < starts.count ? starts[index] : count - 1
                return cell(item, index < starts.count ? table.columns[column].alignment : .start, column)
            })
        }
    }

    private func headerCell(_ cell: Cell, alignment: Alignment) -> Node {
        self.cell("th", scope: cell.colSpan > 1 ? "colgroup" : "col", role: "columnheader", label: nil, cell,
                  alignment: alignment)
    }

    private func bodyCell(_ cell: Cell, alignment: Alignment, label: String?) -> Node {
        cell.isRowHeader ? self.cell("th", scope: "row", role: "rowheader", label: label, cell, alignment: alignment)
            : self.cell("td", scope: nil, role: "cell", label: label, cell, alignment: alignment)
    }

    /// A layout table (the signatures) has no table roles: it presents, it does not relate.
    private func cell(_ name: String, scope: String?, role: String, label: String?, _ cell: Cell,
                      alignment: Alignment) -> Node {
        .element(name, [
            "class": Self.alignmentClass(alignment),
            "scope": table.isLayout ? nil : scope,
            "role": table.isLayout ? nil : role,
            "data-label": label,
            "rowspan": cell.rowSpan > 1 ? String(cell.rowSpan) : nil,
            "colspan": cell.colSpan > 1 ? String(cell.colSpan) : nil,
        ], content(cell.blocks))
    }

    /// The stylesheet's class for a column's alignment: numbers line up at the end.
    private static func alignmentClass(_ alignment: Alignment) -> String? {
        switch alignment {
        case .start: return nil
        case .center: return "justera-mitten"
        case .end: return "justera-slut"
        }
    }
}

extension Array where Element == Block {
    /// The words of the blocks, for labels.
    var plainText: String {
        map { block -> String in
            switch block {
            case .heading(let heading): return heading.text.plainText
            case .paragraph(let inlines): return inlines.plainText
            case .bulletList(let items), .numberedList(let items): return items.map(\.blocks.plainText).joined(separator: " ")
            case .quote(let blocks), .note(_, let blocks): return blocks.plainText
            case .figure(let figure): return figure.caption
            case .table, .pageBreak, .sectionBreak: return ""
            }
        }.joined(separator: " ")
    }
}

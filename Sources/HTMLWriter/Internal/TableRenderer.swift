import DocumentModel

// A table in its own labelled, focusable scroll region, so a wide table scrolls by itself
// on a narrow screen instead of the whole page. Header rows go in `thead` with column
// scope; a body cell that names its row is a `th` with row scope, spanning the rows the
// document says.
struct TableRenderer {
    let table: Table
    /// The table belongs on a landscape page when printed.
    let landscape: Bool
    /// How the writer renders the blocks of a cell.
    let content: ([Block]) -> [Node]

    var node: Node {
        var parts: [Node] = []
        if let caption = table.caption { parts.append(.element("caption", [:], [.text(caption)])) }
        if !table.columns.isEmpty {
            parts.append(.element("colgroup", [:], widthClasses.map { .element("col", ["class": $0]) }))
        }
        if !table.header.isEmpty {
            parts.append(.element("thead", [:], table.header.map { row in
                .element("tr", [:], row.cells.map { headerCell($0) })
            }))
        }
        parts.append(.element("tbody", [:], table.body.map { row in
            .element("tr", [:], row.cells.map { bodyCell($0) })
        }))
        let tableNode = Node.element("table", ["class": "kolumner-\(table.columns.count)"], parts)
        return .element("div", [
            "class": landscape ? "tabell liggande" : "tabell",
            "role": "region",
            "aria-label": label,
            "tabindex": "0",
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

    private func headerCell(_ cell: Cell) -> Node {
        self.cell("th", scope: cell.colSpan > 1 ? "colgroup" : "col", cell)
    }

    private func bodyCell(_ cell: Cell) -> Node {
        cell.isRowHeader ? self.cell("th", scope: "row", cell) : self.cell("td", scope: nil, cell)
    }

    private func cell(_ name: String, scope: String?, _ cell: Cell) -> Node {
        .element(name, [
            "scope": scope,
            "rowspan": cell.rowSpan > 1 ? String(cell.rowSpan) : nil,
            "colspan": cell.colSpan > 1 ? String(cell.colSpan) : nil,
        ], content(cell.blocks))
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
            case .table, .pageBreak, .sectionBreak: return ""
            }
        }.joined(separator: " ")
    }
}

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
        if let caption = table.caption { parts.append(.element("caption", [:], [.text(Typography.joiningFigureSpans(caption))])) }
        if !table.columns.isEmpty {
            parts.append(.element("colgroup", [:], widthClasses.map { .element("col", ["class": $0]) }))
        }
        if !table.header.isEmpty {
            parts.append(.element("thead", [:], rows(table.header) { headerCell($0, alignment: $1) }))
        }
        parts.append(.element("tbody", [:], rows(table.body) { bodyCell($0, alignment: $1) }))
        let tableNode = Node.element("table", [
            "class": "kolumner-\(table.columns.count)" + (table.isLayout ? " uppstallning" : ""),
            "role": table.isLayout ? "presentation" : nil,
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
    /// without inline styles.
    private var widthClasses: [String] {
        let total = table.columns.map(\.width).reduce(0, +)
        return table.columns.map { column in
            let percent = total > 0 ? column.width / total * 100 : 100 / Double(table.columns.count)
            return "bredd-\(min(95, max(5, Int((percent / 5).rounded()) * 5)))"
        }
    }

    /// The region's name: the caption, or else the column headings.
    private var label: String {
        if let caption = table.caption, !caption.isEmpty { return caption }
        return table.header.first?.cells.map(\.blocks.plainText).joined(separator: ", ") ?? ""
    }

    /// The rows as `tr` elements, each cell with the alignment of the column it starts in.
    private func rows(_ rows: [Row], _ cell: (Cell, Alignment) -> Node) -> [Node] {
        let count = table.columns.count
        let grid = TableGrid(rows: rows, columnCount: count)
        return zip(rows, grid.slots).map { row, slots in
            let starts = slots.indices.filter { if case .origin = slots[$0] { return true } else { return false } }
            return .element("tr", [:], row.cells.enumerated().map { index, item in
                cell(item, index < starts.count ? table.columns[starts[index]].alignment : .start)
            })
        }
    }

    private func headerCell(_ cell: Cell, alignment: Alignment) -> Node {
        self.cell("th", scope: cell.colSpan > 1 ? "colgroup" : "col", cell, alignment: alignment)
    }

    private func bodyCell(_ cell: Cell, alignment: Alignment) -> Node {
        cell.isRowHeader ? self.cell("th", scope: "row", cell, alignment: alignment)
            : self.cell("td", scope: nil, cell, alignment: alignment)
    }

    private func cell(_ name: String, scope: String?, _ cell: Cell, alignment: Alignment) -> Node {
        .element(name, [
            "class": Self.alignmentClass(alignment),
            "scope": scope,
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
            case .table, .pageBreak, .sectionBreak: return ""
            }
        }.joined(separator: " ")
    }
}

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
        if let caption = table.caption { parts.append(.element("caption", [:], [.text(caption)])) }
        if !table.columns.isEmpty {
            parts.append(.element("colgroup", [:], widthClasses.map { .element("col", ["class": $0]) }))
        }
        if !table.header.isEmpty {
            parts.append(.element("thead", [:], table.header.map { row in
                .element("tr", ["role": "row"], row.cells.map { headerCell($0) })
            }))
        }
        let labels = columnLabels
        let columns = TableGrid(rows: table.body, columnCount: table.columns.count).slots.map { row in
            row.indices.filter { if case .origin = row[$0] { true } else { false } }
        }
        parts.append(.element("tbody", [:], zip(table.body, columns).map { row, columns in
            .element("tr", ["role": "row"], zip(row.cells, columns).map { cell, column in
                bodyCell(cell, label: cell.colSpan >= table.columns.count ? nil : labels[column])
            })
        }))
        let tableNode = Node.element("table", ["class": "kolumner-\(table.columns.count)", "role": "table"], parts)
        return .element("div", [
            "class": landscape ? "tabell liggande" : "tabell",
            "role": "region",
            "aria-label": label,
            "tabindex": "0",
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

    private func headerCell(_ cell: Cell) -> Node {
        self.cell("th", scope: cell.colSpan > 1 ? "colgroup" : "col", role: "columnheader", label: nil, cell)
    }

    private func bodyCell(_ cell: Cell, label: String?) -> Node {
        cell.isRowHeader ? self.cell("th", scope: "row", role: "rowheader", label: label, cell)
            : self.cell("td", scope: nil, role: "cell", label: label, cell)
    }

    private func cell(_ name: String, scope: String?, role: String, label: String?, _ cell: Cell) -> Node {
        .element(name, [
            "scope": scope,
            "role": role,
            "data-label": label,
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
            case .figure(let figure): return figure.caption
            case .table, .pageBreak, .sectionBreak: return ""
            }
        }.joined(separator: " ")
    }
}

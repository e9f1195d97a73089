extension Table {
    /// The table with `transform` applied to every text of its cells (header and body,
    /// lists, quotes and tables inside cells). A link whose text is its own address keeps
    /// it as written; other link texts change.
    ///
    /// ```swift
    /// let shouted = table.mappingCellText { $0.uppercased() }
    /// ```
    package func mappingCellText(_ transform: (String) -> String) -> Table {
        var copy = self
        copy.header = header.map { $0.mappingCellText(transform) }
        copy.body = body.map { $0.mappingCellText(transform) }
        return copy
    }
}

extension Row {
    fileprivate func mappingCellText(_ transform: (String) -> String) -> Row {
        Row(cells.map { cell in
            var copy = cell
            copy.blocks = cell.blocks.map { $0.mappingCellText(transform) }
            return copy
        })
    }
}

extension Block {
    fileprivate func mappingCellText(_ transform: (String) -> String) -> Block {
        switch self {
        case .heading(var heading):
            heading.text = heading.text.map { $0.mappingCellText(transform) }
            return .heading(heading)
        case .paragraph(let inlines): return .paragraph(inlines.map { $0.mappingCellText(transform) })
        case .bulletList(let items): return .bulletList(items.map { ListItem($0.blocks.map { $0.mappingCellText(transform) }) })
        case .numberedList(let items): return .numberedList(items.map { ListItem($0.blocks.map { $0.mappingCellText(transform) }) })
        case .table(let table): return .table(table.mappingCellText(transform))
        case .quote(let blocks): return .quote(blocks.map { $0.mappingCellText(transform) })
        case .note(let label, let blocks): return .note(label: label, blocks.map { $0.mappingCellText(transform) })
        case .figure(var figure):
            figure.caption = transform(figure.caption)
            return .figure(figure)
        case .pageBreak, .sectionBreak: return self
        }
    }
}

extension Inline {
    fileprivate func mappingCellText(_ transform: (String) -> String) -> Inline {
        switch self {
        case .text(let text): return .text(transform(text))
        case .emphasis(let inner): return .emphasis(inner.map { $0.mappingCellText(transform) })
        case .strong(let inner): return .strong(inner.map { $0.mappingCellText(transform) })
        // An address must stay as written; its visible words may change.
        case .link(let inner, let url):
            return .link(inner.map { $0.plainText == url ? $0 : $0.mappingCellText(transform) }, url: url)
        case .crossReference(let anchor, let inner):
            return .crossReference(anchor: anchor, inner.map { $0.mappingCellText(transform) })
        }
    }
}

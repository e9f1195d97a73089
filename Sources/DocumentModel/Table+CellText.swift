extension Table {
    /// Applies `transform` to every text of the table's cells (header and body, lists,
    /// quotes and tables inside cells). Only what changes is written: a text `transform`
    /// leaves as it is (it returns nil) is not touched, nor are the cells, rows and runs
    /// around it, so a table shared with another document is copied only along the paths
    /// to changed texts, and a uniquely held one keeps its storage. A link whose text is
    /// its own address keeps it as written; other link texts change. Whether any text changed.
    ///
    /// ```swift
    /// table.updateCellText { $0.uppercased() }
    /// ```
    @discardableResult
    package mutating func updateCellText(_ transform: (String) -> String?) -> Bool {
        updateCells { $0.blocks.updatedCellText(transform) }
    }

    /// Gives `update` every cell of the table's header and body rows; where it returns
    /// blocks, they become the cell's. Whether any cell changed.
    @discardableResult
    package mutating func updateCells(_ update: (Cell) -> [Block]?) -> Bool {
        let headerChanged = header.updateCells(update)
        let bodyChanged = body.updateCells(update)
        return headerChanged || bodyChanged
    }

    /// Whether any text of the table's cells (as `updateCellText` visits them) satisfies `predicate`.
    package func containsCellText(where predicate: (String) -> Bool) -> Bool {
        func holds(_ row: Row) -> Bool { row.cells.contains { $0.blocks.contains { $0.containsCellText(where: predicate) } } }
        return header.contains(where: holds) || body.contains(where: holds)
    }
}

extension Cell {
    /// The text of a cell that is one paragraph of one plain text, else nil.
    package var singleText: String? {
        guard blocks.count == 1, case .paragraph(let inlines) = blocks[0], inlines.count == 1,
              case .text(let text) = inlines[0] else { return nil }
        return text
    }
}

extension [Row] {
    fileprivate mutating func updateCells(_ update: (Cell) -> [Block]?) -> Bool {
        var changed = false
        for row in indices {
            for cell in self[row].cells.indices {
                guard let blocks = update(self[row].cells[cell]) else { continue }
                self[row].cells[cell].blocks = blocks
                changed = true
            }
        }
        return changed
    }
}

extension [Block] {
    /// The blocks with `transform` applied to their texts (`Table.updateCellText(_:)`),
    /// or nil when no text changed.
    package func updatedCellText(_ transform: (String) -> String?) -> [Block]? {
        changed { $0.updatedCellText(transform) }
    }
}

extension [ListItem] {
    fileprivate func updatedCellText(_ transform: (String) -> String?) -> [ListItem]? {
        changed { item in
            item.blocks.updatedCellText(transform).map { blocks in
                var item = item
                item.blocks = blocks
                return item
            }
        }
    }
}

extension [Inline] {
    fileprivate func updatedCellText(_ transform: (String) -> String?) -> [Inline]? {
        changed { $0.updatedCellText(transform) }
    }
}

extension Block {
    /// The block with `transform` applied to its texts, or nil when none changed; the
    /// payload is copied (once) only when a text in it does.
    fileprivate func updatedCellText(_ transform: (String) -> String?) -> Block? {
        switch self {
        case .heading(var heading):
            guard let text = heading.text.updatedCellText(transform) else { return nil }
            heading.text = text
            return .heading(heading)
        case .table(var table):
            return table.updateCellText(transform) ? .table(table) : nil
        case .paragraph(let inlines): return inlines.updatedCellText(transform).map(Block.paragraph)
        case .bulletList(let items): return items.updatedCellText(transform).map(Block.bulletList)
        case .numberedList(let items): return items.updatedCellText(transform).map(Block.numberedList)
        case .quote(let blocks): return blocks.updatedCellText(transform).map(Block.quote)
        case .note(let label, let blocks): return blocks.updatedCellText(transform).map { .note(label: label, $0) }
        case .figure(var figure):
            guard let caption = transform(figure.caption) else { return nil }
            figure.caption = caption
            return .figure(figure)
        case .pageBreak, .sectionBreak: return nil
        }
    }

    fileprivate func containsCellText(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .heading(let heading): return heading.text.contains { $0.containsCellText(where: predicate) }
        case .paragraph(let inlines): return inlines.contains { $0.containsCellText(where: predicate) }
        case .bulletList(let items), .numberedList(let items):
            return items.contains { $0.blocks.contains { $0.containsCellText(where: predicate) } }
        case .table(let table): return table.containsCellText(where: predicate)
        case .quote(let blocks), .note(_, let blocks): return blocks.contains { $0.containsCellText(where: predicate) }
        case .figure(let figure): return predicate(figure.caption)
        case .pageBreak, .sectionBreak: return false
        }
    }
}

extension Inline {
    /// The inline with `transform` applied to its texts, or nil when none changed. An
    /// address must stay as written; a link's visible words may change.
    fileprivate func updatedCellText(_ transform: (String) -> String?) -> Inline? {
        switch self {
        case .text(let text):
            return transform(text).map(Inline.text)
        case .emphasis(let inner): return inner.updatedCellText(transform).map(Inline.emphasis)
        case .strong(let inner): return inner.updatedCellText(transform).map(Inline.strong)
        case .link(let inner, let url):
            return inner.changed(where: { $0.plainText != url }) { $0.updatedCellText(transform) }.map { .link($0, url: url) }
        case .crossReference(let anchor, let inner):
            return inner.updatedCellText(transform).map { .crossReference(anchor: anchor, $0) }
        }
    }

    fileprivate func containsCellText(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .text(let text): return predicate(text)
        case .emphasis(let inner), .strong(let inner), .crossReference(_, let inner):
            return inner.contains { $0.containsCellText(where: predicate) }
        case .link(let inner, let url):
            return inner.contains { $0.plainText != url && $0.containsCellText(where: predicate) }
        }
    }
}

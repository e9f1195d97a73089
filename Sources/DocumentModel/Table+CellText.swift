extension Table {
    /// Applies `transform` to every text of the table's cells (header and body, lists,
    /// quotes and tables inside cells), in place: a uniquely held table keeps its rows,
    /// cells and runs and only the texts are replaced, each freed as its successor takes
    /// its place. A link whose text is its own address keeps it as written; other link
    /// texts change. `transform` returns nil for a text it leaves as it is, which is then
    /// not written at all.
    ///
    /// ```swift
    /// table.updateCellText { $0.uppercased() }
    /// ```
    package mutating func updateCellText(_ transform: (String) -> String?) {
        updateCells { $0.updateText(transform) }
    }

    /// Applies `update` to every cell of the table's header and body rows, in place.
    package mutating func updateCells(_ update: (inout Cell) -> Void) {
        for row in header.indices {
            for cell in header[row].cells.indices { update(&header[row].cells[cell]) }
        }
        for row in body.indices {
            for cell in body[row].cells.indices { update(&body[row].cells[cell]) }
        }
    }

    /// Whether any text of the table's cells (as `updateCellText` visits them) satisfies `predicate`.
    package func containsCellText(where predicate: (String) -> Bool) -> Bool {
        func holds(_ row: Row) -> Bool { row.cells.contains { $0.blocks.contains { $0.containsCellText(where: predicate) } } }
        return header.contains(where: holds) || body.contains(where: holds)
    }
}

extension Cell {
    /// `Table.updateCellText(_:)` for one cell.
    package mutating func updateText(_ transform: (String) -> String?) {
        blocks.updateCellText(transform)
    }

    /// The text of a cell that is one paragraph of one plain text, else nil.
    package var singleText: String? {
        guard blocks.count == 1, case .paragraph(let inlines) = blocks[0], inlines.count == 1,
              case .text(let text) = inlines[0] else { return nil }
        return text
    }
}

extension [Block] {
    fileprivate mutating func updateCellText(_ transform: (String) -> String?) {
        for index in indices { self[index].updateCellText(transform) }
    }
}

extension [ListItem] {
    fileprivate mutating func updateCellText(_ transform: (String) -> String?) {
        for index in indices { self[index].blocks.updateCellText(transform) }
    }
}

extension [Inline] {
    fileprivate mutating func updateCellText(_ transform: (String) -> String?) {
        for index in indices { self[index].updateCellText(transform) }
    }
}

extension Block {
    // Each case moves its payload out (leaving a page break behind for the moment), so a
    // uniquely held payload is changed where it is instead of copied. The boxed payloads
    // (heading, table) are taken with `if case`: a switch holds on to the box while it runs.
    fileprivate mutating func updateCellText(_ transform: (String) -> String?) {
        if case .heading(var heading) = self {
            self = .pageBreak
            heading.text.updateCellText(transform)
            self = .heading(heading)
            return
        }
        if case .table(var table) = self {
            self = .pageBreak
            table.updateCellText(transform)
            self = .table(table)
            return
        }
        switch self {
        case .heading, .table: return
        case .paragraph(var inlines):
            self = .pageBreak
            inlines.updateCellText(transform)
            self = .paragraph(inlines)
        case .bulletList(var items):
            self = .pageBreak
            items.updateCellText(transform)
            self = .bulletList(items)
        case .numberedList(var items):
            self = .pageBreak
            items.updateCellText(transform)
            self = .numberedList(items)
        case .quote(var blocks):
            self = .pageBreak
            blocks.updateCellText(transform)
            self = .quote(blocks)
        case .note(let label, var blocks):
            self = .pageBreak
            blocks.updateCellText(transform)
            self = .note(label: label, blocks)
        case .figure(var figure):
            guard let caption = transform(figure.caption) else { return }
            figure.caption = caption
            self = .figure(figure)
        case .pageBreak, .sectionBreak: return
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
    fileprivate mutating func updateCellText(_ transform: (String) -> String?) {
        // The boxed payloads are taken with `if case`, as `Block`'s are.
        if case .link(var inner, let url) = self {
            // An address must stay as written; its visible words may change.
            self = .text("")
            for index in inner.indices where inner[index].plainText != url { inner[index].updateCellText(transform) }
            self = .link(inner, url: url)
            return
        }
        if case .crossReference(let anchor, var inner) = self {
            self = .text("")
            inner.updateCellText(transform)
            self = .crossReference(anchor: anchor, inner)
            return
        }
        switch self {
        case .link, .crossReference: return
        case .text(let text):
            guard let changed = transform(text) else { return }
            self = .text(changed)
        case .emphasis(var inner):
            self = .text("")
            inner.updateCellText(transform)
            self = .emphasis(inner)
        case .strong(var inner):
            self = .text("")
            inner.updateCellText(transform)
            self = .strong(inner)
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

extension Document {
    /// The document as every writer writes it: each text passed through `TextHygiene`,
    /// each link through `LinkPolicy` (a refused address keeps only its words, an allowed
    /// one is percent-encoded), and links inside links reduced to their words, since no
    /// format can nest them.
    ///
    /// ```swift
    /// let safe = document.sanitised()
    /// ```
    public func sanitised() -> Document {
        Sanitiser().document(self)
    }
}

// The parts a writer that cleans text as it writes it (`TextBytes`) still needs whole:
// the metadata a page frame shows, the headings of its contents, a figure's chart, the
// plain words of blocks that name a table's columns.
extension Metadata {
    /// The metadata as `Document.sanitised()` leaves it.
    package func sanitised() -> Metadata { Sanitiser().metadata(self) }
}

extension Heading {
    /// The heading as `Document.sanitised()` leaves it: its links and cross-references its words.
    package func sanitised() -> Heading { Sanitiser().heading(self) ?? self }
}

extension Figure {
    /// The figure as `Document.sanitised()` leaves it.
    package func sanitised() -> Figure { Sanitiser().figure(self) }
}

extension Array where Element == Block {
    /// The blocks as `Document.sanitised()` leaves them.
    package func sanitised() -> [Block] { map { Sanitiser().block($0) ?? $0 } }
}

// One walk over a document, rebuilding only what changes: each step returns nil when its
// part comes out as it went in, so unchanged texts, inline runs, cells and rows keep their
// storage and a clean document costs no second tree.
private struct Sanitiser {
    func document(_ document: Document) -> Document {
        var result = document
        result.metadata = metadata(document.metadata)
        if let blocks = document.blocks.changed(block) { result.blocks = blocks }
        return result
    }

    func metadata(_ metadata: Metadata) -> Metadata {
        // Copies keep any field added later; the texts known here are cleaned.
        var m = metadata
        m.title = clean(m.title)
        m.subtitle = m.subtitle.map(clean)
        m.organisations = m.organisations.map(clean)
        m.coverNotes = m.coverNotes.map(clean)
        m.period = m.period.map(clean)
        m.adoption = m.adoption.map(clean)
        m.revisions = m.revisions.map(clean)
        m.created = m.created.map(clean)
        m.modified = m.modified.map(clean)
        m.language = clean(m.language)
        m.keywords = m.keywords.map(clean)
        m.subject = m.subject.map(clean)
        return m
    }

    private func clean(_ text: String) -> String { TextHygiene.clean(text) }

    /// The cleaned text, or nil when cleaning leaves it as it is.
    private func changed(_ text: String) -> String? {
        let cleaned = TextHygiene.clean(text)
        return cleaned == text ? nil : cleaned
    }

    /// The cleaned heading, or nil when it stays as it is.
    func heading(_ heading: Heading) -> Heading? {
        // A heading's text is shown inside links too (the contents list, cross-references
        // to it), so links and cross-references in it are their words: no link nests in
        // another, and no cross-reference can lead back to the heading it stands in.
        let text = inlines(heading.text, insideLink: true)
        let anchor = changed(heading.anchor)
        guard text != nil || anchor != nil else { return nil }
        var result = heading
        result.text = text ?? heading.text
        result.anchor = anchor ?? heading.anchor
        return result
    }

    func block(_ block: Block) -> Block? {
        switch block {
        case .heading(let heading): return self.heading(heading).map(Block.heading)
        case .paragraph(let content): return inlines(content, insideLink: false).map(Block.paragraph)
        case .bulletList(let items): return items.changed(item).map(Block.bulletList)
        case .numberedList(let items): return items.changed(item).map(Block.numberedList)
        case .table(let table):
            func rows(_ rows: [Row]) -> [Row]? {
                rows.changed { row in
                    let cells = row.cells.changed { cell in
                        cell.blocks.changed(self.block).map { blocks in
                            var result = cell
                            result.blocks = blocks
                            return result
                        }
                    }
                    return cells.map { cells in
                        var result = row
                        result.cells = cells
                        return result
                    }
                }
            }
            let caption = table.caption.flatMap(changed)
            let header = rows(table.header)
            let body = rows(table.body)
            guard caption != nil || header != nil || body != nil else { return nil }
            var result = table
            result.caption = caption ?? table.caption
            result.header = header ?? table.header
            result.body = body ?? table.body
            return .table(result)
        case .quote(let blocks): return blocks.changed(self.block).map(Block.quote)
        case .note(let label, let blocks):
            let cleanLabel = changed(label)
            let cleanBlocks = blocks.changed(self.block)
            guard cleanLabel != nil || cleanBlocks != nil else { return nil }
            return .note(label: cleanLabel ?? label, cleanBlocks ?? blocks)
        case .figure(let figure):
            let result = self.figure(figure)
            return result == figure ? nil : .figure(result)
        case .pageBreak, .sectionBreak: return nil
        }
    }

    /// Every text of a figure, as every other text: its caption, note and the chart's words.
    func figure(_ figure: Figure) -> Figure {
        var result = figure
        result.caption = clean(figure.caption)
        switch figure.content {
        case .absent(let note): result.content = .absent(note: clean(note))
        case .chart(var chart):
            chart.description = clean(chart.description)
            chart.categoryTitle = clean(chart.categoryTitle)
            chart.categories = chart.categories.map(clean)
            chart.unit = clean(chart.unit)
            chart.missing = clean(chart.missing)
            chart.tableLabel = clean(chart.tableLabel)
            chart.decimalSeparator = clean(chart.decimalSeparator)
            chart.series = chart.series.map { series in
                ChartSeries(name: clean(series.name),
                            values: series.values.map { $0.map { ChartValue($0.value, clean($0.text)) } })
            }
            chart.target = chart.target.map { ChartTarget(name: clean($0.name), value: ChartValue($0.value.value, clean($0.value.text))) }
            result.content = .chart(chart)
        }
        return result
    }

    private func item(_ item: ListItem) -> ListItem? {
        item.blocks.changed(block).map { blocks in
            var result = item
            result.blocks = blocks
            return result
        }
    }

    /// The cleaned run, or nil when it stays as it is. A link inside a link becomes its
    /// words (`LinkNesting`), so the run can change length.
    private func inlines(_ inlines: [Inline], insideLink: Bool) -> [Inline]? {
        var result: [Inline]?
        for (index, inline) in inlines.enumerated() {
            let replacement = self.inline(inline, insideLink: insideLink)
            if replacement != nil && result == nil { result = Array(inlines[..<index]) }
            if result != nil { result!.append(contentsOf: replacement ?? [inline]) }
        }
        return result
    }

    private func inline(_ inline: Inline, insideLink: Bool) -> [Inline]? {
        switch inline {
        case .text(let text): return changed(text).map { [.text($0)] }
        case .emphasis(let inner): return inlines(inner, insideLink: insideLink).map { [.emphasis($0)] }
        case .strong(let inner): return inlines(inner, insideLink: insideLink).map { [.strong($0)] }
        case .link(let inner, let url):
            let words = inlines(inner, insideLink: true)
            guard let address = LinkNesting.address(ofLinkTo: url, insideLink: insideLink) else { return words ?? inner }
            return words == nil && address == url ? nil : [.link(words ?? inner, url: address)]
        // A cross-reference is a link in some writers: inside a link it is its words.
        case .crossReference(let anchor, let inner):
            let words = inlines(inner, insideLink: true)
            return LinkNesting.isCrossReference(insideLink: insideLink) ? words.map { [.crossReference(anchor: anchor, $0)] } : words ?? inner
        }
    }
}

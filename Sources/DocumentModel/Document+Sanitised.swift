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

// One walk over a document, rebuilding it with clean texts and safe links.
private struct Sanitiser {
    func document(_ document: Document) -> Document {
        // Copies keep any field added later; the texts known here are cleaned.
        var m = document.metadata
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
        var result = document
        result.metadata = m
        result.blocks = document.blocks.map(block)
        return result
    }

    private func clean(_ text: String) -> String { TextHygiene.clean(text) }

    private func block(_ block: Block) -> Block {
        switch block {
        case .heading(let heading):
            var result = heading
            result.text = inlines(heading.text, insideLink: false)
            result.anchor = clean(heading.anchor)
            return .heading(result)
        case .paragraph(let content): return .paragraph(inlines(content, insideLink: false))
        case .bulletList(let items): return .bulletList(items.map(item))
        case .numberedList(let items): return .numberedList(items.map(item))
        case .table(let table):
            func rows(_ rows: [Row]) -> [Row] {
                rows.map { row in
                    var result = row
                    result.cells = row.cells.map { cell in
                        var result = cell
                        result.blocks = cell.blocks.map(self.block)
                        return result
                    }
                    return result
                }
            }
            var result = table
            result.caption = table.caption.map(clean)
            result.header = rows(table.header)
            result.body = rows(table.body)
            return .table(result)
        case .quote(let blocks): return .quote(blocks.map(self.block))
        case .note(let label, let blocks): return .note(label: clean(label), blocks.map(self.block))
        case .figure(let figure): return .figure(self.figure(figure))
        case .pageBreak, .sectionBreak: return block
        }
    }

    /// Every text of a figure, as every other text: its caption, note and the chart's words.
    private func figure(_ figure: Figure) -> Figure {
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

    private func item(_ item: ListItem) -> ListItem {
        var result = item
        result.blocks = item.blocks.map(block)
        return result
    }

    private func inlines(_ inlines: [Inline], insideLink: Bool) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .text(let text): return [.text(clean(text))]
            case .emphasis(let inner): return [.emphasis(self.inlines(inner, insideLink: insideLink))]
            case .strong(let inner): return [.strong(self.inlines(inner, insideLink: insideLink))]
            case .link(let inner, let url):
                let words = self.inlines(inner, insideLink: true)
                guard !insideLink, let address = LinkPolicy.address(url) else { return words }
                return [.link(words, url: address)]
            // A cross-reference is a link in some writers: inside a link it is its words.
            case .crossReference(let anchor, let inner):
                let words = self.inlines(inner, insideLink: true)
                return insideLink ? words : [.crossReference(anchor: anchor, words)]
            }
        }
    }
}

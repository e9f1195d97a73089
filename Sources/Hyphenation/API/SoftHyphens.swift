import DocumentModel

/// A pass over a document that puts soft hyphens into the long words of table cells,
/// where columns are narrow and a reader would otherwise see words broken without a
/// hyphen (or columns as wide as their longest word). Running text is left to the
/// reader's own hyphenation (Word's and LibreOffice's `autoHyphenation`). Link texts,
/// numbers and abbreviations stay whole.
///
/// ```swift
/// if case .success(let hyphenator) = Hyphenator.swedish {
///     document = SoftHyphens(hyphenator).apply(to: document)
///     // or in place, block by block, freeing each replaced text as it goes:
///     let hyphens = SoftHyphens(hyphenator)
///     for index in document.blocks.indices { hyphens.apply(to: &document.blocks[index]) }
/// }
/// ```
///
/// Texts are looked up in the run's memory of hyphenated texts (`Hyphenator.hyphenatedText(_:_:)`),
/// and the words of a text not seen before in its memory of hyphenated words
/// (`Hyphenator.withHyphenated(_:hash:_:)`), through a copy of its own so most lookups take
/// no lock. That copy makes a value of this class one pass's state: make one per document,
/// and use it on one thread at a time.
public final class SoftHyphens {
    let hyphenator: Hyphenator
    // The words this pass has looked up. A pass runs on one thread and reaches the state
    // only through `hyphenate(_:)`, one access at a time: no dynamic exclusivity check.
    @exclusivity(unchecked) private var wordPass: WordPass

    public init(_ hyphenator: Hyphenator) {
        self.hyphenator = hyphenator
        wordPass = WordPass(hyphenator: hyphenator)
    }

    public func apply(to document: Document) -> Document {
        var copy = document
        for index in copy.blocks.indices { apply(to: &copy.blocks[index]) }
        return copy
    }

    /// One block of a document in place. Outside tables only tables change; a layout
    /// table (the signatures: names in wide cells, no narrow columns) stays as written.
    /// Only cells that get a soft hyphen are rewritten: a table shared with another
    /// document is copied only along the paths to them, a uniquely held one is changed
    /// where it is (but for the rows of one the run remembers, which its key holds as
    /// written: `ContentKey`), and blocks without tables are not touched.
    public func apply(to block: inout Block) { _ = prepare(&block) }

    /// `apply(to:)`, and for a table the block is, its texts as they now are with what
    /// `TableWidths` measures of them, remembered with each text's soft hyphens: a repeated
    /// text is one look-up for both (`TableWidths.apply(to:portrait:landscape:preparing:)`).
    package func prepare(_ block: inout Block) -> TableWidths.MeasuredTexts? {
        // A table is taken with `if case`: a switch would hold on to its box, and the table
        // would be copied instead of changed in place.
        if case .table(var table) = block {
            guard !table.isLayout else { return nil }
            block = .pageBreak
            func hyphenatedTable() -> HyphenatedTable {
                var measured = TableWidths.MeasuredTexts(for: table)
                table.updateCells { hyphenated($0, measuring: &measured) }
                measured.measureColumns(of: table)
                return HyphenatedTable(table: table, measured: measured)
            }
            // A table the run has seen (the same plan in another format) is taken whole.
            let known = ContentKey(table: table).map { hyphenator.hyphenatedTable($0, hyphenatedTable) } ?? hyphenatedTable()
            block = .table(known.table)
            return known.measured
        }
        if let hyphenated = hyphenatedTables(in: block) { block = hyphenated }
        return nil
    }

    /// The block with the tables inside it hyphenated, or nil when no text changed.
    private func hyphenatedTables(in block: Block) -> Block? {
        switch block {
        case .table(var table):
            // Tables inside others are not fitted: their measures are not needed.
            var measured = TableWidths.MeasuredTexts()
            guard !table.isLayout, table.updateCells({ hyphenated($0, measuring: &measured) }) else { return nil }
            return .table(table)
        case .quote(let blocks): return hyphenatedTables(in: blocks).map(Block.quote)
        case .note(let label, let blocks): return hyphenatedTables(in: blocks).map { .note(label: label, $0) }
        case .bulletList(let items): return hyphenatedTables(in: items).map(Block.bulletList)
        case .numberedList(let items): return hyphenatedTables(in: items).map(Block.numberedList)
        case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return nil
        }
    }

    private func hyphenatedTables(in items: [ListItem]) -> [ListItem]? {
        items.changed { item in
            hyphenatedTables(in: item.blocks).map { blocks in
                var item = item
                item.blocks = blocks
                return item
            }
        }
    }

    private func hyphenatedTables(in blocks: [Block]) -> [Block]? {
        blocks.changed(hyphenatedTables(in:))
    }

    /// A cell's blocks with soft hyphens, or nil when none went in; its texts as they now are
    /// go into `measured` with their measures. Cells repeat from row to row (a responsible
    /// party, a time, "Saknas") and from document to document of a run (a plan's web page,
    /// its Word file, the site): the run hyphenates each distinct one once and every cell
    /// that holds it shares the result. A cell of one text is remembered with the text
    /// (`Hyphenator.hyphenatedCell(_:_:)`), others by their content (`ContentKey`).
    private func hyphenated(_ cell: Cell, measuring measured: inout TableWidths.MeasuredTexts) -> [Block]? {
        if let text = cell.singleText {
            let known = hyphenator.hyphenatedCell(text, hyphenate)
            measured.append(known.text ?? text, known.measure)
            return known.cell
        }
        guard let key = ContentKey(cell: cell.blocks) else {
            return hyphenatedTexts(of: cell.blocks, by: hyphenatedText, measuring: &measured)
        }
        // A cell made here puts its texts into the table's own as it goes, and keeps a copy of them.
        var made = false
        let known = hyphenator.hyphenatedCell(key, hyphenate: hyphenate) { hyphenatedText in
            made = true
            let start = measured.count
            let blocks = hyphenatedTexts(of: cell.blocks, by: hyphenatedText, measuring: &measured)
            return HyphenatedCell(blocks: blocks, texts: measured.texts(from: start))
        }
        if !made { for (text, measure) in known.texts { measured.append(text, measure) } }
        return known.blocks
    }

    /// The blocks with each text hyphenated as `hyphenatedText` gives it, or nil when no soft
    /// hyphen went in; each text as it now is goes into `measured` with its measure.
    private func hyphenatedTexts(of blocks: [Block], by hyphenatedText: (String) -> HyphenatedText,
                                 measuring measured: inout TableWidths.MeasuredTexts) -> [Block]? {
        blocks.updatedCellText { text in
            let hyphenated = hyphenatedText(text)
            measured.append(hyphenated.text ?? text, hyphenated.measure)
            return hyphenated.text
        }
    }

    /// The text with each run of letters hyphenated; everything between stays, and so do
    /// addresses written as text ("www.skr.se", "namn@kommun.se").
    func words(_ text: String) -> String {
        hyphenatedText(text).text ?? text
    }

    /// The hyphenated text, exactly as long as it needs to be (nil when no soft hyphen went
    /// in), and its measure as a line. Texts repeat from row to row (a responsible party, a
    /// time) and from document to document of a run: each is hyphenated and measured once per
    /// run and every cell that holds it shares the one result.
    private func hyphenatedText(_ text: String) -> HyphenatedText {
        hyphenator.hyphenatedText(text, hyphenate)
    }

    /// A text not in the run's memory, hyphenated and measured.
    private func hyphenate(_ text: String) -> HyphenatedText {
        let hyphenated = wordPass.hyphenated(text)
        return HyphenatedText(text: hyphenated, measure: TableWidths.measure(ofText: hyphenated ?? text))
    }
}

import DocumentModel

// A table cell as the run remembers it (`Hyphenator.hyphenatedCell(_:hyphenate:_:)`): its blocks
// with soft hyphens, and its texts as they then are with their measures as lines, in the
// order the soft-hyphen pass read them, for `TableWidths.MeasuredTexts`. A cell repeated in
// the run (the same activity in a plan's web page, its Word file and the site) is then one
// look-up instead of a look-up per text and a new tree.
//
// ```swift
// let remembered = HyphenatedCell(blocks: nil, texts: [("Saknas", TableWidths.measure(ofText: "Saknas"))])
// ```
struct HyphenatedCell {
    /// The cell's blocks with soft hyphens; nil when none went in.
    let blocks: [Block]?
    /// Each text of the cell as it now is, with its measure.
    let texts: [(text: String, measure: TableWidths.TextMeasure)]
}

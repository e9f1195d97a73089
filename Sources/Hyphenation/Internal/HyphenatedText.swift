import DocumentModel

// A table text as the run remembers it (`Hyphenator.hyphenatedText(_:_:)`): with its soft
// hyphens, and measured as a cell of that one text for `TableWidths`, so a repeated text is
// one look-up for both.
//
// ```swift
// let remembered = HyphenatedText(text: nil, measure: TableWidths.measure(ofCellText: "Saknas"))
// remembered.text ?? "Saknas"   // nil: no soft hyphen went in
// ```
struct HyphenatedText {
    /// The text with soft hyphens; nil when none went in.
    let text: String?
    /// The measure of a cell of the hyphenated text alone.
    let measure: TableWidths.CellMeasure
}

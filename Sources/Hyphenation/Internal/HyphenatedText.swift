import DocumentModel

// A table text as the run remembers it (`Hyphenator.hyphenatedText(_:_:)`): with its soft
// hyphens, and measured as a line for `TableWidths`, so a repeated text is one look-up for both.
//
// ```swift
// let remembered = HyphenatedText(text: nil, measure: TableWidths.measure(ofText: "Saknas"))
// remembered.text ?? "Saknas"   // nil: no soft hyphen went in
// ```
struct HyphenatedText {
    /// The text with soft hyphens; nil when none went in.
    let text: String?
    /// The measure of the hyphenated text as a line.
    let measure: TableWidths.TextMeasure
}

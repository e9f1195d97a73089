import DocumentModel

// A table text as the run remembers it (`Hyphenator.hyphenatedText(_:_:)`): with its soft
// hyphens, and measured as a line for `TableWidths`, so a repeated text is one look-up for
// both; for a text that is a whole cell, also the cell's blocks, so every such cell of the
// run shares one (`Hyphenator.hyphenatedCell(_:_:)`).
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
    /// The blocks of a cell of this one text, one paragraph of it with the soft hyphens;
    /// nil until a cell of it is asked for, and always when no soft hyphen went in.
    var cell: [Block]?

    init(text: String?, measure: TableWidths.TextMeasure) {
        self.text = text
        self.measure = measure
    }

    /// The same, with `cell` made when there is a hyphenated text to make it of.
    func withCell() -> HyphenatedText {
        guard cell == nil, let text else { return self }
        var made = self
        made.cell = [.paragraph([.text(text)])]
        return made
    }
}

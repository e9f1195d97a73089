import DocumentModel

// A table as the run remembers it (`Hyphenator.hyphenatedTable(_:_:)`): with soft hyphens
// in its cells, and its texts as they then are with their measures, for `TableWidths` to fit
// it. A table repeated in the run (a plan's web page, its Word file and PDF, the site) is then
// one look-up instead of a look-up per cell and new rows.
//
// ```swift
// let remembered = HyphenatedTable(table: table, measured: TableWidths.MeasuredTexts(for: table))
// ```
struct HyphenatedTable {
    let table: Table
    let measured: TableWidths.MeasuredTexts
}

// What a line starts with before its words: the indentation, list marker, quote mark or
// record label of the blocks it stands in, held in its output's lead bytes (see
// `TextOutput.beginLead()`), with the columns it takes. A lead is used with the output
// that made it.
//
// ```swift
// let start = output.beginLead()
// output.addToLead(rest)
// output.addToLead("> ")
// let quoted = output.finishLead(from: start)   // rest + "> ", 2 columns wider
// ```
struct Lead {
    let start: Int
    let end: Int
    /// Columns in a terminal.
    let width: Int

    /// No lead: the line starts with its words.
    static let none = Lead(start: 0, end: 0, width: 0)

    var isEmpty: Bool { start == end }
    var range: Range<Int> { start..<end }
}

import DocumentModel

// The bytes of a text document as the writer makes them: one UTF-8 buffer of lines, each
// ended by a line feed. Every line starts with `base`, the indentation of the block the
// lines belong to (a table inside a list), which wrapping does not count and trimming
// does not remove; a line's trailing spaces after that go when it ends.
//
// Beside the lines it holds the text being wrapped (`text`, cleaned as it was copied in)
// and the bytes of the leads the lines start with, so that writing a document takes no
// allocation per text, line or lead.
//
// ```swift
// var output = TextOutput()
// let start = output.beginLead()
// output.addToLead("- ")
// output.startLine(output.finishLead(from: start))
// output.append("Mål 1")
// output.endLine()           // "- Mål 1\n"
// ```
struct TextOutput: ~Copyable {
    private(set) var bytes: ByteBuffer
    /// The text the wrapper writes next: a paragraph's words, a heading, a label.
    private(set) var text = ByteBuffer()
    /// Whether `text` is single-scalar text, which is measured in its bytes.
    private(set) var textIsSingleScalar = true
    /// The bytes of the leads made so far.
    private var leads = ByteBuffer()
    /// Written before every line, outside what its line counts and trims.
    var base = Lead.none
    /// Where the current line's own text starts, after `base`.
    private var lineStart = 0
    /// Where each line ends, at its line feed. A lead (a label) may hold line feeds of its
    /// own, so lines are not found by looking for them.
    private(set) var lineEnds: [Int] = []

    init(capacity: Int = 64) { bytes = ByteBuffer(capacity: capacity) }

    /// Where the output stands: `truncate(to:)` goes back to it.
    var mark: Int { bytes.count }

    mutating func truncate(to mark: Int) {
        bytes.truncate(to: mark)
        while let last = lineEnds.last, last >= mark { lineEnds.removeLast() }
    }

    // MARK: Lines

    /// Starts a line with `lead`, after the base.
    mutating func startLine(_ lead: Lead = .none) {
        bytes.append(leads.bytes(base.range))
        lineStart = bytes.count
        bytes.append(leads.bytes(lead.range))
    }

    /// Ends the line, without its trailing spaces when `trim`.
    mutating func endLine(trim: Bool = true) {
        if trim && bytes.last == 0x20 { trimTrailingSpaces() }
        lineEnds.append(bytes.count)
        bytes.append(0x0A)
    }

    /// A whole line of the lead alone.
    mutating func line(_ lead: Lead = .none, trim: Bool = true) {
        startLine(lead)
        endLine(trim: trim)
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(text) }

    mutating func append(_ text: StaticString) { bytes.append(text) }

    mutating func append(_ byte: UInt8, count: Int) { bytes.append(byte, count: count) }

    /// Removes the line's trailing spaces. A space is a character of its own unless it
    /// follows a prepended mark (U+0600 and the like), which joins it; only a non-ASCII
    /// scalar before the spaces can be one, so only then are the characters looked at.
    private mutating func trimTrailingSpaces() {
        var end = bytes.count
        while end > lineStart && bytes[end - 1] == 0x20 { end -= 1 }
        if end == lineStart || bytes[end - 1] < 0x80 {
            bytes.truncate(to: end)
            return
        }
        let line = String(decoding: bytes.bytes(lineStart..<bytes.count), as: UTF8.self)
        let trimmed = String(line.reversed().drop(while: { $0 == " " }).reversed())
        bytes.truncate(to: lineStart)
        bytes.append(trimmed)
    }

    /// The lines written since `mark`, without the base: where each starts and ends.
    func lines(since mark: Int) -> some Sequence<Range<Int>> {
        var first = lineEnds.count
        while first > 0 && lineEnds[first - 1] >= mark { first -= 1 }
        let skip = base.range.count
        return lineEnds[first...].indices.lazy.map { [lineEnds] index in
            let start = index == first ? mark : lineEnds[index - 1] + 1
            return min(start + skip, lineEnds[index])..<lineEnds[index]
        }
    }

    /// The widest of the lines written since `mark`, in terminal columns, without the base.
    func widestLine(since mark: Int) -> Int {
        var widest = 0
        for line in lines(since: mark) { widest = max(widest, Self.columns(bytes.bytes(line))) }
        return widest
    }

    /// Columns the text takes in a terminal: counted in its bytes when every scalar is a
    /// character of its own (Latin text), otherwise by its grapheme clusters.
    static func columns(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        singleScalarColumns(of: text) ?? String(decoding: text, as: UTF8.self).terminalWidth
    }

    // MARK: The text to wrap

    /// Empties the text to wrap.
    mutating func clearText() {
        text.truncate(to: 0)
        textIsSingleScalar = true
    }

    /// Adds to the text to wrap.
    mutating func appendText(_ string: String, _ mode: CleanText.Mode) {
        if !CleanText.append(string, mode, to: &text) { textIsSingleScalar = false }
    }

    mutating func appendText(_ literal: StaticString) {
        literal.withUTF8Buffer { if !CleanText.append($0, .asIs, to: &text) { textIsSingleScalar = false } }
    }

    /// The text to wrap becomes `string`.
    mutating func setText(_ string: String, _ mode: CleanText.Mode) {
        clearText()
        appendText(string, mode)
    }

    // MARK: Leads

    /// Where the leads stand: `dropLeads(to:)` forgets those made after it.
    var leadMark: Int { leads.count }

    mutating func dropLeads(to mark: Int) { leads.truncate(to: mark) }

    /// Starts a lead, to be given its bytes by `addToLead` and made by `finishLead(from:)`.
    mutating func beginLead() -> Int { leads.count }

    mutating func addToLead(_ lead: Lead) { leads.appendCopy(of: lead.range) }

    mutating func addToLead(_ literal: StaticString) { leads.append(literal) }

    mutating func addToLead(_ string: String, _ mode: CleanText.Mode) { CleanText.append(string, mode, to: &leads) }

    mutating func addToLead(spaces: Int) { leads.append(0x20, count: spaces) }

    mutating func addToLead(decimal number: Int) { leads.append(decimal: number) }

    /// The text to wrap, as it stands.
    mutating func addTextToLead() { leads.append(text.bytes) }

    mutating func finishLead(from start: Int) -> Lead {
        Lead(start: start, end: leads.count, width: Self.columns(leads.bytes(start..<leads.count)))
    }

    /// `lead` followed by `literal`.
    mutating func lead(_ lead: Lead, _ literal: StaticString) -> Lead {
        let start = beginLead()
        addToLead(lead)
        addToLead(literal)
        return finishLead(from: start)
    }

    /// `lead` followed by `spaces` spaces.
    mutating func lead(_ lead: Lead, spaces: Int) -> Lead {
        let start = beginLead()
        addToLead(lead)
        addToLead(spaces: spaces)
        return finishLead(from: start)
    }
}

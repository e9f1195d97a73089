import DocumentModel

// The bytes of a text document as the writer makes them: one UTF-8 buffer of lines, each
// ended by a line feed. Every line starts with `base`, the indentation of the block the
// lines belong to (a table inside a list), which wrapping does not count and trimming
// does not remove; a line's trailing spaces after that go when it ends.
//
// ```swift
// var output = TextOutput()
// output.startLine("- ")
// output.append("Mål 1".utf8)
// output.endLine()           // "- Mål 1\n"
// ```
struct TextOutput {
    private(set) var bytes: [UInt8] = []
    /// Written before every line, outside what its line counts and trims.
    var base: [UInt8] = []
    /// Where the current line's own text starts, after `base`.
    private var lineStart = 0
    /// Where each line ends, at its line feed. Text may hold line feeds of its own (one
    /// of a carriage return and line feed, which a word keeps), so lines are not found by
    /// looking for them.
    private(set) var lineEnds: [Int] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Where the output stands: `truncate(to:)` goes back to it.
    var mark: Int { bytes.count }

    mutating func truncate(to mark: Int) {
        bytes.removeSubrange(mark...)
        while let last = lineEnds.last, last >= mark { lineEnds.removeLast() }
    }

    /// Starts a line with `prefix`, after the base.
    mutating func startLine(_ prefix: String = "") {
        bytes.append(contentsOf: base)
        lineStart = bytes.count
        bytes.append(contentsOf: prefix.utf8)
    }

    /// Ends the line, without its trailing spaces when `trim`.
    mutating func endLine(trim: Bool = true) {
        if trim && bytes.last == 0x20 { trimTrailingSpaces() }
        lineEnds.append(bytes.count)
        bytes.append(0x0A)
    }

    /// A whole line.
    mutating func line(_ text: String, trim: Bool = true) {
        startLine(text)
        endLine(trim: trim)
    }

    mutating func append(_ text: some Collection<UInt8>) {
        bytes.append(contentsOf: text)
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    mutating func append(_ byte: UInt8, count: Int) {
        bytes.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Removes the line's trailing spaces. A space is a character of its own unless it
    /// follows a prepended mark (U+0600 and the like), which joins it; only a non-ASCII
    /// scalar before the spaces can be one, so only then are the characters looked at.
    private mutating func trimTrailingSpaces() {
        var end = bytes.count
        while end > lineStart && bytes[end - 1] == 0x20 { end -= 1 }
        if end == lineStart || bytes[end - 1] < 0x80 {
            bytes.removeSubrange(end...)
            return
        }
        let line = String(decoding: bytes[lineStart...], as: UTF8.self)
        let trimmed = String(line.reversed().drop(while: { $0 == " " }).reversed())
        bytes.removeSubrange(lineStart...)
        bytes.append(contentsOf: trimmed.utf8)
    }

    /// The lines written since `mark`, without the base: where each starts and ends.
    func lines(since mark: Int) -> some Sequence<Range<Int>> {
        var first = lineEnds.count
        while first > 0 && lineEnds[first - 1] >= mark { first -= 1 }
        let skip = base.count
        return lineEnds[first...].indices.lazy.map { [lineEnds] index in
            let start = index == first ? mark : lineEnds[index - 1] + 1
            return min(start + skip, lineEnds[index])..<lineEnds[index]
        }
    }

    /// The widest of the lines written since `mark`, in terminal columns, without the base.
    func widestLine(since mark: Int) -> Int {
        bytes.withUnsafeBufferPointer { all in
            lines(since: mark).reduce(0) { max($0, TextOutput.columns(UnsafeBufferPointer(rebasing: all[$1]))) }
        }
    }

    /// Columns the text takes in a terminal: counted in its bytes when every scalar is a
    /// character of its own (Latin text), otherwise by its grapheme clusters.
    static func columns(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        singleScalarColumns(of: text) ?? String(decoding: text, as: UTF8.self).terminalWidth
    }
}

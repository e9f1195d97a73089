import DocumentModel

// Greedy word wrapping by terminal width, with a lead for the first line and another for
// the rest (as Python's textwrap has initial and subsequent indents), written straight
// into the output. A web address is never broken: one too long for the line starts a
// line of its own and runs past the width, so it stays one link when pasted into an e-mail.
//
// Single-scalar text (as Swedish text is) is read in its bytes: words end at spaces, line
// feeds and tabs, and every scalar but a C0 control is one column. Other text is read
// by its characters, so that a space carrying a combining mark stays in its word.
struct Wrapper {
    private let width: Int
    private let rest: Lead
    private var lineWidth: Int
    private var lineHasWord = false
    /// The text being wrapped, when it is single-scalar text.
    private var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Where the words put on the line but not yet written stand in `text`: words
    /// separated there by one space, as on the line, are written in one copy.
    private var pending = 0..<0

    /// Wraps the output's text to wrap (`TextOutput.text`) into lines of the output.
    static func wrapText(width: Int, first: Lead, rest: Lead, into output: inout TextOutput) {
        var wrapper = Wrapper(width: width, first: first, rest: rest, output: &output)
        wrapper.text = output.text.bytes
        if output.textIsSingleScalar {
            wrapper.addSingleScalarWords(to: &output)
        } else {
            wrapper.addWords(to: &output)
        }
        wrapper.flush(&output)
        output.endLine()
    }

    private init(width: Int, first: Lead, rest: Lead, output: inout TextOutput) {
        self.width = width
        self.rest = rest
        lineWidth = first.width
        output.startLine(first)
    }

    private mutating func newLine(_ output: inout TextOutput) {
        flush(&output)
        output.endLine()
        output.startLine(rest)
        lineWidth = rest.width
        lineHasWord = false
    }

    /// Writes the pending words.
    private mutating func flush(_ output: inout TextOutput) {
        guard !pending.isEmpty else { return }
        output.append(UnsafeBufferPointer(rebasing: text[pending]))
        pending = 0..<0
    }

    /// The words of single-scalar text, found in its bytes; a word longer than a line
    /// breaks between its scalars.
    private mutating func addSingleScalarWords(to output: inout TextOutput) {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                index += 1
                continue
            }
            let start = index
            let (end, columns) = ByteScan.word(of: text, from: start)
            index = end
            if place(start..<end, width: columns, to: &output) { continue }
            var scalar = start
            while scalar < end {
                let length = text[scalar] < 0x80 ? 1 : text[scalar] < 0xE0 ? 2 : 3
                placePiece(UnsafeBufferPointer(rebasing: text[scalar..<scalar + length]), width: text[scalar] < 0x20 ? 0 : 1,
                           to: &output)
                scalar += length
            }
        }
    }

    /// The words of other text, found by its characters, so that a space carrying a
    /// combining mark stays in its word; a word longer than a line breaks between its characters.
    private mutating func addWords(to output: inout TextOutput) {
        let string = String(decoding: text, as: UTF8.self)
        for word in string.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            // The string holds the text's bytes as they are, so its offsets are the text's.
            let start = string.utf8.distance(from: string.startIndex, to: word.startIndex)
            if place(start..<start + word.utf8.count, width: word.terminalWidth, to: &output) { continue }
            for character in word {
                var piece = String(character)
                piece.withUTF8 { placePiece($0, width: character.terminalWidth, to: &output) }
            }
        }
    }

    /// Puts the word (`text[word]`, `columns` wide) on the line, or on the next one, if it
    /// fits there; an address longer than a line on a line of its own. False for another
    /// word longer than a line, which is left to be broken into pieces. Words put on the
    /// line are pending, so that those separated by one space in `text`, as on the line,
    /// are written in one copy.
    @inline(__always)
    private mutating func place(_ word: Range<Int>, width columns: Int, to output: inout TextOutput) -> Bool {
        if lineHasWord && lineWidth + 1 + columns > width { newLine(&output) }
        if lineHasWord {
            if !pending.isEmpty && pending.upperBound + 1 == word.lowerBound && text[pending.upperBound] == 0x20 {
                pending = pending.lowerBound..<word.upperBound
            } else {
                flush(&output)
                output.append(0x20, count: 1)
                pending = word
            }
            lineWidth += 1 + columns
            return true
        }
        if lineWidth + columns <= width || lineWidth == rest.width && columns <= width - rest.width {
            pending = word
            lineWidth += columns
            lineHasWord = true
            return true
        }
        // Longer than a line.
        flush(&output)
        let bytes = UnsafeBufferPointer(rebasing: text[word])
        guard Self.isAddress(bytes) else { return false }
        placeAddress(bytes, width: columns, to: &output)
        return true
    }

    /// An address longer than the line: on a line of its own, past the width.
    private mutating func placeAddress(_ word: UnsafeBufferPointer<UInt8>, width wordWidth: Int, to output: inout TextOutput) {
        if lineWidth > rest.width { newLine(&output) }
        output.append(word)
        lineWidth += wordWidth
        lineHasWord = true
    }

    /// A character of a word longer than the line, which breaks where the line ends.
    private mutating func placePiece(_ piece: UnsafeBufferPointer<UInt8>, width pieceWidth: Int, to output: inout TextOutput) {
        if lineWidth + pieceWidth > width && lineWidth > rest.width { newLine(&output) }
        output.append(piece)
        lineWidth += pieceWidth
        lineHasWord = true
    }

    /// A web or e-mail address, bare or in the `<…>` the text writer puts links in:
    /// holding `://` or `mailto:`, or starting with `www.` or `<www.`.
    private static func isAddress(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(word, "://") || starts(word, "www.") || starts(word, "<www.") || contains(word, "mailto:")
    }

    private static func starts(_ word: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { word.starts(with: $0) }
    }

    private static func contains(_ word: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { needle in
            guard word.count >= needle.count else { return false }
            return (0...(word.count - needle.count)).contains { word[$0..<$0 + needle.count].elementsEqual(needle) }
        }
    }
}

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
        if output.textIsSingleScalar {
            wrapper.text = output.text.bytes
            wrapper.addSingleScalarWords(to: &output)
        } else {
            wrapper.addWords(of: String(decoding: output.text.bytes, as: UTF8.self), to: &output)
        }
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

    /// The words of `text`, as `place` puts them, but written a run at a time.
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
            if lineHasWord && lineWidth + 1 + columns > width { newLine(&output) }
            if lineHasWord {
                if !pending.isEmpty && pending.upperBound + 1 == start && text[pending.upperBound] == 0x20 {
                    pending = pending.lowerBound..<end
                } else {
                    flush(&output)
                    output.append(0x20, count: 1)
                    pending = start..<end
                }
                lineWidth += 1 + columns
                continue
            }
            if lineWidth + columns <= width || lineWidth == rest.width && columns <= width - rest.width {
                pending = start..<end
                lineWidth += columns
                lineHasWord = true
                continue
            }
            // Longer than a line.
            flush(&output)
            let word = UnsafeBufferPointer(rebasing: text[start..<end])
            if Self.isAddress(word) {
                placeAddress(word, width: columns, to: &output)
                continue
            }
            var scalar = 0
            while scalar < word.count {
                let length = word[scalar] < 0x80 ? 1 : word[scalar] < 0xE0 ? 2 : 3
                placePiece(UnsafeBufferPointer(rebasing: word[scalar..<scalar + length]), width: word[scalar] < 0x20 ? 0 : 1,
                           to: &output)
                scalar += length
            }
        }
        flush(&output)
    }

    private mutating func addWords(of text: String, to output: inout TextOutput) {
        for var word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let wordWidth = word.terminalWidth
            let placed = word.withUTF8 { place($0, width: wordWidth, to: &output) }
            if placed { continue }
            // Found in the bytes, as in single-scalar text: a prepended mark joins the
            // letter after it into one character, but the address is still there.
            let hasScheme = word.withUTF8 { Self.contains($0, "://") || Self.contains($0, "mailto:") }
            if hasScheme || word.hasPrefix("www.") || word.hasPrefix("<www.") {
                word.withUTF8 { placeAddress($0, width: wordWidth, to: &output) }
                continue
            }
            for character in word {
                var piece = String(character)
                piece.withUTF8 { placePiece($0, width: character.terminalWidth, to: &output) }
            }
        }
    }

    /// Puts the word on the line, or on the next one, if it fits there; false if it is
    /// longer than a line (then only the space before it has been written).
    private mutating func place(_ word: UnsafeBufferPointer<UInt8>, width wordWidth: Int, to output: inout TextOutput) -> Bool {
        if lineHasWord && lineWidth + 1 + wordWidth > width { newLine(&output) }
        if lineHasWord {
            output.append(0x20, count: 1)
            lineWidth += 1
        }
        guard lineWidth + wordWidth <= width || lineWidth == rest.width && wordWidth <= width - rest.width else { return false }
        output.append(word)
        lineWidth += wordWidth
        lineHasWord = true
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

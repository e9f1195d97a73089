// Greedy word wrapping by terminal width, with a prefix for the first line and another
// for the rest (as Python's textwrap has initial and subsequent indents). A web address
// is never broken: one too long for the line starts a line of its own and runs past the
// width, so it stays one link when pasted into an e-mail.
enum Wrapper {
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = first.terminalWidth
        let restWidth = rest.terminalWidth
        var lineHasWord = false

        func newLine() {
            lines.append(line)
            line = rest
            lineWidth = restWidth
            lineHasWord = false
        }

        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let wordWidth = word.terminalWidth
            if lineHasWord && lineWidth + 1 + wordWidth > width { newLine() }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            if lineWidth + wordWidth <= width || lineWidth == restWidth && wordWidth <= width - restWidth {
                line += word
                lineWidth += wordWidth
                lineHasWord = true
                continue
            }
            if isAddress(word) {
                if lineWidth > restWidth { newLine() }
                line += word
                lineWidth += wordWidth
                lineHasWord = true
                continue
            }
            // A word longer than the line is broken where the line ends.
            for character in word {
                let characterWidth = character.terminalWidth
                if lineWidth + characterWidth > width && lineWidth > restWidth { newLine() }
                line.append(character)
                lineWidth += characterWidth
                lineHasWord = true
            }
        }
        lines.append(line)
        return lines.map { $0.last == " " ? $0.trimmingTrailingSpaces : $0 }
    }

    /// A web or e-mail address, bare or in the `<…>` the text writer puts links in.
    static func isAddress(_ word: Substring) -> Bool {
        word.contains("://") || word.hasPrefix("www.") || word.hasPrefix("<www.") || word.contains("mailto:")
    }

    /// `text` padded with spaces to `width` terminal columns.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.terminalWidth))
    }
}

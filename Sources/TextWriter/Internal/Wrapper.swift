import DocumentModel

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

        for word in words(of: text) {
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
        return lines.map(\.trimmingTrailingSpaces)
    }

    /// The words between spaces, line breaks and tabs. Single-scalar text (as Swedish text
    /// is) is split at those bytes, which are whole characters there; other text character
    /// by character, so that a space carrying a combining mark stays in its word.
    private static func words(of text: String) -> [Substring] {
        guard text.singleScalarColumns != nil else {
            return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }).map(Substring.init)
    }

    /// A web or e-mail address, bare or in the `<…>` the text writer puts links in.
    static func isAddress(_ word: Substring) -> Bool {
        word.contains("://") || word.hasPrefix("www.") || word.hasPrefix("<www.") || word.contains("mailto:")
    }

    /// `text` padded with spaces to `width` terminal columns.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.terminalWidth))
    }

    /// The text padded to `width` on the side its alignment leaves open: numbers to the right.
    static func pad(_ text: String, to width: Int, _ alignment: Alignment) -> String {
        let room = max(0, width - text.terminalWidth)
        switch alignment {
        case .start: return pad(text, to: width)
        case .center: return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2)
        case .end: return String(repeating: " ", count: room) + text
        }
    }
}

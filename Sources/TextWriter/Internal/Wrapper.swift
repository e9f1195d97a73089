// Greedy word wrapping by terminal width, with a prefix for the first line and another
// for the rest (as Python's textwrap has initial and subsequent indents).
enum Wrapper {
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = first.terminalWidth
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let wordWidth = word.terminalWidth
            if lineHasWord && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = rest
                lineWidth = rest.terminalWidth
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            // A word longer than the line is broken where the line ends.
            for character in word {
                let characterWidth = character.terminalWidth
                if lineWidth + characterWidth > width && lineHasWord && lineWidth > rest.terminalWidth {
                    lines.append(line)
                    line = rest
                    lineWidth = rest.terminalWidth
                }
                line.append(character)
                lineWidth += characterWidth
                lineHasWord = true
            }
        }
        lines.append(line)
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    /// `text` padded with spaces to `width` terminal columns.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.terminalWidth))
    }
}

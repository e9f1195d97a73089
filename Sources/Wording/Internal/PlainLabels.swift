// The label file in the shape it is shipped and edited in, read straight from its UTF-8
// bytes: comments, blank lines, sections (`rubrik:`) and labels (`arbetsgrupp: "Arbetsgrupp"`,
// double-quoted, with `\"`, `\\` and `\uXXXX` escapes), nested by indentation with spaces. For
// such a file this gives what libyaml's parse gives, at the cost of one pass over the bytes
// (the parse costs thirty times more). Any other line (YAML's other forms, a tab, a quote
// left open, a character libyaml refuses or reads as a line break, a key given twice, an
// empty section) gives nil: then `LabelFile` reads the file with libyaml, which reports
// what is wrong at its line.
enum PlainLabels {
    /// Every label of the file as its dotted name and text, in file order; nil when a line
    /// is not in the plain shape.
    static func entries(in yaml: String) -> [(name: String, text: String)]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard acceptsEveryCharacter(bytes) else { return nil }
            var reader = Reader(bytes: bytes)
            return reader.entries()
        }
    }

    /// Whether the bytes hold only characters libyaml takes in a file and none it reads as
    /// a line break besides "\n": no control characters (tab and carriage return included),
    /// no C1 controls (NEL among them), no line or paragraph separator, no byte-order mark,
    /// no U+FFFE or U+FFFF.
    private static func acceptsEveryCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != UInt8(ascii: "\n") || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            if byte == 0xEF, index + 2 < bytes.count,
               bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF || bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                return false
            }
            index += 1
        }
        return true
    }

    // One pass over the lines, keeping the open sections.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// The open mappings, outermost first: their indentation and their names' dotted prefix.
        var levels: [(indent: Int, prefix: String)] = [(0, "")]
        /// A section was just opened: the next line must be indented further.
        var sectionOpened = false
        /// Every section's and label's dotted name so far, to notice one given twice.
        var names: Set<String> = []
        var result: [(name: String, text: String)] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func entries() -> [(name: String, text: String)]? {
            while position < bytes.count {
                let end = lineEnd(from: position)
                guard line(position..<end) else { return nil }
                position = end + 1
            }
            return sectionOpened ? nil : result
        }

        private func lineEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            return end
        }

        /// Reads one line; false when it is not in the plain shape.
        private mutating func line(_ range: Range<Int>) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound && bytes[index] == UInt8(ascii: " ") { index += 1 }
            if index == range.upperBound || bytes[index] == UInt8(ascii: "#") { return true }
            let indent = index - range.lowerBound
            if sectionOpened {
                guard indent > levels[levels.count - 1].indent else { return false }
                levels[levels.count - 1].indent = indent
                sectionOpened = false
            } else {
                while indent < levels[levels.count - 1].indent { levels.removeLast() }
                guard indent == levels[levels.count - 1].indent else { return false }
            }
            let nameStart = index
            while index < range.upperBound && isNameByte(bytes[index]) { index += 1 }
            guard index > nameStart, index < range.upperBound, bytes[index] == UInt8(ascii: ":") else { return false }
            let name = levels[levels.count - 1].prefix + string(nameStart..<index)
            guard names.insert(name).inserted else { return false }
            index += 1
            let afterColon = index
            while index < range.upperBound && bytes[index] == UInt8(ascii: " ") { index += 1 }
            if index == range.upperBound {
                // A section: its labels follow, indented further.
                levels.append((indent, name + "."))
                sectionOpened = true
                return true
            }
            guard index > afterColon, bytes[index] == UInt8(ascii: "\""),
                  let (text, closing) = quoted(from: index + 1, before: range.upperBound) else { return false }
            index = closing + 1
            while index < range.upperBound && bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index == range.upperBound else { return false }
            result.append((name, text))
            return true
        }

        /// Letters, digits and "_" in ASCII, and every character beyond it (the checks
        /// before leave only printable ones): what a plain YAML key may hold without
        /// meaning anything else.
        private func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...: return true
            default: return false
            }
        }

        private func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// The hexadecimal number the bytes spell, digits only.
        private func hex(_ range: Range<Int>) -> UInt32? {
            var value: UInt32 = 0
            for byte in bytes[range] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        /// The text of a double-quoted scalar that starts at `start`, and where its closing
        /// quote is; nil when it does not close before `end` or has another escape.
        private func quoted(from start: Int, before end: Int) -> (String, Int)? {
            var index = start
            var runStart = start
            var text = ""
            while index < end {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    text += string(runStart..<index)
                    return (text, index)
                case UInt8(ascii: "\\"):
                    text += string(runStart..<index)
                    guard index + 1 < end else { return nil }
                    switch bytes[index + 1] {
                    case UInt8(ascii: "\""): text += "\""
                    case UInt8(ascii: "\\"): text += "\\"
                    case UInt8(ascii: "u"):
                        guard index + 5 < end, let value = hex(index + 2..<index + 6), value >= 0x20,
                              !(0x7F...0x9F).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
                        text.unicodeScalars.append(scalar)
                        index += 4
                    default: return nil
                    }
                    index += 2
                    runStart = index
                default:
                    index += 1
                }
            }
            return nil
        }
    }
}

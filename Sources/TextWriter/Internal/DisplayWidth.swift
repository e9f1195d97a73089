// Width of text as a terminal shows it: a grapheme cluster (å, e + combining acute, a
// flag, a family emoji) is one cell, or two for wide East Asian characters and emoji
// presentation; controls and lone format characters take none.
extension Character {
    var terminalWidth: Int {
        let scalars = unicodeScalars
        let first = scalars.first!
        // Latin text (å, ä, ö included) with or without combining marks: one cell.
        if first.value >= 0x20 && first.value < 0x300 && (scalars.count == 1 || !scalars.contains("\u{FE0F}")) {
            return 1
        }
        let properties = first.properties
        switch properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            if scalars.count == 1 { return 0 }
        default:
            break
        }
        if properties.isEmojiPresentation || (properties.isEmoji && scalars.contains("\u{FE0F}")) {
            return 2
        }
        return Character.isWide(first.value) ? 2 : 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// Columns the text takes in a terminal.
    var terminalWidth: Int {
        // Latin text is counted in its bytes; only other text needs grapheme breaking.
        simpleTerminalWidth ?? reduce(0) { $0 + $1.terminalWidth }
    }

    /// The width of simple text (see `DisplayWidth.simpleWidth`), which is split into
    /// words at the bytes of its spaces; nil for other text.
    var simpleTerminalWidth: Int? {
        if let width = utf8.withContiguousStorageIfAvailable(DisplayWidth.simpleWidth) { return width }
        return Array(utf8).withUnsafeBufferPointer(DisplayWidth.simpleWidth)
    }
}

enum DisplayWidth {
    /// The width of UTF-8 text whose every scalar is a grapheme cluster of its own and one
    /// column wide (tab, line feed and the other C0 controls but carriage return: none):
    /// ASCII, Latin-1 and the Latin letters up to U+02FF, the spaces U+2000–U+200A and the
    /// punctuation U+2010–U+2027 and U+202F–U+205F (dashes, quotes, the narrow no-break
    /// space). Nil for text with any other scalar, which may join the scalars around it or
    /// be wide, or a carriage return, which joins a following line feed.
    static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x0D: return nil
            case 0x00..<0x20: index += 1
            case 0x20..<0x80: width += 1; index += 1
            case 0xC2...0xCB: width += 1; index += 2   // U+0080–U+02FF
            case 0xE2:
                let second = bytes[index + 1], third = bytes[index + 2]
                let simple = second == 0x80 ? third <= 0x8A || (0x90...0xA7).contains(third) || third >= 0xAF
                    : second == 0x81 && third <= 0x9F
                guard simple else { return nil }
                width += 1
                index += 3
            default: return nil
            }
        }
        return width
    }
}

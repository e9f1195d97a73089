import DocumentModel

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
        // Single-scalar text (Latin) is counted in its bytes; only other text needs grapheme breaking.
        singleScalarColumns ?? reduce(0) { $0 + $1.terminalWidth }
    }
}

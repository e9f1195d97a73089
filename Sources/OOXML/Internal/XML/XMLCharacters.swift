// The characters XML 1.0 can carry. Plan text may hold others (a form feed pasted from a
// PDF, a stray U+FFFF); they are dropped and reported, never written, because one such
// character makes Word refuse the whole file.
package enum XMLCharacters {
    /// `text` without the characters XML 1.0 forbids; each one dropped is noted in `diagnostics`.
    package static func clean(_ text: String, diagnostics: Diagnostics) -> String {
        guard containsByte(text, where: { $0 < 0x20 || $0 == 0xEF }) else { return text }
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) {
                kept.append(scalar)
            } else {
                diagnostics.droppedCharacter(scalar, in: text)
            }
        }
        return String(kept)
    }

    /// Whether a byte of `text`'s UTF-8 satisfies `test`: one tight loop over the bytes,
    /// which native strings hold contiguously.
    package static func containsByte(_ text: String, where test: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(where: test) }
    }

    /// Tab and newline are the only control characters kept: the run writer turns them into
    /// `w:tab` and `w:br`. Carriage returns are dropped too, as line ends are newlines.
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}

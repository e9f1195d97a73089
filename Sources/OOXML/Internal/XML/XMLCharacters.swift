// The characters XML 1.0 can carry. Plan text may hold others (a form feed pasted from a
// PDF, a stray U+FFFF); `XMLWriter` drops them while it escapes and reports them, never
// writes them, because one such character makes Word refuse the whole file.
package enum XMLCharacters {
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

import Foundation

/// Stable, unique anchor ids from heading texts: ASCII, lowercase, hyphenated, so links
/// into a document survive re-rendering. One per document, shared by its headings.
///
/// ```swift
/// var anchors = Anchors()
/// anchors.make("Mål 1.1")   // "mal-1-1"
/// anchors.make("Mål 1.1")   // "mal-1-1-2"
/// ```
public struct Anchors: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// A new anchor for `text`, different from every one made before.
    public mutating func make(_ text: String) -> String {
        let base = Anchors.slug(text)
        var anchor = base
        var counter = 2
        while used.contains(anchor) {
            anchor = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(anchor)
        return anchor
    }

    static func slug(_ text: String) -> String {
        // Latin-1 and general punctuation (all Swedish headings) map scalar by scalar to
        // what lowercasing and decomposing give; other text goes through both.
        let latin = text.unicodeScalars.allSatisfy { $0.value < 0x100 || (0x2000...0x206F).contains($0.value) }
        return latin ? slug(of: text.unicodeScalars.lazy.map(latinBase))
            : slug(of: text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// ASCII letters and digits of lowercased, decomposed text, each other run of scalars
    /// but combining marks one hyphen, none at the ends.
    private static func slug(of scalars: some Sequence<Unicode.Scalar>) -> String {
        var slug: [UInt8] = []
        for scalar in scalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.append(UInt8(scalar.value))
            } else if scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !slug.isEmpty && slug.last != UInt8(ascii: "-") {
                slug.append(UInt8(ascii: "-"))
            }
        }
        while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        // The whole heading, never cut: a cut anchor ends mid-word ("…-for-barn-och-u") and
        // two long headings that begin alike would differ only by a counter.
        return slug.isEmpty ? "avsnitt" : String(decoding: slug, as: UTF8.self)
    }

    /// A Latin-1 scalar lowercased, and a letter with a diacritic (å, é, ü, ñ, ÿ) as its
    /// base letter: the ASCII letter the lowercased, decomposed scalar starts with. Other
    /// scalars as they are: none of them lowercases or decomposes to an ASCII letter.
    private static func latinBase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(UInt8(scalar.value) + 0x20)
        case 0xC0...0xC5, 0xE0...0xE5: return "a"
        case 0xC7, 0xE7: return "c"
        case 0xC8...0xCB, 0xE8...0xEB: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD1, 0xF1: return "n"
        case 0xD2...0xD6, 0xF2...0xF6: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xDD, 0xFD, 0xFF: return "y"
        default: return scalar
        }
    }
}

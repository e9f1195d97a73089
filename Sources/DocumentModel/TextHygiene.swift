/// What text a document may carry, the same in every format and every place (the body,
/// the title, the cover, the page header and footer, file properties). Writers get it
/// through `Document.sanitised()`; validation uses it to warn at the plan's line.
///
/// - `\r\n` and a lone `\r` are line breaks, as `\n` is.
/// - Tab and line break are the only controls kept. Other C0 and C1 controls, DEL,
///   Unicode noncharacters (U+FFFE, U+FDD0 …) are removed: XML cannot carry them, HTML
///   forbids them and a terminal would act on them.
/// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
///   are removed: a plan is Swedish text, and one of these pasted in reverses the order a
///   reader sees the following words in (a link's address, a date) without changing what
///   the text says.
///
/// ```swift
/// TextHygiene.clean("Rad 1\r\nRad 2\u{0}")   // "Rad 1\nRad 2"
/// TextHygiene.removed(in: "a\u{202E}b")      // [U+202E]
/// ```
public enum TextHygiene {
    /// `text` as documents show it.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var kept = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            if scalar == "\r" {
                kept.append("\n")
            } else if scalar == "\n" && previousWasReturn {
                continue
            } else if !removes(scalar) {
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    /// The characters `clean` removes from `text`, each once, in order of appearance.
    public static func removed(in text: String) -> [Unicode.Scalar] {
        guard needsCleaning(text) else { return [] }
        var found: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where removes(scalar) && !found.contains(scalar) { found.append(scalar) }
        return found
    }

    /// Whether `scalar` is removed (carriage returns are not: they become line breaks).
    public static func removes(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0xFDD0...0xFDEF: return true
        case let value where value & 0xFFFE == 0xFFFE: return true
        default: return false
        }
    }

    /// `U+001B`: how messages name a character.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A quick look at the bytes: most text holds none of the characters in question, and
    /// this keeps cleaning it a scan without allocation. Multi-byte scalars are looked at
    /// by their bytes: C1 controls (C2 80–9F), the bidirectional controls (E2 80 AA–AE,
    /// E2 81 A6–A9) and noncharacters (EF B7 90–AF, EF BF BE–BF, and U+xFFFE, U+xFFFF
    /// of the other planes); å, ä, ö, dashes and quotes are passed over.
    package static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // Past what no cleaning looks at, eight bytes at a time; it stops at every scalar cleaning may change.
                index = TextBytes.plainEnd(of: bytes, from: index, passingLatin1Symbols: true)
                guard index < bytes.count else { return false }
                if cleans(at: index, in: bytes) { return true }
                let byte = bytes[index]
                index += byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            }
            return false
        }
    }

    /// Whether `clean` changes the scalar whose UTF-8 starts at `index`: a control but tab
    /// and line feed (carriage return included), DEL, a C1 control, a bidirectional control
    /// or a noncharacter, told by its bytes as `needsCleaning` tells them. For the writers
    /// that clean text in the scan that writes it (`TextBytes`).
    @inline(__always)
    package static func cleans(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[index] {
        case 0x00..<0x09, 0x0B, 0x0C, 0x0D, 0x0E..<0x20, 0x7F: return true
        case 0xC2: return bytes[index + 1] < 0xA0
        case 0xE2:
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): return true
            default: return false
            }
        case 0xEF:
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0xB7, 0x90...0xAF), (0xBF, 0xBE...0xBF): return true
            default: return false
            }
        case 0xF0...0xF4:
            // U+xFFFE and U+xFFFF of the supplementary planes: the plane's low bits, then all ones.
            return bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] & 0x3E == 0x3E
        default: return false
        }
    }
}

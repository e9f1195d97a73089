/// A text's UTF-8 as a writer puts it into its output, in one scan: cleaned as
/// `TextHygiene.clean` cleans it, each en dash between figures held to them by word
/// joiners as `Typography.joiningFigureSpans` does, and the bytes markup reads specially
/// replaced by their entities. Runs of bytes that need none of this are copied whole, so
/// clean text costs one scan and one copy; only a text that needs cleaning (rare: a control
/// character, a bidirectional override) is cleaned first and then scanned again.
///
/// ```swift
/// var output: [UInt8] = []
/// TextBytes.append("2018–2022 & <mer>", escaping: .text, joiningFigureSpans: true, to: &output)
/// // "2018\u{2060}–\u{2060}2022 &amp; &lt;mer&gt;"
/// ```
package enum TextBytes {
    /// Which bytes become entities.
    package enum Escaping {
        /// None: plain text.
        case none
        /// `&`, `<` and `>`: text inside an element.
        case text
        /// `&`, `<`, `>` and `"`: a double-quoted attribute value.
        case attribute
    }

    /// Appends `text` to `output`: cleaned unless `cleaning` is false, with figure spans
    /// joined when `joiningFigureSpans`, escaped as `escaping` says.
    package static func append(_ text: String, escaping: Escaping, joiningFigureSpans: Bool = false, cleaning: Bool = true,
                               to output: inout [UInt8]) {
        let start = output.count
        guard !appendIfClean(text, escaping: escaping, joiningFigureSpans: joiningFigureSpans, cleaning: cleaning, to: &output) else {
            return
        }
        output.removeSubrange(start...)
        _ = appendIfClean(TextHygiene.clean(text), escaping: escaping, joiningFigureSpans: joiningFigureSpans, cleaning: false,
                          to: &output)
    }

    private static func appendIfClean(_ text: String, escaping: Escaping, joiningFigureSpans: Bool, cleaning: Bool,
                                      to output: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { append($0, escaping: escaping, joiningFigureSpans: joiningFigureSpans, cleaning: cleaning, to: &output) }
    }

    // The ASCII bytes below 64 that are looked at, as bits: the C0 controls but tab and line
    // feed (carriage return is cleaned into a line feed), and the escaped & < > (" is added
    // for attributes).
    private static let controls: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A)
    private static let markup: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    /// The scan: false, with part of the text appended, as soon as it finds a character
    /// `TextHygiene.clean` would change (only when `cleaning`).
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, escaping: Escaping, joiningFigureSpans: Bool, cleaning: Bool,
                               to output: inout [UInt8]) -> Bool {
        let escaped: UInt64
        switch escaping {
        case .none: escaped = 0
        case .text: escaped = markup
        case .attribute: escaped = markup | 1 << 0x22
        }
        let ascii = escaped | (cleaning ? controls : 0)
        let count = bytes.count
        var runStart = 0
        var index = 0
        // Where the byte-by-byte look ends: eight bytes are passed over at once while none
        // of them is a byte any setting looks at (`mayNeedLook`), else looked at one by one.
        var lookEnd = 0
        while index < count {
            if index >= lookEnd {
                if count - index >= 8 && !mayNeedLook(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                lookEnd = index + 8
            }
            let byte = bytes[index]
            // Lead bytes of scalars that may be cleaned: DEL, C1 controls (0xC2), the
            // bidirectional controls (0xE2) and noncharacters (0xEF, 0xF0–0xF4). å, ä, ö
            // (0xC3) need no look; dashes and quotes (0xE2) a short one.
            let needsLook = byte < 64 ? ascii >> byte & 1 != 0
                : byte >= 0x7F && (cleaning && (byte == 0x7F || byte == 0xC2 || byte >= 0xEF) || byte == 0xE2 && (cleaning || joiningFigureSpans))
            guard needsLook else {
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            if cleaning && TextHygiene.cleans(at: index, in: bytes) { return false }
            let replacement: StaticString?
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0xE2:
                // An en dash (E2 80 93) with a figure on either side, as scalars of this text.
                let joins = joiningFigureSpans && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93 && index > 0
                    && index + 3 < count && isFigure(scalarEnding(before: index, in: bytes)) && isFigure(utf8Scalar(at: index + 3, in: bytes))
                replacement = joins ? "\u{2060}\u{2013}\u{2060}" : nil
            default: replacement = nil   // a scalar cleaning keeps
            }
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + length
            }
            index += length
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        return true
    }

    /// Whether any of eight bytes is one the scan looks at with some setting: a C0
    /// control, `"`, `&`, `<`, `>`, DEL, or the lead byte 0xC2, 0xE2 or 0xEF–0xFF. Each
    /// test works on all eight bytes of the word at once, without carries between them.
    private static func mayNeedLook(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte equal to `byte`: the byte of `word ^ byte` that is zero.
        func has(_ byte: UInt64) -> UInt64 {
            let x = word ^ (byte &* ones)
            return (x &- ones) & ~x & highs
        }
        let low = word & ~highs
        // Below 0x20 without the high bit: adding 0x60 leaves it clear. 0xEF and above: adding 0x11 to the low bits sets it.
        let controls = ~(low &+ 0x60 &* ones) & ~word & highs
        let top = (low &+ 0x11 &* ones) & word & highs
        return controls | top | has(0x22) | has(0x26) | has(0x3C) | has(0x3E) | has(0x7F) | has(0xC2) | has(0xE2) != 0
    }

    private static func isFigure(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
    }

    /// The scalar whose UTF-8 ends just before `index`.
    private static func scalarEnding(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = index - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return utf8Scalar(at: start, in: bytes)
    }
}

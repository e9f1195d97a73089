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
        while index < count {
            // Bytes no setting looks at are passed over eight at a time.
            index = plainEnd(of: bytes, from: index, passingLatin1Symbols: true)
            guard index < count else { break }
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

    /// Where the first byte from `start` on that a writer's scan may look at stands, or the
    /// end: a C0 control, `"`, `&`, `<`, `>`, DEL, or the lead byte of a scalar but the
    /// Latin letters U+00C0–U+02FF (C3–CB: å, ä, ö, é), which no scan looks at. So C1
    /// controls and the soft hyphen (C2), dashes, quotes and bidirectional controls (E2),
    /// noncharacters, and every scalar single-scalar text cannot hold (see
    /// `singleScalarColumns(of:)`) are stopped at; continuation bytes never. With
    /// `passingLatin1Symbols`, the Latin-1 signs U+00A0–U+00BF (the hard space, the soft
    /// hyphen, §) are passed over too, as a scan that only cleans and escapes may: the
    /// soft hyphens of a table's words would otherwise stop it every few letters. Eight
    /// bytes (one 64-bit word, as SWAR code does) at a time, the last few one by one, with
    /// the same test. For this scan and the text writer's cleaning copy.
    package static func plainEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                 passingLatin1Symbols: Bool = false) -> Int {
        // Each setting a loop of its own, so the text writer's scan pays nothing for the signs.
        passingLatin1Symbols ? plainEnd(of: bytes, from: start, passing: true) : plainEnd(of: bytes, from: start, passing: false)
    }

    @inline(__always)
    private static func plainEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, passing passingLatin1Symbols: Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while true {
            while index &+ 8 <= count {
                let flags = mayNeedLook(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self),
                                        passingLatin1Symbols: passingLatin1Symbols)
                if flags != 0 {
                    index &+= flags.trailingZeroBitCount &>> 3
                    break
                }
                index &+= 8
            }
            if index &+ 8 > count {
                // The last bytes alone, among spaces, which are never looked at.
                while index < count && mayNeedLook(0x2020_2020_2020_2000 | UInt64(base[index]), passingLatin1Symbols: false) == 0 {
                    index &+= 1
                }
            }
            // A sign whose second byte the word test could not see (the word's last byte, or the text's last bytes).
            guard passingLatin1Symbols && index &+ 1 < count && base[index] == 0xC2 && base[index &+ 1] >= 0xA0 else { return index }
            index &+= 2
        }
    }

    /// The high bit of each of eight bytes (the first lowest) that `plainEnd` stops at,
    /// exact up to the first of them: each test works on all eight bytes at once, and only
    /// a byte equal to the one sought borrows from the byte above it.
    @inline(__always)
    private static func mayNeedLook(_ word: UInt64, passingLatin1Symbols: Bool) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte equal to `byte`: the byte of `word ^ byte` that is zero.
        func has(_ byte: UInt64) -> UInt64 {
            let x = word ^ (byte &* ones)
            return (x &- ones) & ~x & highs
        }
        let low = word & ~highs
        // Below 0x20 without the high bit: adding 0x60 leaves it clear. 0xCC and above: adding 0x34 to the low bits sets it.
        let controls = ~(low &+ 0x60 &* ones) & ~word & highs
        let leads = (low &+ 0x34 &* ones) & word & highs
        // A C2 before a continuation byte of A0 or more (its 0x20 bit set, moved under the C2's high bit) is a
        // Latin-1 sign; the last byte's C2 has no byte after it here and stays.
        let signs = passingLatin1Symbols ? (word >> 8) << 2 & highs : 0
        return controls | leads | has(0x22) | has(0x26) | has(0x3C) | has(0x3E) | has(0x7F) | has(0xC2) & ~signs
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

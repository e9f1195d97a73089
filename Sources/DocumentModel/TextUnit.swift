/// What the passes that measure and hyphenate text step through: its characters, or for
/// single-scalar text (every scalar a character of its own, as Swedish text is; see
/// `StringProtocol.singleScalarColumns`) its scalars, which give the same answers without
/// grapheme breaking, and for Latin-1 from a table instead of Unicode's property tables.
///
/// ```swift
/// let text = "Föräldrar 2018–2022"
/// let letters = text.singleScalarColumns != nil
///     ? text.unicodeScalars.filter(\.isLetter).count : text.filter(\.isLetter).count   // 15 either way
/// ```
package protocol TextUnit: Equatable {
    var isLetter: Bool { get }
    var isWhitespace: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    var isNumber: Bool { get }
    /// The bytes of the unit lowercased, in UTF-8.
    var lowercasedUTF8Count: Int { get }
    /// Whether a line may break here: at a space, line feed or tab, or after a soft hyphen, hyphen, en dash or slash.
    var breakKind: LineBreakKind { get }
}

/// Where a line may break at a unit of text (see `TextUnit.breakKind`).
package enum LineBreakKind {
    /// A space, line feed or tab: the line breaks instead of it.
    case space
    /// A soft hyphen, hyphen, en dash or slash: the line breaks after it, with a mark.
    case mark
    case none
}

extension Character: TextUnit {
    package var lowercasedUTF8Count: Int { String(self).lowercased().utf8.count }

    /// Each of the breaking characters is one scalar, and no other character equals it.
    package var breakKind: LineBreakKind { unicodeScalars.count == 1 ? unicodeScalars.first!.breakKind : .none }

}

/// A scalar answers as the character it is alone would: Latin-1 from `Latin1Class`'s
/// table, other scalars from their properties (letters, white space, numbers, as
/// `Character` asks its first scalar) or as a character (case).
extension Unicode.Scalar: TextUnit {
    package var isLetter: Bool {
        value < 0x100 ? Latin1Class(value).isLetter : properties.isAlphabetic
    }

    package var isWhitespace: Bool {
        value < 0x100 ? Latin1Class(value).isWhitespace : properties.isWhitespace
    }

    /// A character is upper case when upper-casing leaves it as it is and it has case, or
    /// is a letter without case such as ª; beyond Latin-1 the character is asked.
    package var isUppercase: Bool {
        value < 0x100 ? Latin1Class(value).isUppercase : Character(self).isUppercase
    }

    package var isLowercase: Bool {
        value < 0x100 ? Latin1Class(value).isLowercase : Character(self).isLowercase
    }

    package var isNumber: Bool {
        value < 0x100 ? Latin1Class(value).isNumber : properties.numericType != nil
    }

    /// ASCII lowercases to one byte and the rest of Latin-1 to two.
    package var lowercasedUTF8Count: Int {
        switch value {
        case 0..<0x80: return 1
        case 0x80..<0x100: return 2
        default: return String(self).lowercased().utf8.count
        }
    }

    package var breakKind: LineBreakKind {
        if value < 0x100 { return Latin1Class(value).breakKind }
        return self == "–" ? .mark : .none
    }
}

extension StringProtocol {
    /// For single-scalar text, the columns it takes: one per scalar, none for C0 controls
    /// (tab, line feed). Single-scalar text holds ASCII but carriage return (which joins a
    /// following line feed), the Latin letters up to U+02FF, the spaces U+2000–U+200A and
    /// the punctuation U+2010–U+2027 and U+202F–U+205F (dashes, quotes, the narrow no-break
    /// space): each of these is a grapheme cluster of its own and one column wide.
    /// Nil for text with any other scalar, which may join the scalars around it (combining
    /// marks, joiners, emoji) or be wide; only such text needs grapheme breaking.
    package var singleScalarColumns: Int? {
        if let columns = utf8.withContiguousStorageIfAvailable(singleScalarColumns(of:)) { return columns }
        return Array(utf8).withUnsafeBufferPointer(singleScalarColumns(of:))
    }
}

/// The columns of single-scalar UTF-8 text (see `StringProtocol.singleScalarColumns`); nil for other text.
package func singleScalarColumns(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var columns = 0
    var index = 0
    let count = bytes.count
    while index < count {
        let byte = bytes[index]
        // ASCII but carriage return by its byte: C0 controls take no column.
        if byte < 0x80 && byte != 0x0D {
            if byte >= 0x20 { columns += 1 }
            index += 1
            continue
        }
        guard let length = singleScalarLength(at: index, in: bytes) else { return nil }
        columns += 1
        index += length
    }
    return columns
}

/// The length in bytes of the scalar whose UTF-8 starts at `index`, or nil when it is not
/// one single-scalar text may hold (see `StringProtocol.singleScalarColumns`): carriage
/// return, and beyond U+02FF all but the spaces and punctuation of U+2000–U+205F named
/// there. The one definition of single-scalar text, which `singleScalarColumns(of:)` and
/// `singleScalar(at:in:)` read.
@inline(__always)
package func singleScalarLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let byte = bytes[index]
    switch byte {
    case 0x0D: return nil
    case 0x00..<0x80: return 1
    case 0xC2...0xCB: return 2   // U+0080–U+02FF
    case 0xE2:
        let second = bytes[index + 1], third = bytes[index + 2]
        let single = second == 0x80 ? third <= 0x8A || (0x90...0xA7).contains(third) || third >= 0xAF
            : second == 0x81 && third <= 0x9F
        return single ? 3 : nil
    default: return nil
    }
}

/// The scalar whose UTF-8 starts at `index` and its length in bytes, or nil when it is not
/// one single-scalar text may hold (`singleScalarLength(at:in:)`). For the passes that
/// step through single-scalar text by its bytes.
///
/// ```swift
/// if let (scalar, length) = singleScalar(at: 0, in: bytes), scalar.isLetter { index += length }
/// ```
@inline(__always)
package func singleScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
    guard let length = singleScalarLength(at: index, in: bytes) else { return nil }
    let byte = bytes[index]
    switch length {
    case 1: return (Unicode.Scalar(byte), 1)
    case 2: return (Unicode.Scalar(UInt16(byte & 0x1F) << 6 | UInt16(bytes[index + 1] & 0x3F))!, 2)
    default: return (Unicode.Scalar(0x2000 | UInt16(bytes[index + 1] & 0x3F) << 6 | UInt16(bytes[index + 2] & 0x3F))!, 3)
    }
}

/// The scalar whose UTF-8 starts at `index` (a lead byte of valid UTF-8, as a `String`'s
/// bytes are), for the passes that read text by its bytes.
package func utf8Scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
    let lead = UInt32(bytes[index])
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
}

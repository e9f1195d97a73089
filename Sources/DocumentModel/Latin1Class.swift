/// What a Latin-1 scalar (below U+0100) is, from one table: the one definition of
/// letters, white space, case, numbers and line breaks that `Unicode.Scalar`'s
/// `TextUnit` answers and that the passes reading table text by its bytes (soft hyphens,
/// column widths) look up, the table fetched once per text.
///
/// ```swift
/// let kind = Latin1Class(0xE4)   // ä
/// kind.isLetter && kind.isLowercase   // true
/// Latin1Class.withTable { table in Latin1Class(UInt32(UInt8(ascii: "-")), in: table).breakKind }   // .mark
/// ```
package struct Latin1Class {
    /// One bit per property, as `table` holds them.
    package let bits: UInt8

    /// The class of the scalar `value`, which must be below 0x100.
    package init(_ value: UInt32) { bits = Self.table[Int(value)] }

    /// The class of the scalar `value` (below 0x100) in the table `withTable(_:)` gives.
    @inlinable @inline(__always)
    package init(_ value: UInt32, in table: UnsafeBufferPointer<UInt8>) { bits = table[Int(value)] }

    @inlinable package var isLetter: Bool { bits & 0x01 != 0 }
    @inlinable package var isWhitespace: Bool { bits & 0x02 != 0 }
    @inlinable package var isUppercase: Bool { bits & 0x04 != 0 }
    @inlinable package var isLowercase: Bool { bits & 0x08 != 0 }
    @inlinable package var isNumber: Bool { bits & 0x10 != 0 }
    /// Counted wider in a table's columns: capitals and digits (`LineMeasure`).
    @inlinable package var isWide: Bool { bits & 0x14 != 0 }

    /// Space, line feed and tab: a line breaks instead of them; soft hyphen, hyphen and
    /// slash: after them, with a mark.
    @inlinable package var breakKind: LineBreakKind {
        bits & 0x20 != 0 ? .space : bits & 0x40 != 0 ? .mark : .none
    }

    /// The table, for a pass over many scalars.
    package static func withTable<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        table.withUnsafeBufferPointer(body)
    }

    private static let table: [UInt8] = (0..<0x100).map { (value: UInt32) -> UInt8 in
        func any(_ ranges: ClosedRange<UInt32>...) -> Bool { ranges.contains { $0.contains(value) } }
        let properties = [
            any(0x41...0x5A, 0x61...0x7A, 0xAA...0xAA, 0xB5...0xB5, 0xBA...0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF),   // letter
            any(0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0),                                                   // white space
            any(0x41...0x5A, 0xAA...0xAA, 0xBA...0xBA, 0xC0...0xD6, 0xD8...0xDE),                                      // upper case
            any(0x61...0x7A, 0xAA...0xAA, 0xB5...0xB5, 0xBA...0xBA, 0xDF...0xF6, 0xF8...0xFF),                         // lower case
            any(0x30...0x39, 0xB2...0xB3, 0xB9...0xB9, 0xBC...0xBE),                                                   // number
            any(0x09...0x0A, 0x20...0x20),                                                                             // break: space
            any(0x2D...0x2D, 0x2F...0x2F, 0xAD...0xAD),                                                                // break: mark
        ]
        return properties.enumerated().reduce(0) { $0 | ($1.element ? 1 << $1.offset : 0) }
    }
}

// The scan over a word of single-scalar text while it is wrapped, counting its columns,
// eight bytes at a time (one 64-bit word, as SWAR code does). It gives the same answer as
// looking at the bytes one by one, which it does for the last few. (Cleaning passes over
// text with `TextBytes.plainEnd`, the scan the other writers use.)
//
// ```swift
// ByteScan.word(of: bytes, from: 0)   // (end: 7, columns: 5) for "Föräl dr…"
// ```
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The end of the word of single-scalar text that starts at `start` (at the next
    /// space, line feed or tab, or the end), and its columns: one per scalar, none for a
    /// C0 control.
    static func word(of text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, columns: Int) {
        guard let base = text.baseAddress else { return (start, 0) }
        var index = start
        var columns = 0
        let count = text.count
        while index < count {
            if index &+ 8 <= count {
                let bytes = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // The high bit of the bytes below 21: exact up to the first of them, the
                // only one looked at (a byte below 21 borrows from the byte after it).
                let below = (bytes &- 0x21 &* ones) & ~bytes & highBits
                // The high bit of the continuation bytes (80–BF), which take no column.
                let continuation = bytes & ~(bytes &<< 1) & highBits
                if below == 0 {
                    columns &+= 8 &- flagged(continuation)
                    index &+= 8
                    continue
                }
                let before = below.trailingZeroBitCount &>> 3
                let beforeMask = (UInt64(1) &<< UInt64(8 &* before)) &- 1
                columns &+= before &- flagged(continuation & beforeMask)
                index &+= before
            }
            let byte = base[index]
            if byte > 0x20 {
                if byte & 0xC0 != 0x80 { columns &+= 1 }
            } else if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                return (index, columns)
            }
            index &+= 1
        }
        return (count, columns)
    }

    /// How many bytes have their high bit set in `mask` (of high bits only), summed into
    /// the top byte by one multiplication: cheaper than a population count where the
    /// target machine has no instruction for it.
    @inline(__always)
    private static func flagged(_ mask: UInt64) -> Int {
        Int(((mask &>> 7) &* ones) &>> 56)
    }
}

// The two scans every text goes through, eight bytes at a time (one 64-bit word, as SWAR
// code does): past printable ASCII while a text is cleaned, and over a word of
// single-scalar text while it is wrapped, counting its columns. Each gives the same
// answer as looking at the bytes one by one, which they do for the last few.
//
// ```swift
// ByteScan.printableASCIIEnd(of: bytes, from: 0)   // where the first other byte stands
// ByteScan.word(of: bytes, from: 0)                // (end: 7, columns: 5) for "Föräl dr…"
// ```
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Where the first byte from `start` on that is not printable ASCII (20–7E) stands, or the end.
    static func printableASCIIEnd(of text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return start }
        var index = start
        while index &+ 8 <= text.count {
            let bytes = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let low = bytes & ~highBits
            // The high bit of each byte that is 80 or above, below 20, or 7F (no byte carries into the next).
            let other = (bytes | ~(low &+ 0x60 &* ones) | (low &+ ones)) & highBits
            if other != 0 { return index &+ other.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < text.count && text[index] &- 0x20 < 0x5F { index &+= 1 }
        return index
    }

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

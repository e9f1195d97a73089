/// The run of ASCII letters at a place in UTF-8 text, found eight bytes at a time while
/// all eight are letters: the passes that step through table text by its bytes (soft
/// hyphens, column widths) count the letters of most Swedish words so.
///
/// ```swift
/// var text = "Förvaltningen"
/// text.withUTF8 { ASCIILetterRun.length(from: 3, in: $0, lowercaseOnly: true) }   // 10: "rvaltningen"
/// ```
package enum ASCIILetterRun {
    /// How many bytes from `index` on are ASCII letters (with `lowercaseOnly`, a–z alone).
    @inlinable @inline(__always)
    package static func length(from index: Int, in bytes: UnsafeBufferPointer<UInt8>, lowercaseOnly: Bool) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        let fold: UInt8 = lowercaseOnly ? 0 : 0x20
        var end = index
        while bytes.count - end >= 8 {
            let word = UnsafeRawPointer(bytes.baseAddress! + end).loadUnaligned(as: UInt64.self)
            let folded = word | ones &* UInt64(fold)
            // Every byte a–z: no high bit, at least 0x61 (adding 0x1F sets the high bit) and at
            // most 0x7A (adding 0x05 leaves it clear); no byte carries into the next.
            guard word & highs == 0, (folded &+ ones &* 0x1F) & highs == highs, (folded &+ ones &* 0x05) & highs == 0 else { break }
            end += 8
        }
        while end < bytes.count && (bytes[end] | fold) &- UInt8(ascii: "a") < 26 { end += 1 }
        return end - index
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Finding text in text by its bytes: the string-processing library's `firstRange(of:)` sets
/// up a searcher whose first use in a process instantiates generic types through the Swift
/// runtime (half a million instructions, 1 % of a one-document run), and a comparison of
/// characters at every position costs as much per byte. The callers look for markup, digits
/// and dashes, which are the same code units however the text around them is normalised.
///
/// ```swift
/// "TOC \\o \"1-3\" \\h".firstRange(ofText: "\\o")   // the range of "\o"
/// ```
extension StringProtocol {
    /// The first range whose UTF-8 is exactly `text`'s; the empty range
    /// at the start for empty `text`.
    package func firstRange(ofText text: String) -> Range<Index>? {
        guard !text.isEmpty else { return startIndex..<startIndex }
        var pattern = text
        let count = pattern.utf8.count
        // The first byte found with memchr, the rest compared with memcmp.
        func offset(in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            pattern.withUTF8 { needle in
                guard let base = haystack.baseAddress else { return nil }
                var start = 0
                while haystack.count - start >= needle.count {
                    guard let hit = memchr(base + start, Int32(needle[0]), haystack.count - start - needle.count + 1) else { return nil }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
        let found = utf8.withContiguousStorageIfAvailable(offset) ?? Array(utf8).withUnsafeBufferPointer(offset)
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: count)
    }
}

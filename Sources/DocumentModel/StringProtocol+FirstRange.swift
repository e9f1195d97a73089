/// Finding text in text without the string-processing library: its `firstRange(of:)` sets up
/// a searcher whose first use in a process instantiates generic types through the Swift
/// runtime (half a million instructions, 1 % of a one-document run), for strings a few
/// dozen characters long.
///
/// ```swift
/// "TOC \\o \"1-3\" \\h".firstRange(ofText: "\\o")   // the range of "\o"
/// ```
extension StringProtocol {
    /// The first range of `text`, compared as `==` compares strings (character by character,
    /// canonically equivalent); the empty range at the start for empty `text`.
    package func firstRange(ofText text: String) -> Range<Index>? {
        guard !text.isEmpty else { return startIndex..<startIndex }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(text) { return start..<index(start, offsetBy: text.count) }
            start = index(after: start)
        }
        return nil
    }
}

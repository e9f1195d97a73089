import DocumentModel

/// Writes a `Document` as plain UTF-8 text for e-mail and case-management systems:
/// wrapped at `width` terminal columns, headings underlined, lists indented, tables as
/// aligned grids when they fit and otherwise as one record block per row.
///
/// ```swift
/// let text = TextWriter(width: 72).write(document)
/// ```
public struct TextWriter: Sendable {
    /// The longest line, in terminal columns. At least 20.
    public let width: Int

    public init(width: Int = 80) { self.width = max(20, width) }

    /// The document as text, ending in a newline.
    public func write(_ document: Document) -> String {
        let document = document.sanitised()
        var renderer = TextRenderer(width: width)
        let parts = [renderer.cover(document.metadata)] + document.blocks.compactMap { block -> [String]? in
            let lines = renderer.lines(of: block, first: "", rest: "")
            return lines.isEmpty ? nil : lines
        }
        return parts.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}

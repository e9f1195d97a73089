import DocumentModel

/// Writes a `Document` as plain UTF-8 text for e-mail and case-management systems:
/// wrapped at `width` terminal columns, headings underlined, lists indented, tables as
/// aligned grids when they fit and otherwise as one record block per row. A web address
/// is never broken: one longer than the line stands alone on its line, in `<…>` as
/// RFC 3986 (appendix C) suggests, so mail clients keep the whole address as one link.
/// Width 0 wraps nothing: one line per paragraph, for mail clients that wrap themselves.
///
/// ```swift
/// let text = TextWriter(width: 72).write(document)
/// let unwrapped = TextWriter(width: 0).write(document)
/// ```
public struct TextWriter: Sendable {
    /// The longest line, in terminal columns: at least 20, or 0 for no wrapping.
    public let width: Int

    public init(width: Int = 80) { self.width = width == 0 ? 0 : max(20, width) }

    /// The document as text, ending in a newline.
    public func write(_ document: Document) -> String {
        let document = document.sanitised()
        let renderer = TextRenderer(width: width == 0 ? TextRenderer.unlimited : width, wraps: width != 0,
                                    headings: document.headingsByAnchor)
        let contents = renderer.contents(document.headings, metadata: document.metadata)
        let parts = [renderer.cover(document.metadata)] + (contents.isEmpty ? [] : [contents])
            + document.blocks.compactMap { block -> [String]? in
            let lines = renderer.lines(of: block, first: "", rest: "")
            return lines.isEmpty ? nil : lines
        }
        return parts.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}

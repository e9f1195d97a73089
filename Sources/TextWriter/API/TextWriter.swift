import DocumentModel
import Foundation

/// Writes a `Document` as plain UTF-8 text for e-mail and case-management systems:
/// wrapped at `width` terminal columns, headings underlined, lists indented, tables as
/// aligned grids when they fit and otherwise as one record block per row. A web address
/// is never broken: one longer than the line stands alone on its line, in `<…>` as
/// RFC 3986 (appendix C) suggests, so mail clients keep the whole address as one link.
/// Width 0 wraps nothing: one line per paragraph, for mail clients that wrap themselves.
/// The text is what `Document.sanitised()` leaves, cleaned as it is written.
///
/// ```swift
/// let text = TextWriter(width: 72).write(document)
/// let unwrapped = TextWriter(width: 0).write(document)
/// let file = TextWriter(width: 72).data(document)   // the text's UTF-8 bytes
/// ```
public struct TextWriter: Sendable {
    /// The longest line, in terminal columns: at least 20, or 0 for no wrapping.
    public let width: Int

    public init(width: Int = 80) { self.width = width == 0 ? 0 : max(20, width) }

    /// The document as text, ending in a newline.
    public func write(_ document: Document) -> String {
        let output = lines(document)
        return String(decoding: output.bytes.bytes, as: UTF8.self)
    }

    /// The text as the UTF-8 bytes of its file.
    public func data(_ document: Document) -> Data {
        let output = lines(document)
        return Data(buffer: output.bytes.bytes)
    }

    private func lines(_ document: Document) -> TextOutput {
        let headings = document.headings
        let renderer = TextRenderer(width: width == 0 ? TextRenderer.unlimited : width, wraps: width != 0,
                                    headings: Document.byAnchor(headings))
        var output = TextOutput(capacity: 1 << 15)
        // The cover, the contents and each block that writes anything, a blank line between them.
        renderer.cover(document.metadata, to: &output)
        var mark = output.mark
        output.line()
        renderer.contents(headings, metadata: document.metadata, to: &output)
        for block in document.blocks {
            if output.mark > mark + 1 {
                mark = output.mark
                output.line()
            }
            renderer.write(block, first: .none, rest: .none, to: &output)
        }
        if output.mark == mark + 1 { output.truncate(to: mark) }
        return output
    }
}

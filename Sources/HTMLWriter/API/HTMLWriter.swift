import DocumentModel
import Foundation

/// Writes a `Document` as semantic, accessible HTML5: one `section` per heading, the
/// heading's anchor as id, h2 and deeper (the page's title is the only h1), lists as
/// lists, tables with caption, header scopes and spans in a labelled scroll region, and
/// every text escaped. No inline styles and no scripts; the classes are documented in
/// templates/README.md.
///
/// ```swift
/// let fragment = HTMLWriter().fragment(document)   // "<div class=\"dokument\" lang=\"sv-SE\">…"
/// let file = HTMLWriter().fragmentData(document)    // the same as UTF-8 bytes
/// ```
public struct HTMLWriter: Sendable {
    public init() {}

    /// The document's body in `<div class="dokument">`, without the title: the page
    /// frame, or the CMS page it is pasted into, gives the title as the page's h1.
    public func fragment(_ document: Document) -> String {
        String(decoding: body(document), as: UTF8.self)
    }

    /// The fragment as the UTF-8 bytes of its file.
    public func fragmentData(_ document: Document) -> Data {
        Data(body(document))
    }

    /// The body of a document in UTF-8, written as `Document.sanitised()` would leave it:
    /// the writer cleans each text as it escapes it, and applies `LinkPolicy` to each link.
    func body(_ document: Document) -> [UInt8] {
        var renderer = BodyRenderer(document: document, capacity: 1 << 16)
        renderer.render(document.blocks, language: document.metadata.language)
        return renderer.output.bytes
    }
}

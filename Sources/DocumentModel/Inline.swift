/// Running text inside a paragraph, heading or list item.
///
/// ```swift
/// let inlines: [Inline] = [
///     .text("Se "), .link([.text("SKR")], url: "https://skr.se"), .text(" och "),
///     .emphasis([.text("Saknas")]), .text(" (läs mer på "),
///     .crossReference(anchor: "resultat", [.text("s. ")]), .text(")"),
/// ]
/// ```
// Text and formatting are held in the array of their run itself; only the rarer cases
// with two payloads are boxed, which keeps every inline as small as a string.
public enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    indirect case link([Inline], url: String)
    /// A reference to the heading with `anchor`. Paged formats write the inlines and then
    /// the page the heading stands on (DOCX: a PAGEREF field, computed by Word and by
    /// LibreOffice for the PDF); formats without pages write the heading's title instead,
    /// a web page as a link to it.
    indirect case crossReference(anchor: String, [Inline])

    /// The words without formatting.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner):
            return inner.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The words of all inlines without formatting.
    public var plainText: String {
        // One inline (a cell's or heading's text) is its own words: no array, no joined copy.
        count == 1 ? self[0].plainText : map(\.plainText).joined()
    }
}

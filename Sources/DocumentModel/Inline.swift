/// Running text inside a paragraph, heading or list item.
///
/// ```swift
/// let inlines: [Inline] = [
///     .text("Se "), .link([.text("SKR")], url: "https://skr.se"), .text(" och "),
///     .emphasis([.text("Saknas")]),
/// ]
/// ```
public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case link([Inline], url: String)

    /// The words without formatting.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .emphasis(let inner), .strong(let inner), .link(let inner, _): return inner.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The words of all inlines without formatting.
    public var plainText: String { map(\.plainText).joined() }
}

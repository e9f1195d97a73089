/// The one rule for links in links, for the sanitiser and every writer that walks the
/// document as it was given. No format nests links, so inside a link (its words, and a
/// heading's text, which the contents list and cross-references show inside links) a
/// link and a cross-reference are only their words. Outside, a link whose address
/// `LinkPolicy` refuses is only its words too, and one it allows has the address as
/// `LinkPolicy` gives it. The words of a link and of a cross-reference stand inside a
/// link either way (`insideLink: true`); those of emphasis and strong where they stand.
/// The rule is asked per link, not per inline, so a writer's walk costs nothing more.
///
/// ```swift
/// func words(_ inlines: [Inline], insideLink: Bool) -> String {
///     inlines.map { inline in
///         switch inline {
///         case .text(let text): text
///         case .emphasis(let inner), .strong(let inner): words(inner, insideLink: insideLink)
///         case .link(let inner, let url):
///             words(inner, insideLink: true)
///                 + (LinkNesting.address(ofLinkTo: url, insideLink: insideLink).map { " <\($0)>" } ?? "")
///         case .crossReference(_, let inner): words(inner, insideLink: true)
///         }
///     }.joined()
/// }
/// ```
package enum LinkNesting {
    /// The address of a link to `url` standing `insideLink`, as `address` (`LinkPolicy`'s,
    /// or a writer's own look-up of it) gives it; nil when the link is only its words:
    /// inside a link, or refused.
    @inlinable
    package static func address(ofLinkTo url: String, insideLink: Bool,
                                address: (String) -> String? = LinkPolicy.address) -> String? {
        insideLink ? nil : address(url)
    }

    /// Whether a cross-reference standing `insideLink` is one (a link to its heading);
    /// false inside a link, where it is only its words.
    @inlinable
    package static func isCrossReference(insideLink: Bool) -> Bool { !insideLink }
}

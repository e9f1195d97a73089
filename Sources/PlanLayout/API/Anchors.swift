import Foundation

/// Stable, unique anchor ids from heading texts: ASCII, lowercase, hyphenated, so links
/// into a document survive re-rendering. One per document, shared by its headings.
///
/// ```swift
/// var anchors = Anchors()
/// anchors.make("Mål 1.1")   // "mal-1-1"
/// anchors.make("Mål 1.1")   // "mal-1-1-2"
/// ```
public struct Anchors: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// A new anchor for `text`, different from every one made before.
    public mutating func make(_ text: String) -> String {
        let base = Anchors.slug(text)
        var anchor = base
        var counter = 2
        while used.contains(anchor) {
            anchor = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(anchor)
        return anchor
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        // The whole heading, never cut: a cut anchor ends mid-word ("…-for-barn-och-u") and
        // two long headings that begin alike would differ only by a counter.
        return slug.isEmpty ? "avsnitt" : slug
    }
}

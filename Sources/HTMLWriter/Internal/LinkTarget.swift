import Foundation

// Which link addresses a page may carry. A plan is text written by people, and a
// `javascript:` or `data:` address would run or show code when clicked, so only web,
// e-mail and telephone addresses and relative references become links.
enum LinkTarget {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether `url` may be the `href` of a link.
    static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return false }
        // A scheme is whatever precedes the first ":" if no "/", "?" or "#" comes before it.
        guard let colon = trimmed.firstIndex(of: ":"),
              !trimmed[..<colon].contains(where: { "/?#".contains($0) }) else { return true }
        return allowedSchemes.contains(trimmed[..<colon].lowercased())
    }
}

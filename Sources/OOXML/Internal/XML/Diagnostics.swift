// Collects the warnings of one write, each once, in the order they arose, in Swedish.
package final class Diagnostics {
    package private(set) var warnings: [String] = []
    private var seen: Set<String> = []
    private var lastExcerpt: (text: String, excerpt: String)?

    package init() {}

    package func droppedCharacter(_ scalar: Unicode.Scalar, in text: String) {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        // A text with many such characters is shortened once, not once for each.
        if lastExcerpt?.text != text {
            lastExcerpt = (text, String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLCharacters.isAllowed)).prefix(60)))
        }
        let excerpt = lastExcerpt?.excerpt ?? ""
        add("tecknet \(code) kan inte lagras i ett Word-dokument och har tagits bort ur \"\(excerpt)\"")
    }

    /// A warning of the writer's own, in Swedish.
    package func add(_ warning: String) {
        if seen.insert(warning).inserted { warnings.append(warning) }
    }
}

extension String {
    package func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}

import DocumentModel
import OOXML

// Fills `{{placeholders}}` in WordprocessingML paragraphs. Word often splits what a person
// typed into several runs ("{{", "titel", "}}") after spell checking or partial
// formatting, so a paragraph's text is matched as a whole and the replacement is written
// into the run where the placeholder began; the rest of the placeholder's characters are
// removed from the runs they sat in. Formatting of the first run is kept.
struct PlaceholderFiller {
    let values: [Placeholder: String]

    /// A placeholder occurrence in a paragraph's text, as UTF-8 offsets. Its braces are
    /// ASCII, which no byte of a longer UTF-8 sequence is, so it starts and ends between
    /// whole characters.
    struct Match {
        let range: Range<Int>
        let name: String
    }

    /// Every `{{name}}` in the paragraph texts of `element`, unknown names included.
    static func names(in element: Element) -> [String] {
        var names: [String] = []
        visitParagraphs(element) { paragraph in
            names += matches(in: Array(texts(of: paragraph).joined().utf8)).map(\.name)
        }
        return names
    }

    /// `elements` with every placeholder filled in; a paragraph left empty by placeholders
    /// without value disappears, unless it ends a section or holds a picture.
    func fill(_ elements: [Element]) -> [Element] {
        elements.flatMap(fill)
    }

    private func fill(_ element: Element) -> [Element] {
        if element.name == "w:p" { return fillParagraph(element).map { [$0] } ?? [] }
        var copy = element
        copy.children = element.children.flatMap { node -> [Node] in
            guard case .element(let child) = node else { return [node] }
            return fill(child).map(Node.element)
        }
        return [copy]
    }

    private func fillParagraph(_ paragraph: Element) -> Element? {
        let parts = PreparedFill.TextParts(paragraph)
        if let placeholders = parts.placeholdersIfItMayDisappear, PreparedFill.disappears(placeholders, values) { return nil }
        var counter = 0
        return rebuild(paragraph, texts: parts.segments.map { PreparedFill.text($0, values) }, counter: &counter)
    }

    // Replaces the paragraph's own `w:t` texts in order; nested paragraphs (text boxes) are
    // filled on their own.
    private func rebuild(_ element: Element, texts: [String], counter: inout Int) -> Element {
        var copy = element
        copy.children = element.children.flatMap { node -> [Node] in
            guard case .element(let child) = node else { return [node] }
            if child.name == "w:p" { return fillParagraph(child).map { [.element($0)] } ?? [] }
            if child.name == "w:t" {
                let text = texts[counter]
                counter += 1
                return Self.runContent(text, like: child)
            }
            return [.element(rebuild(child, texts: texts, counter: &counter))]
        }
        return copy
    }

    /// `text` as run content: `w:t` pieces with `w:br` where it has line breaks.
    private static func runContent(_ text: String, like original: Element) -> [Node] {
        // Without a newline byte there is no line break to split at (splitting walks characters).
        let lines = text.containsUTF8(0x0A) ? text.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(text)]
        return lines.enumerated().flatMap { index, line -> [Node] in
            var t = Element("w:t", original.attributes.filter { $0.name != "xml:space" }, [.text(String(line))])
            t.attributes.append(Attribute("xml:space", "preserve"))
            return index == 0 ? [.element(t)] : [.element(Element("w:br")), .element(t)]
        }
    }

    static func matches(in bytes: [UInt8]) -> [Match] {
        let (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        var found: [Match] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == open, bytes[index + 1] == open else {
                index += 1
                continue
            }
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close), bytes[end] != open {
                end += 1
            }
            guard end + 1 < bytes.count, bytes[end] == close, bytes[end + 1] == close else {
                index += 1
                continue
            }
            found.append(Match(range: index..<(end + 2), name: String(decoding: bytes[(index + 2)..<end], as: UTF8.self)))
            index = end + 2
        }
        return found
    }

    /// The texts of the paragraph's own `w:t` elements, in order.
    static func texts(of paragraph: Element) -> [String] {
        var texts: [String] = []
        func visit(_ element: Element) {
            for child in element.elements {
                if child.name == "w:p" { continue }
                if child.name == "w:t" { texts.append(child.text) } else { visit(child) }
            }
        }
        visit(paragraph)
        return texts
    }

    private static func visitParagraphs(_ element: Element, _ body: (Element) -> Void) {
        if element.name == "w:p" { body(element) }
        for child in element.elements { visitParagraphs(child, body) }
    }

    /// Whether the paragraph stays though filling leaves it blank: it ends a section or
    /// holds a picture.
    static func mustKeep(_ paragraph: Element) -> Bool {
        !paragraph.descendants("w:sectPr").isEmpty || !paragraph.descendants("w:drawing").isEmpty
            || !paragraph.descendants("w:pict").isEmpty || !paragraph.descendants("w:object").isEmpty
    }
}

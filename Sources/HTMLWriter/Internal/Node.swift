import DocumentModel

// The HTML of a chart's SVG as the writer builds it: elements and text, never markup spliced from strings.
// Serialising escapes every text and attribute value, so nothing a plan says can become
// an element or an attribute.
indirect enum Node: Sendable, Hashable {
    case element(String, attributes: [Attribute], children: [Node])
    case text(String)

    struct Attribute: Sendable, Hashable {
        let name: String
        let value: String
    }

    /// An element; attributes whose value is nil are left out.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [Node] = []) -> Node {
        .element(name, attributes: attributes.compactMap { key, value in value.map { Attribute(name: key, value: $0) } },
                 children: children)
    }

    /// The markup, with block-level elements on lines of their own, indented by depth.
    func html(depth: Int = 0) -> String {
        var output: [UInt8] = []
        write(to: &output, depth: depth)
        return String(decoding: output, as: UTF8.self)
    }

    /// The markup as UTF-8 bytes appended to `output`: names and text are copied as byte
    /// runs, never character by character.
    func write(to output: inout [UInt8], depth: Int) {
        switch self {
        case .text(let text):
            TextBytes.append(text, escaping: .text, to: &output)
        case .element(let name, let attributes, let children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for attribute in attributes {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: attribute.name.utf8)
                output.append(contentsOf: "=\"".utf8)
                TextBytes.append(attribute.value, escaping: .attribute, to: &output)
                output.append(UInt8(ascii: "\""))
            }
            output.append(UInt8(ascii: ">"))
            guard !Node.voidElements.contains(name) else { return }
            if !children.isEmpty && children.allSatisfy(\.isBlockLevel) {
                for child in children {
                    Node.appendLineBreak(indent: depth + 1, to: &output)
                    child.write(to: &output, depth: depth + 1)
                }
                Node.appendLineBreak(indent: depth, to: &output)
            } else {
                for child in children { child.write(to: &output, depth: depth) }
            }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        }
    }

    /// A line break and two spaces per level of `indent`.
    private static func appendLineBreak(indent: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    private var isBlockLevel: Bool {
        if case .element(let name, _, _) = self { return Node.blockElements.contains(name) }
        return false
    }

    // Elements whose surrounding whitespace does not show, so they can go on lines of their own.
    private static let blockElements: Set<String> = [
        "section", "div", "p", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
        "colgroup", "col", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "header", "footer", "main",
        "figure", "figcaption", "details", "summary", "svg", "g", "defs", "pattern",
    ]

    private static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "col"]
}

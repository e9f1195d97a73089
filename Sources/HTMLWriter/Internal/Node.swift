// The HTML the writer builds: elements and text, never markup spliced from strings.
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
        var output = ""
        write(to: &output, depth: depth)
        return output
    }

    private func write(to output: inout String, depth: Int) {
        switch self {
        case .text(let text):
            output += Node.escape(text, quotes: false)
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " \(attribute.name)=\"\(Node.escape(attribute.value, quotes: true))\""
            }
            output += ">"
            guard !Node.voidElements.contains(name) else { return }
            if !children.isEmpty && children.allSatisfy(\.isBlockLevel) {
                let indent = String(repeating: "  ", count: depth + 1)
                for child in children {
                    output += "\n" + indent
                    child.write(to: &output, depth: depth + 1)
                }
                output += "\n" + String(repeating: "  ", count: depth)
            } else {
                for child in children { child.write(to: &output, depth: depth) }
            }
            output += "</\(name)>"
        }
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

    /// Text safe inside an element or a double-quoted attribute. Control characters HTML
    /// forbids become U+FFFD.
    static func escape(_ text: String, quotes: Bool) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where quotes: escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE:
                escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

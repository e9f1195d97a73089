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
        var output: [UInt8] = []
        write(to: &output, depth: depth)
        return String(decoding: output, as: UTF8.self)
    }

    /// The markup as UTF-8 bytes appended to `output`: names and text are copied as byte
    /// runs, never character by character.
    private func write(to output: inout [UInt8], depth: Int) {
        switch self {
        case .text(let text):
            Node.appendEscaped(text, quotes: false, to: &output)
        case .element(let name, let attributes, let children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for attribute in attributes {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: attribute.name.utf8)
                output.append(contentsOf: "=\"".utf8)
                Node.appendEscaped(attribute.value, quotes: true, to: &output)
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

    /// Text safe inside an element or a double-quoted attribute, appended to `output`.
    /// Control characters HTML forbids (C0 but tab, line feed and carriage return; DEL;
    /// C1) and noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) become U+FFFD. Runs of
    /// bytes that need nothing are copied whole, so text without any of these is one copy.
    static func appendEscaped(_ text: String, quotes: Bool, to output: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, quotes: quotes, to: &output) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, quotes: quotes, to: &output) } }
    }

    // The ASCII bytes below 64 that are never copied as they are, as bits: the C0
    // controls but tab, line feed and carriage return, and & < >. `"` is added in attributes.
    private static let asciiNeedingWork: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)
        | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool, to output: inout [UInt8]) {
        let ascii = asciiNeedingWork | (quotes ? 1 << 0x22 : 0)
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            // Lead bytes of scalars that may be C1 controls (0xC2) or noncharacters (0xEF,
            // 0xF0–0xF4); å, ä, ö (0xC3), dashes and quotes (0xE2) need no look.
            let needsLook = byte < 64 ? ascii >> byte & 1 != 0 : byte == 0x7F || byte == 0xC2 || byte >= 0xEF
            guard needsLook else {
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let replacement: String?
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0xC2: replacement = bytes[index + 1] < 0xA0 ? "\u{FFFD}" : nil
            case 0xEF:
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                let noncharacter = second == 0xB7 && (0x90...0xAF).contains(third) || second == 0xBF && third >= 0xBE
                replacement = noncharacter ? "\u{FFFD}" : nil
            case 0xF0...0xF4:
                // U+xFFFE and U+xFFFF of the supplementary planes: the plane's low bits, then all ones.
                let noncharacter = bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] & 0x3E == 0x3E
                replacement = noncharacter ? "\u{FFFD}" : nil
            default: replacement = "\u{FFFD}"   // C0 controls and DEL
            }
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: replacement.utf8)
                runStart = index + length
            }
            index += length
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    }
}

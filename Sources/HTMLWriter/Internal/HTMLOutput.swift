import DocumentModel

// The bytes of a page as the writer makes them: one UTF-8 buffer that tags, names and
// cleaned, escaped text (`TextBytes`) are appended to as byte runs. Block-level elements go on lines of their
// own, indented two spaces per level; an element whose children are all block-level
// closes on a line of its own, so `openBlock` and `closeBlock` bracket such children and
// the closing tag moves to its own line only when any child was written.
//
// ```swift
// var output = HTMLOutput()
// output.open("p", line: 1)
// output.text("ett & två")
// output.close("p")          // "\n  <p>ett &amp; två</p>"
// ```
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A line break and two spaces per level of `indent`: one run of bytes up to
    /// `lineBreaks`' depth (deeper than any page's markup goes).
    mutating func lineBreak(indent: Int) {
        let count = 1 + 2 * indent
        guard count <= Self.lineBreaks.utf8CodeUnitCount else {
            bytes.append(UInt8(ascii: "\n"))
            return bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: Self.lineBreaks.utf8Start, count: count))
    }

    /// A line feed and the indentation of 24 levels.
    private static let lineBreaks: StaticString = "\n                                                "

    /// `<name` on a line of its own at `line` levels of indentation, or where the output
    /// stands when `line` is nil; then `attribute` and `endTag`.
    mutating func startTag(_ name: StaticString, line: Int? = nil) {
        if let line { lineBreak(indent: line) }
        bytes.append(UInt8(ascii: "<"))
        append(name)
    }

    /// ` name="value"`, the value escaped; nothing when the value is nil.
    mutating func attribute(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        startAttribute(name)
        TextBytes.append(value, escaping: .attribute, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="value"` with a value escaped once beforehand (`attributeValue(_:)`); nothing when nil.
    mutating func attribute(_ name: StaticString, escaped value: [UInt8]?) {
        guard let value else { return }
        startAttribute(name)
        bytes.append(contentsOf: value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="value"` with a value written in the code, which holds nothing to escape
    /// (a role, a class); nothing when nil.
    mutating func attribute(_ name: StaticString, literal value: StaticString?) {
        guard let value else { return }
        startAttribute(name)
        append(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="`, before an attribute's value.
    private mutating func startAttribute(_ name: StaticString) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
    }

    /// An attribute value as `attribute(_:_:)` writes it, for one that many elements share.
    static func attributeValue(_ value: String) -> [UInt8] {
        var bytes: [UInt8] = []
        TextBytes.append(value, escaping: .attribute, to: &bytes)
        return bytes
    }

    mutating func endTag() { bytes.append(UInt8(ascii: ">")) }

    /// An element without attributes: `<name>`.
    mutating func open(_ name: StaticString, line: Int? = nil) {
        startTag(name, line: line)
        endTag()
    }

    mutating func close(_ name: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Where the children of an element whose children are all block-level start.
    var mark: Int { bytes.count }

    /// Closes an element whose children are all block-level and were written after
    /// `mark`: on a line of its own at `indent` when there was any.
    mutating func closeBlock(_ name: StaticString, indent: Int, mark: Int) {
        if bytes.count > mark { lineBreak(indent: indent) }
        close(name)
    }

    /// Text, cleaned (`TextHygiene`) and escaped in one scan; with `figureSpans`, an en dash
    /// between figures ("2018–2022") is held to them by word joiners, as
    /// `Typography.joiningFigureSpans` does.
    mutating func text(_ text: String, figureSpans: Bool = false) {
        TextBytes.append(text, escaping: .text, joiningFigureSpans: figureSpans, to: &bytes)
    }

    /// A chart's SVG, its children indented from `depth`.
    mutating func node(_ node: Node, depth: Int) {
        node.write(to: &bytes, depth: depth)
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}

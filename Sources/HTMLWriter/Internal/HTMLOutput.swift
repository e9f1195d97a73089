// The bytes of a page as the writer makes them: one UTF-8 buffer that tags, names and
// escaped text are appended to as byte runs. Block-level elements go on lines of their
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

    /// A line break and two spaces per level of `indent`.
    mutating func lineBreak(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

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
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        HTMLOutput.appendEscaped(value, quotes: true, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
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

    /// Text, escaped; with `figureSpans`, an en dash between figures ("2018–2022") is held
    /// to them by word joiners, as `Typography.joiningFigureSpans` does.
    mutating func text(_ text: String, figureSpans: Bool = false) {
        HTMLOutput.appendEscaped(text, quotes: false, figureSpans: figureSpans, to: &bytes)
    }

    /// A chart's SVG, its children indented from `depth`.
    mutating func node(_ node: Node, depth: Int) {
        node.write(to: &bytes, depth: depth)
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text safe inside an element or a double-quoted attribute, appended to `output`.
    /// Control characters HTML forbids (C0 but tab, line feed and carriage return; DEL;
    /// C1) and noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) become U+FFFD. Runs of
    /// bytes that need nothing are copied whole, so text without any of these is one copy.
    static func appendEscaped(_ text: String, quotes: Bool, figureSpans: Bool = false, to output: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable {
            appendEscaped($0, quotes: quotes, figureSpans: figureSpans, to: &output)
        }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, quotes: quotes, figureSpans: figureSpans, to: &output) }
        }
    }

    // The ASCII bytes below 64 that are never copied as they are, as bits: the C0
    // controls but tab, line feed and carriage return, and & < >. `"` is added in attributes.
    private static let asciiNeedingWork: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)
        | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool, figureSpans: Bool,
                                      to output: inout [UInt8]) {
        let ascii = asciiNeedingWork | (quotes ? 1 << 0x22 : 0)
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            // Lead bytes of scalars that may be C1 controls (0xC2) or noncharacters (0xEF,
            // 0xF0–0xF4); å, ä, ö (0xC3) need no look, nor dashes and quotes (0xE2) unless
            // en dashes join figures.
            let needsLook = byte < 64 ? ascii >> byte & 1 != 0
                : byte == 0x7F || byte == 0xC2 || byte >= 0xEF || byte == 0xE2 && figureSpans
            guard needsLook else {
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            let replacement: StaticString?
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0xC2: replacement = bytes[index + 1] < 0xA0 ? "\u{FFFD}" : nil
            case 0xE2:
                // An en dash (E2 80 93) with a figure on either side, as scalars of this text.
                let joins = bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93 && index > 0 && index + 3 < count
                    && isFigure(scalarEnding(before: index, in: bytes)) && isFigure(scalar(at: index + 3, in: bytes))
                replacement = joins ? "\u{2060}\u{2013}\u{2060}" : nil
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
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + length
            }
            index += length
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    }

    private static func isFigure(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType != nil }

    /// The scalar whose UTF-8 starts at `index`.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The scalar whose UTF-8 ends just before `index`.
    private static func scalarEnding(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = index - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes)
    }
}

import Mustache

// swift-mustache's HTML escaping, over UTF-8 bytes: `&`, `<`, `>`, `"` and `'` become
// `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, as `String.htmlEscape` makes them, and
// text without any of them is returned as it is. `HTMLTemplates` parses every page
// template with `pragma` before the officer's first line, so the frame and its partials
// escape with it; a template that names a content type of its own still gets that one
// from its own pragma on.
//
// Where swift-mustache compares whole characters, this compares bytes: a `<` or `"` that
// a combining mark joins into one character ("\"\u{301}") is escaped here and left as it
// is by swift-mustache, whose raw `"` would end an attribute value.
//
// ```swift
// ByteHTMLContentType().escapeText("A & \"B\"")   // "A &amp; &quot;B&quot;"
// ```
struct ByteHTMLContentType: MustacheContentType {
    /// The name the pragma gives: not one of swift-mustache's own (`HTML`, `TEXT`).
    static let name = "RENDER_HTML"

    /// The pragma on a line of its own, which renders as nothing. Using it registers the
    /// content type, once per process.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: \(name)}}\n"
    }

    private static let registered: Void = MustacheContentTypes.register(ByteHTMLContentType(), named: name)

    /// The bytes below 64 that are escaped, as bits: `"` 0x22, `&` 0x26, `'` 0x27, `<` 0x3C, `>` 0x3E.
    private static let escaped: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 64 && escaped >> byte & 1 != 0
    }

    /// The entity for an escaped byte.
    private static func entity(_ byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        default: return "&#39;"
        }
    }

    func escapeText(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            var length = bytes.count
            for byte in bytes where Self.isEscaped(byte) { length += Self.entity(byte).utf8CodeUnitCount - 1 }
            guard length > bytes.count else { return nil }
            return String(unsafeUninitializedCapacity: length) { output in
                var count = 0
                var run = 0
                func copy(_ source: UnsafeBufferPointer<UInt8>) {
                    guard let base = source.baseAddress, !source.isEmpty else { return }
                    output.baseAddress!.advanced(by: count).update(from: base, count: source.count)
                    count += source.count
                }
                for index in bytes.indices where Self.isEscaped(bytes[index]) {
                    copy(UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    let entity = Self.entity(bytes[index])
                    copy(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                    run = index + 1
                }
                copy(UnsafeBufferPointer(rebasing: bytes[run...]))
                return count
            }
        }
        return escaped ?? text
    }
}

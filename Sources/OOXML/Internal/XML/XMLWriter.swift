import Foundation

// Streams one XML part into `sink` a staging area at a time (32 KB), so a part written into
// a ZIP entry is deflated as it is written and never held whole. The markup is well-formed
// by construction (names are the writer's own or a parsed part's; every start has its end),
// so it is copied as bytes; text and attribute values are escaped in one pass over their
// UTF-8, which also drops what XML 1.0 cannot carry (`XMLCharacters`) and notes it in
// `diagnostics`. Runs of bytes that need nothing are copied whole. The bytes are the ones
// libxml2's xmlTextWriter wrote before (same declaration, `/>` for empty elements, `&quot;`
// in text, `&#10;` for a newline in an attribute), which the tests check against
// xmlTextWriter itself. (They went through libxml2's output buffer too, as a second staging
// area; without it a run that parses no XML does not load libxml2 at all: CLibXML2.h.)
//
// Element names come as `StaticString` from the writers (no String built per call) or as
// `String` from parsed trees (`start(name:)`). The first failure is kept and later calls
// do nothing, so the writers stay plain sequences of calls; `finish()` throws it.
package final class XMLWriter {
    private let sink: any ByteSink
    private let diagnostics: Diagnostics
    /// Bytes not yet handed to the sink: one call per few kilobytes instead of one per tag.
    private let pending: UnsafeMutablePointer<UInt8>
    /// What changes as the part is written. It lives behind a pointer because the stored
    /// properties of a class are checked for exclusive access at run time on every use,
    /// which cost more than writing the bytes.
    private let state: UnsafeMutablePointer<State>

    private struct State {
        var failure: String?
        var pendingCount = 0
        /// The names of the open elements, back to back, and where each begins: plain
        /// buffers, grown by doubling, so opening and closing an element is a copy of its
        /// name and no array bookkeeping.
        var openNames = PlainStack<UInt8>()
        var openStarts = PlainStack<Int>()
        /// Whether the last start tag is still open (`<w:p` awaiting `>` or `/>`).
        var inStartTag = false
        /// How many times bytes went to the sink: what `repeating` looks at to know its bytes
        /// are all still staged.
        var handed = 0
    }

    private static let pendingCapacity = 1 << 15

    package init(diagnostics: Diagnostics, sink: any ByteSink) {
        self.diagnostics = diagnostics
        self.sink = sink
        pending = .allocate(capacity: Self.pendingCapacity)
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    deinit {
        pending.deallocate()
        state.pointee.openNames.free()
        state.pointee.openStarts.free()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    // MARK: Elements

    package func start(_ name: StaticString) {
        start(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// An element whose name is only known at run time (a part read from a reference).
    package func start(name: String) {
        var name = name
        name.withUTF8 { start($0) }
    }

    private func start(_ name: UnsafeBufferPointer<UInt8>) {
        guard state.pointee.failure == nil else { return }
        if state.pointee.inStartTag { byte(UInt8(ascii: ">")) }
        byte(UInt8(ascii: "<"))
        bytes(name)
        state.pointee.openStarts.push(state.pointee.openNames.count)
        state.pointee.openNames.push(contentsOf: name)
        state.pointee.inStartTag = true
    }

    package func end() {
        guard state.pointee.failure == nil else { return }
        guard let start = state.pointee.openStarts.pop() else { return fail("en sluttagg utan element") }
        if state.pointee.inStartTag {
            raw("/>")
        } else {
            raw("</")
            bytes(state.pointee.openNames.suffix(from: start))
            byte(UInt8(ascii: ">"))
        }
        state.pointee.openNames.truncate(to: start)
        state.pointee.inStartTag = false
    }

    // MARK: Attributes

    package func attribute(_ name: StaticString, _ value: String) {
        guard attributeStart(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)) else { return }
        attributeValue(value)
    }

    /// An attribute whose value is a whole number, written without building a string.
    package func attribute(_ name: StaticString, _ value: Int) {
        guard attributeStart(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)) else { return }
        number(value)
        byte(UInt8(ascii: "\""))
    }

    /// An attribute whose name is only known at run time.
    package func attribute(name: String, value: String) {
        var name = name
        guard name.withUTF8({ attributeStart($0) }) else { return }
        attributeValue(value)
    }

    /// The value, escaped, and its closing quote.
    private func attributeValue(_ value: String) {
        var value = value
        value.withUTF8 { escaped($0, inAttribute: true) }
        byte(UInt8(ascii: "\""))
    }

    /// ` name="`, when a start tag is open to take it.
    private func attributeStart(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard state.pointee.failure == nil else { return false }
        guard state.pointee.inStartTag else {
            fail("ett attribut utanför en starttagg")
            return false
        }
        byte(UInt8(ascii: " "))
        bytes(name)
        raw("=\"")
        return true
    }

    // MARK: Text

    package func text(_ value: String) {
        var value = value
        value.withUTF8 { text(utf8: $0) }
    }

    /// Text given as its UTF-8 bytes, escaped.
    private func text(utf8 value: UnsafeBufferPointer<UInt8>) {
        guard state.pointee.failure == nil else { return }
        closeStartTag()
        escaped(value, inAttribute: false)
    }

    /// Text already escaped as `text(_:)` escapes it, without what XML 1.0 forbids
    /// (`TextBytes` with `.attribute` escaping, cleaned), copied as it is.
    package func text(escaped value: UnsafeBufferPointer<UInt8>) {
        guard state.pointee.failure == nil else { return }
        closeStartTag()
        bytes(value)
    }

    /// Markup made before with `fragment(diagnostics:_:)`, copied as it is.
    package func markup(_ fragment: [UInt8]) {
        guard state.pointee.failure == nil else { return }
        closeStartTag()
        fragment.withUnsafeBufferPointer { bytes($0) }
    }

    /// Markup of the writer's own (`<w:t>`), whole elements or a start or end tag that
    /// the caller pairs, copied as it is.
    package func markup(_ fragment: StaticString) {
        guard state.pointee.failure == nil else { return }
        closeStartTag()
        raw(fragment)
    }

    /// The bytes `body` writes (whole elements), to be written again and again with
    /// `markup(_:)`: one copy instead of the calls, for markup a part repeats (a run's
    /// properties). What it drops is noted in `diagnostics`.
    package static func fragment(diagnostics: Diagnostics, _ body: (XMLWriter) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        pieces(diagnostics: diagnostics) { writer, cut in
            body(writer)
            bytes = cut()
        }
        return bytes
    }

    /// Markup made in pieces, for markup written again and again with something different
    /// between the pieces (a cover's placeholders): `body` writes as into `fragment(diagnostics:_:)`
    /// and calls `cut` where a piece ends, which closes an open start tag (what comes between
    /// is content of that element) and returns the bytes written since the last cut.
    package static func pieces(diagnostics: Diagnostics, _ body: (XMLWriter, _ cut: @escaping () -> [UInt8]) -> Void) {
        let sink = PieceSink()
        let writer = XMLWriter(diagnostics: diagnostics, sink: sink)
        writer.state.pointee.pendingCount = 0   // not the declaration
        body(writer) {
            writer.closeStartTag()
            writer.flushPending()
            defer { sink.bytes.removeAll(keepingCapacity: true) }
            return sink.bytes
        }
    }

    /// Collects the bytes of the piece being written.
    private final class PieceSink: ByteSink {
        var bytes: [UInt8] = []
        var failure: String? { nil }

        func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
            self.bytes.append(contentsOf: bytes)
            return true
        }
    }

    /// Writes what `body` writes (whole elements, whose texts drop nothing) and keeps its
    /// bytes in `copy`; once `copy` is made, writes those bytes instead: for markup a part
    /// repeats unchanged (the properties of a table's cells), one copy instead of the calls.
    /// (When the staged bytes go to the sink while `body` writes, nothing is kept and the
    /// next call writes and keeps them.)
    package func repeating(_ copy: inout [UInt8]?, _ body: () -> Void) {
        if let copy { return markup(copy) }
        guard state.pointee.failure == nil else { return }
        closeStartTag()
        let (start, handed, open) = (state.pointee.pendingCount, state.pointee.handed, state.pointee.openStarts.count)
        body()
        guard state.pointee.failure == nil, state.pointee.handed == handed, state.pointee.openStarts.count == open,
              !state.pointee.inStartTag else { return }
        copy = Array(UnsafeBufferPointer(start: pending + start, count: state.pointee.pendingCount - start))
    }

    private func closeStartTag() {
        if state.pointee.inStartTag {
            byte(UInt8(ascii: ">"))
            state.pointee.inStartTag = false
        }
    }

    // MARK: Shorthands

    // An empty element is written whole, `<name …/>`: as `start`, the attributes and `end`
    // write it, without putting its name on the stack of open elements.

    /// An element with no attributes and no content.
    package func empty(_ name: StaticString) {
        guard startEmpty(name) else { return }
        raw("/>")
    }

    /// An element with one attribute and no content (the commonest shape: `w:val`).
    package func empty(_ name: StaticString, _ attribute: StaticString, _ value: String) {
        guard startEmpty(name) else { return }
        emptyAttributeStart(attribute)
        var value = value
        value.withUTF8 { escaped($0, inAttribute: true) }
        raw("\"/>")
    }

    package func empty(_ name: StaticString, _ attribute: StaticString, _ value: Int) {
        guard startEmpty(name) else { return }
        emptyAttributeStart(attribute)
        number(value)
        raw("\"/>")
    }

    /// An element with attributes and no content.
    package func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String>) {
        guard startEmpty(name) else { return }
        for (key, value) in attributes {
            emptyAttributeStart(key)
            attributeValue(value)
        }
        raw("/>")
    }

    /// `<name`, after closing an open start tag; false after a failure.
    private func startEmpty(_ name: StaticString) -> Bool {
        guard state.pointee.failure == nil else { return false }
        closeStartTag()
        byte(UInt8(ascii: "<"))
        raw(name)
        return true
    }

    /// ` name="` in the start tag of an empty element.
    private func emptyAttributeStart(_ name: StaticString) {
        byte(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
    }

    /// An element with attributes whose content `body` writes.
    package func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], _ body: () -> Void) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        body()
        end()
    }

    /// An element holding only text.
    package func textElement(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], _ value: String) {
        element(name, attributes) { text(value) }
    }

    /// Declares the namespaces on the element just started (the part's root).
    package func declare(_ namespaces: [Namespace]) {
        for namespace in namespaces {
            attribute(name: namespace.prefix.isEmpty ? "xmlns" : "xmlns:\(namespace.prefix)", value: namespace.uri)
        }
    }

    /// Closes every open element and hands the rest of the part to the sink, or throws the
    /// first failure.
    package func finish() throws(WriteFailure) {
        while state.pointee.failure == nil && state.pointee.openStarts.count > 0 { end() }
        byte(UInt8(ascii: "\n"))
        flushPending()
        if let failure = state.pointee.failure { throw WriteFailure(message: failure) }
    }

    // MARK: Escaping

    /// `text` escaped as libxml2 escapes text (`<`, `>`, `&`, `"`) or an attribute value
    /// (also tab and newline as character references), without the characters XML 1.0
    /// forbids: control characters other than tab and newline, U+FFFE and U+FFFF.
    private func escaped(_ text: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
        var plainFrom = 0
        var index = 0
        let count = text.count
        /// The whole text, made only when a character is dropped, once.
        var whole: String?
        func drop(_ scalar: Unicode.Scalar) {
            if whole == nil { whole = String(decoding: text, as: UTF8.self) }
            diagnostics.droppedCharacter(scalar, in: whole ?? "")
        }
        while index < count {
            let byte = text[index]
            // Above ">" only EF can start something to drop (EF BF BE, EF BF BF).
            let plain = byte > 0x3E ? byte != 0xEF
                : byte >= 0x20 && byte != 0x22 && byte != 0x26 && byte != 0x3C && byte != 0x3E
            if plain {
                index += 1
                continue
            }
            let replacement: StaticString
            var length = 1
            switch byte {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 0x0A: if inAttribute { replacement = "&#10;" } else { index += 1; continue }
            case 0x09: if inAttribute { replacement = "&#9;" } else { index += 1; continue }
            case 0xEF:
                guard index + 2 < count, text[index + 1] == 0xBF, text[index + 2] & 0xFE == 0xBE else {
                    index += 1
                    continue
                }
                let scalar: Unicode.Scalar = text[index + 2] == 0xBE ? "\u{FFFE}" : "\u{FFFF}"
                drop(scalar)
                replacement = ""
                length = 3
            case 0x00..<0x20:
                drop(Unicode.Scalar(byte))
                replacement = ""
            default:
                index += 1
                continue
            }
            if index > plainFrom { bytes(UnsafeBufferPointer(rebasing: text[plainFrom..<index])) }
            raw(replacement)
            index += length
            plainFrom = index
        }
        if count > plainFrom { bytes(UnsafeBufferPointer(rebasing: text[plainFrom..<count])) }
    }

    // MARK: Bytes

    private func byte(_ value: UInt8) {
        if state.pointee.pendingCount == Self.pendingCapacity { flushPending() }
        pending[state.pointee.pendingCount] = value
        state.pointee.pendingCount += 1
    }

    private func raw(_ text: StaticString) {
        bytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if state.pointee.pendingCount + bytes.count > Self.pendingCapacity {
            flushPending()
            // More than the staging area holds (a long text): straight to the sink.
            if bytes.count > Self.pendingCapacity { return hand(base, bytes.count) }
        }
        (pending + state.pointee.pendingCount).update(from: base, count: bytes.count)
        state.pointee.pendingCount += bytes.count
    }

    private func number(_ value: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { space in
            var magnitude = value.magnitude
            var start = space.count
            repeat {
                start -= 1
                space[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                space[start] = UInt8(ascii: "-")
            }
            bytes(UnsafeBufferPointer(rebasing: space.bindMemory(to: UInt8.self)[start...]))
        }
    }

    private func flushPending() {
        guard state.pointee.pendingCount > 0 else { return }
        hand(pending, state.pointee.pendingCount)
        state.pointee.pendingCount = 0
    }

    /// Hands bytes to the sink; one it refuses is the part's failure, with the sink's reason.
    private func hand(_ base: UnsafePointer<UInt8>, _ count: Int) {
        guard state.pointee.failure == nil else { return }
        state.pointee.handed += 1
        guard !sink.write(UnsafeRawBufferPointer(start: base, count: count)) else { return }
        state.pointee.failure = sink.failure ?? "XML-delen kunde inte skrivas"
    }

    private func fail(_ reason: String) {
        if state.pointee.failure == nil { state.pointee.failure = "XML-delen kunde inte skrivas: \(reason)" }
    }
}

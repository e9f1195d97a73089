import CacheFiles
import DocumentModel
import OOXML

// Nodes to be filled by `PlaceholderFiller` for every document of a run (the cover, a
// header's paragraphs), made once per run into their markup with the spots filling changes
// marked: each `w:t` of a paragraph (which filling rewrites, with the text it gets) and each
// paragraph that disappears when its placeholders are empty. Filling them for a document
// (`PlaceholderFiller.fill(_:)`) writes the prepared bytes and, at the spots, the filled
// texts, escaped as the writer escapes text: the bytes `fill(_:)` and serialising the tree
// give, without building or serialising a tree per document.
struct PreparedFill: Sendable {
    fileprivate indirect enum Chunk: Sendable {
        /// Markup the same for every document.
        case markup([UInt8])
        /// A paragraph's `w:t`: its start tag as filling writes it (`xml:space="preserve"`)
        /// and what its text becomes.
        case text(startTag: [UInt8], parts: [Part])
        /// A paragraph that disappears when every placeholder in it is empty. Its own tabs
        /// are those not in a paragraph of `content` that may disappear too.
        case paragraph(placeholders: [Placeholder?], hasTabs: Bool, content: [Chunk])
        /// An element a paragraph in which may disappear, written by the document's writer
        /// so that it ends as `<name/>` when nothing is left of its content.
        case element(name: String, attributes: [Attribute], content: [Chunk])
    }

    /// A piece of a filled `w:t`'s text: words of the reference's, or a placeholder's value
    /// (none for a name Placeholder does not know, which is filled with nothing).
    enum Part: Sendable {
        case literal(String)
        case value(Placeholder?)
    }

    fileprivate let chunks: [Chunk]
    /// Whether the nodes hold tabs outside the paragraphs that may disappear.
    fileprivate let fixedHasTabs: Bool
    /// What serialising the prepared markup noted, given again to every document it goes into.
    fileprivate let warnings: [String]

    init(_ nodes: [Node]) {
        let diagnostics = Diagnostics()
        var compiled: (chunks: [Chunk], hasTabs: Bool) = ([], false)
        XMLWriter.pieces(diagnostics: diagnostics) { xml, cut in
            var compiler = Compiler(xml: xml, cut: cut, diagnostics: diagnostics)
            var texts: TextParts?
            compiled = (compiler.content(nodes, texts: &texts), compiler.hasTabs)
        }
        chunks = compiled.chunks
        fixedHasTabs = compiled.hasTabs
        warnings = diagnostics.warnings
    }

    /// Prepared nodes filled for one document.
    struct Filled {
        fileprivate let chunks: [Chunk]
        fileprivate let values: [Placeholder: String]
        fileprivate let warnings: [String]
        /// Whether filling left no node at all.
        let isEmpty: Bool
        /// Whether what filling left holds a tab (`w:tab`, `w:ptab`).
        let hasTabs: Bool

        /// Writes the filled nodes; notes in `diagnostics` what serialising the prepared
        /// markup noted.
        func write(to xml: XMLWriter, diagnostics: Diagnostics) {
            for warning in warnings { diagnostics.add(warning) }
            write(chunks, to: xml)
        }

        private func write(_ chunks: [Chunk], to xml: XMLWriter) {
            for chunk in chunks {
                switch chunk {
                case .markup(let bytes):
                    xml.markup(bytes)
                case .text(let startTag, let parts):
                    let text = PreparedFill.text(parts, values)
                    // Lines become `w:t`s with a `w:br` between them, as `PlaceholderFiller` makes
                    // them (without a newline byte there is no line break to split at).
                    guard text.containsUTF8(0x0A) else {
                        xml.markup(startTag)
                        xml.text(text)
                        xml.markup("</w:t>")
                        continue
                    }
                    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        if index > 0 { xml.markup("<w:br/>") }
                        xml.markup(startTag)
                        xml.text(String(line))
                        xml.markup("</w:t>")
                    }
                case .paragraph(let placeholders, _, let content):
                    if !PreparedFill.disappears(placeholders, values) { write(content, to: xml) }
                case .element(let name, let attributes, let content):
                    xml.start(name: name)
                    for attribute in attributes { xml.attribute(name: attribute.name, value: attribute.value) }
                    write(content, to: xml)
                    xml.end()
                }
            }
        }
    }

    /// The text of a filled `w:t`.
    static func text(_ parts: [Part], _ values: [Placeholder: String]) -> String {
        if parts.count == 1, case .literal(let text) = parts[0] { return text }
        var text = ""
        for part in parts {
            switch part {
            case .literal(let words): text += words
            case .value(let placeholder): text += placeholder.flatMap { values[$0] } ?? ""
            }
        }
        return text
    }

    /// Whether a paragraph that may disappear does: when all its placeholders are empty.
    static func disappears(_ placeholders: [Placeholder?], _ values: [Placeholder: String]) -> Bool {
        placeholders.allSatisfy { $0.flatMap { values[$0] }?.isEmpty ?? true }
    }

    /// Whether any of the chunks holds nothing that is written.
    fileprivate static func isEmpty(_ chunks: [Chunk], _ values: [Placeholder: String]) -> Bool {
        chunks.allSatisfy { chunk in
            switch chunk {
            case .markup, .text, .element: false
            case .paragraph(let placeholders, _, _): disappears(placeholders, values)
            }
        }
    }

    /// Whether the paragraphs that stay hold a tab of their own.
    fileprivate static func keptHaveTabs(_ chunks: [Chunk], _ values: [Placeholder: String]) -> Bool {
        chunks.contains { chunk in
            switch chunk {
            case .markup, .text: false
            case .element(_, _, let content): keptHaveTabs(content, values)
            case .paragraph(let placeholders, let hasTabs, let content):
                !disappears(placeholders, values) && (hasTabs || keptHaveTabs(content, values))
            }
        }
    }

    /// Writes the nodes as serialising them after `PlaceholderFiller.fill` would, into the
    /// writer of `XMLWriter.pieces`, cutting the markup where filling changes something.
    private struct Compiler {
        let xml: XMLWriter
        let cut: () -> [UInt8]
        let diagnostics: Diagnostics
        /// Whether a tab was met outside the paragraphs that may disappear (inside the one
        /// being compiled, while it is).
        var hasTabs = false
        /// Whether the markup since the last cut, even when empty, closes a start tag: a text.
        private var closes = false

        init(xml: XMLWriter, cut: @escaping () -> [UInt8], diagnostics: Diagnostics) {
            self.xml = xml
            self.cut = cut
            self.diagnostics = diagnostics
        }

        /// The chunks of `nodes`, the content of something the document's writer opens (the
        /// part's root, an element a paragraph in which may disappear): `texts` are the
        /// parts of the `w:t`s of the paragraph they are in, if they are in one.
        mutating func content(_ nodes: [Node], texts: inout TextParts?) -> [Chunk] {
            var chunks: [Chunk] = []
            for node in nodes { write(node, texts: &texts, into: &chunks) }
            flush(into: &chunks)
            return chunks
        }

        private mutating func flush(into chunks: inout [Chunk]) {
            let bytes = cut()
            if !bytes.isEmpty || closes { chunks.append(.markup(bytes)) }
            closes = false
        }

        private mutating func write(_ node: Node, texts: inout TextParts?, into chunks: inout [Chunk]) {
            switch node {
            case .text(let text):
                xml.text(text)
                closes = true
            case .element(let element):
                if element.name == "w:tab" || element.name == "w:ptab" { hasTabs = true }
                if element.name == "w:p" {
                    paragraph(element, into: &chunks)
                } else if element.name == "w:t", var parts = texts {
                    flush(into: &chunks)
                    var startTag = XMLWriter.fragment(diagnostics: diagnostics) { xml in
                        xml.start(name: "w:t")
                        for attribute in element.attributes where attribute.name != "xml:space" {
                            xml.attribute(name: attribute.name, value: attribute.value)
                        }
                        xml.attribute("xml:space", "preserve")
                        xml.end()
                    }
                    startTag.removeLast(2)
                    startTag.append(UInt8(ascii: ">"))
                    chunks.append(.text(startTag: startTag, parts: parts.next()))
                    texts = parts
                } else {
                    self.element(element, texts: &texts, into: &chunks)
                }
            }
        }

        private mutating func element(_ element: Element, texts: inout TextParts?, into chunks: inout [Chunk]) {
            guard !element.elements.contains(where: { Self.mayDisappear($0) }) else {
                flush(into: &chunks)
                chunks.append(.element(name: element.name, attributes: element.attributes,
                                       content: content(element.children, texts: &texts)))
                return
            }
            xml.start(name: element.name)
            for attribute in element.attributes { xml.attribute(name: attribute.name, value: attribute.value) }
            for child in element.children { write(child, texts: &texts, into: &chunks) }
            xml.end()
        }

        private mutating func paragraph(_ paragraph: Element, into chunks: inout [Chunk]) {
            let parts = TextParts(paragraph)
            guard let placeholders = parts.placeholdersIfItMayDisappear else {
                var texts: TextParts? = parts
                element(paragraph, texts: &texts, into: &chunks)
                return
            }
            flush(into: &chunks)
            let outer = hasTabs
            hasTabs = false
            var texts: TextParts? = parts
            var content: [Chunk] = []
            element(paragraph, texts: &texts, into: &content)
            flush(into: &content)
            chunks.append(.paragraph(placeholders: placeholders, hasTabs: hasTabs, content: content))
            hasTabs = outer
        }

        /// Whether filling may remove `element`: a paragraph with placeholders and nothing
        /// but blanks besides, which neither ends a section nor holds a picture.
        static func mayDisappear(_ element: Element) -> Bool {
            element.name == "w:p" && TextParts(element).placeholdersIfItMayDisappear != nil
        }
    }

    /// What each `w:t` of a paragraph becomes, in order, and whether the paragraph may
    /// disappear: what filling it starts from, prepared or as a tree (`PlaceholderFiller`).
    struct TextParts {
        /// The parts of each `w:t`, in order.
        private(set) var segments: [[Part]]
        private var position = 0
        /// The paragraph's placeholders, when filling them all with nothing removes it.
        let placeholdersIfItMayDisappear: [Placeholder?]?

        init(_ paragraph: Element) {
            let texts = PlaceholderFiller.texts(of: paragraph)
            let bytes = Array(texts.joined().utf8)
            let found = PlaceholderFiller.matches(in: bytes)
            // Each segment's bytes outside the matches, and each match's value where it
            // starts (the matches follow each other without overlapping).
            var segments: [[Part]] = []
            var start = 0
            var next = 0
            for text in texts {
                let end = start + text.utf8.count
                var parts: [Part] = []
                var literal: [UInt8] = []
                for offset in start..<end {
                    while next < found.count && found[next].range.upperBound <= offset { next += 1 }
                    if next < found.count, found[next].range.contains(offset) {
                        guard found[next].range.lowerBound == offset else { continue }
                        if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))) }
                        literal.removeAll()
                        parts.append(.value(Placeholder(name: found[next].name)))
                    } else {
                        literal.append(bytes[offset])
                    }
                }
                if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))) }
                segments.append(parts.isEmpty ? [.literal("")] : parts)
                start = end
            }
            self.segments = segments
            let blank = segments.allSatisfy { parts in
                parts.allSatisfy { part in
                    switch part {
                    case .literal(let words): words.unicodeScalars.allSatisfy(\.properties.isWhitespace)
                    case .value: true
                    }
                }
            }
            placeholdersIfItMayDisappear = !found.isEmpty && blank && !PlaceholderFiller.mustKeep(paragraph)
                ? found.map { Placeholder(name: $0.name) } : nil
        }

        /// The parts of the next `w:t`.
        mutating func next() -> [Part] {
            defer { position += 1 }
            return segments[position]
        }
    }
}

extension PlaceholderFiller {
    /// The prepared nodes filled with `values`, as `fill` fills them.
    func fill(_ prepared: PreparedFill) -> PreparedFill.Filled {
        PreparedFill.Filled(chunks: prepared.chunks, values: values, warnings: prepared.warnings,
                            isEmpty: PreparedFill.isEmpty(prepared.chunks, values),
                            hasTabs: prepared.fixedHasTabs || PreparedFill.keptHaveTabs(prepared.chunks, values))
    }
}

// Prepared nodes as a cache entry holds them (`DeflatedPartsCache`): each chunk its kind,
// then its markup, texts and placeholders, then the chunks it holds.
extension PreparedFill {
    func encode(to encoder: inout CacheEncoder) {
        Self.encode(chunks, to: &encoder)
        encoder.write(fixedHasTabs)
        encoder.write(warnings)
    }

    /// The prepared nodes `encode(to:)` wrote; what a damaged entry gives is caught by the
    /// decoder's `failed` (every count is bounded by the bytes left).
    init(decoding decoder: inout CacheDecoder) {
        chunks = Self.chunks(&decoder)
        fixedHasTabs = decoder.bool()
        warnings = decoder.strings()
    }

    private static func encode(_ chunks: [Chunk], to encoder: inout CacheEncoder) {
        encoder.write(chunks.count)
        for chunk in chunks {
            switch chunk {
            case .markup(let bytes):
                encoder.write(0)
                encoder.write(bytes)
            case .text(let startTag, let parts):
                encoder.write(1)
                encoder.write(startTag)
                encoder.write(parts.count)
                for part in parts {
                    switch part {
                    case .literal(let words):
                        encoder.write(0)
                        encoder.write(words)
                    case .value(let placeholder):
                        encoder.write(1)
                        encode(placeholder, to: &encoder)
                    }
                }
            case .paragraph(let placeholders, let hasTabs, let content):
                encoder.write(2)
                encoder.write(placeholders.count)
                for placeholder in placeholders { encode(placeholder, to: &encoder) }
                encoder.write(hasTabs)
                encode(content, to: &encoder)
            case .element(let name, let attributes, let content):
                encoder.write(3)
                encoder.write(name)
                encoder.write(attributes)
                encode(content, to: &encoder)
            }
        }
    }

    private static func chunks(_ decoder: inout CacheDecoder) -> [Chunk] {
        (0..<decoder.read()).map { _ -> Chunk in
            switch decoder.read(atMost: 3) {
            case 0:
                return .markup(decoder.byteArray())
            case 1:
                let startTag = decoder.byteArray()
                let parts = (0..<decoder.read()).map { _ -> Part in
                    decoder.read(atMost: 1) == 0 ? .literal(decoder.string()) : .value(placeholder(&decoder))
                }
                return .text(startTag: startTag, parts: parts)
            case 2:
                let placeholders = (0..<decoder.read()).map { _ in placeholder(&decoder) }
                return .paragraph(placeholders: placeholders, hasTabs: decoder.bool(), content: chunks(&decoder))
            default:
                let name = decoder.string()
                return .element(name: name, attributes: decoder.attributes(), content: chunks(&decoder))
            }
        }
    }

    /// A placeholder as its place among the cases, after 0 for a name Placeholder does not know.
    private static func encode(_ placeholder: Placeholder?, to encoder: inout CacheEncoder) {
        encoder.write(placeholder.flatMap { Placeholder.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
    }

    private static func placeholder(_ decoder: inout CacheDecoder) -> Placeholder? {
        let index = decoder.read(atMost: Placeholder.allCases.count)
        return index == 0 ? nil : Placeholder.allCases[index - 1]
    }
}

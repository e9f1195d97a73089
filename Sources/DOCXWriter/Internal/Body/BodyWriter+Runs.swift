import DocumentModel
import OOXML

// Inlines as runs: emphasis and strong become run properties, links become `w:hyperlink`
// around their runs, tabs, line breaks and soft hyphens their own elements, a
// cross-reference its words and a PAGEREF field to the heading's bookmark, linked to the heading.
extension BodyWriter {
    struct RunFormat: Equatable {
        var bold = false
        var italic = false
        var link: String?
        /// The bookmark whose page number this segment is: a PAGEREF field, not text.
        var pageOf: String?
    }

    func runs(_ inlines: [Inline]) {
        var segments: [(text: String, format: RunFormat)] = []
        func flatten(_ inlines: [Inline], _ format: RunFormat) {
            for inline in inlines {
                var inner = format
                switch inline {
                case .text(let text):
                    if !text.isEmpty { segments.append((text, format)) }
                    continue
                case .emphasis(let content): inner.italic = true; flatten(content, inner)
                case .strong(let content): inner.bold = true; flatten(content, inner)
                case .link(let content, let url): inner.link = url; flatten(content, inner)
                case .crossReference(let anchor, let content):
                    guard let bookmark = bookmarks[anchor] else {
                        diagnostics.add("hänvisningen till \"\(anchor)\" pekar inte på någon rubrik i dokumentet och visar därför inget sidnummer")
                        flatten(content, inner)
                        continue
                    }
                    inner.link = "#" + anchor
                    flatten(content, inner)
                    inner.pageOf = bookmark
                    segments.append(("", inner))
                }
            }
        }
        flatten(inlines, RunFormat())
        var index = 0
        while index < segments.count {
            let link = segments[index].format.link
            var end = index
            while end < segments.count && segments[end].format.link == link { end += 1 }
            let group = segments[index..<end]
            if let link {
                hyperlink(link) { for segment in group { emit(segment) } }
            } else {
                for segment in group { emit(segment) }
            }
            index = end
        }
    }

    private func emit(_ segment: (text: String, format: RunFormat)) {
        guard let bookmark = segment.format.pageOf else { return run(segment.text, segment.format) }
        // No cached page number: the DOCX is not laid out. Word updates fields on opening
        // (settings: updateFields), LibreOffice computes the page itself.
        xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "begin", "w:dirty": "true"]) }
        xml.element("w:r") { xml.textElement("w:instrText", ["xml:space": "preserve"], " PAGEREF \(bookmark) \\h ") }
        xml.element("w:r") { xml.empty("w:fldChar", "w:fldCharType", "separate") }
        xml.element("w:r") { xml.empty("w:fldChar", "w:fldCharType", "end") }
    }

    private func hyperlink(_ url: String, _ content: () -> Void) {
        if url.hasPrefix("#") {
            guard let bookmark = bookmarks[String(url.dropFirst())] else {
                content()
                return
            }
            xml.element("w:hyperlink", ["w:anchor": bookmark, "w:history": "1"], content)
        } else {
            xml.element("w:hyperlink", ["r:id": hyperlinkId(url), "w:history": "1"], content)
        }
    }

    func run(_ text: String, _ format: RunFormat) {
        var text = text
        if text.withUTF8(Self.hasEnDash) { text = Typography.joiningFigureSpans(text) }
        xml.start("w:r")
        if format.bold || format.italic || format.link != nil {
            xml.element("w:rPr") {
                if format.link != nil { xml.empty("w:rStyle", "w:val", styles[.hyperlink]) }
                if format.bold { xml.empty("w:b") }
                if format.italic { xml.empty("w:i") }
            }
        }
        // One pass over the bytes: line breaks, tabs and soft hyphens (C2 AD) become their
        // own elements, the text between them `w:t`.
        text.withUTF8 { bytes in
            var pieceStart = 0
            var index = 0
            while index < bytes.count {
                let element: StaticString
                var length = 1
                switch bytes[index] {
                case 0x0A: element = "w:br"
                case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A: element = "w:br"; length = 2
                case 0x09: element = "w:tab"
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xAD: element = "w:softHyphen"; length = 2
                default:
                    index += 1
                    continue
                }
                piece(UnsafeBufferPointer(rebasing: bytes[pieceStart..<index]))
                xml.empty(element)
                index += length
                pieceStart = index
            }
            piece(UnsafeBufferPointer(rebasing: bytes[pieceStart...]))
        }
        xml.end()
    }

    /// Whether the bytes hold an en dash (E2 80 93), the only character
    /// `Typography.joiningFigureSpans` acts on: most runs have none and are not copied.
    private static func hasEnDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93 { return true }
            index += 1
        }
        return false
    }

    /// A `w:t` with the text, marked to keep its spaces where XML readers would lose them.
    private func piece(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        xml.start("w:t")
        if Self.needsPreservedSpace(text) { xml.attribute("xml:space", "preserve") }
        xml.text(utf8: text)
        xml.end()
    }

    /// Whether XML readers would lose spaces of `text` (leading, trailing or doubled)
    /// unless it is marked `xml:space="preserve"`.
    private static func needsPreservedSpace(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in text {
            let isSpace = byte == 0x20
            if isSpace && previousWasSpace { return true }
            previousWasSpace = isSpace
        }
        return previousWasSpace
    }
}

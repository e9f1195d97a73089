import DocumentModel
import Foundation
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

    /// Writes the runs as the inlines are walked: consecutive runs with the same link share
    /// one `w:hyperlink`, opened when the link changes.
    func runs(_ inlines: [Inline]) {
        // The link of the runs being written, and whether a `w:hyperlink` is open for it
        // (a link to a heading without a bookmark is only its runs).
        var current: String?
        var opened = false
        func segment(_ text: String, _ format: RunFormat) {
            if format.link != current {
                if opened { xml.end() }
                current = format.link
                opened = current.map(startHyperlink) ?? false
            }
            emit(text, format)
        }
        func flatten(_ inlines: [Inline], _ format: RunFormat) {
            for inline in inlines {
                var inner = format
                switch inline {
                case .text(let text):
                    if !text.isEmpty { segment(text, format) }
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
                    segment("", inner)
                }
            }
        }
        flatten(inlines, RunFormat())
        if opened { xml.end() }
    }

    private func emit(_ text: String, _ format: RunFormat) {
        guard let bookmark = format.pageOf else { return run(text, format) }
        // No cached page number: the DOCX is not laid out. Word updates fields on opening
        // (settings: updateFields), LibreOffice computes the page itself.
        xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "begin", "w:dirty": "true"]) }
        xml.element("w:r") { xml.textElement("w:instrText", ["xml:space": "preserve"], " PAGEREF \(bookmark) \\h ") }
        xml.element("w:r") { xml.empty("w:fldChar", "w:fldCharType", "separate") }
        xml.element("w:r") { xml.empty("w:fldChar", "w:fldCharType", "end") }
    }

    /// Opens the `w:hyperlink` of `url` (an address, or "#" and a heading's anchor), or
    /// returns false when the heading has no bookmark to link to.
    private func startHyperlink(_ url: String) -> Bool {
        if url.hasPrefix("#") {
            guard let bookmark = bookmarks[String(url.dropFirst())] else { return false }
            xml.start("w:hyperlink")
            xml.attribute("w:anchor", bookmark)
        } else {
            xml.start("w:hyperlink")
            xml.attribute("r:id", hyperlinkId(url))
        }
        xml.attribute("w:history", "1")
        return true
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
        // own elements, the text between them `w:t`, marked to keep its spaces where XML
        // readers would lose them (leading, trailing or doubled).
        text.withUTF8 { bytes in
            var pieceStart = 0
            var index = 0
            var previousWasSpace = true
            var preserve = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte > 0x20 && byte != 0xC2 {
                    previousWasSpace = false
                    index += 1
                    continue
                }
                let element: StaticString
                var length = 1
                switch byte {
                case 0x20:
                    preserve = preserve || previousWasSpace
                    previousWasSpace = true
                    index += 1
                    continue
                case 0x0A: element = "w:br"
                case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A: element = "w:br"; length = 2
                case 0x09: element = "w:tab"
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xAD: element = "w:softHyphen"; length = 2
                default:
                    previousWasSpace = false
                    index += 1
                    continue
                }
                piece(UnsafeBufferPointer(rebasing: bytes[pieceStart..<index]), preserve: preserve || previousWasSpace)
                xml.empty(element)
                index += length
                pieceStart = index
                previousWasSpace = true
                preserve = false
            }
            piece(UnsafeBufferPointer(rebasing: bytes[pieceStart...]), preserve: preserve || previousWasSpace)
        }
        xml.end()
    }

    /// Whether the bytes hold an en dash (E2 80 93), the only character
    /// `Typography.joiningFigureSpans` acts on: most runs have none and are not copied.
    private static func hasEnDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = base
        let end = base + bytes.count
        // memchr finds the candidates far faster than a loop over every byte.
        while end - start >= 3, let found = memchr(start, 0xE2, end - start - 2) {
            let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if at[1] == 0x80 && at[2] == 0x93 { return true }
            start = at + 1
        }
        return false
    }

    /// A `w:t` with the text, `xml:space="preserve"` when `preserve`.
    private func piece(_ text: UnsafeBufferPointer<UInt8>, preserve: Bool) {
        guard !text.isEmpty else { return }
        xml.start("w:t")
        if preserve { xml.attribute("xml:space", "preserve") }
        xml.text(utf8: text)
        xml.end()
    }
}

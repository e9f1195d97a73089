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
    /// one `w:hyperlink`, opened when the link changes. Links go through `LinkPolicy` as
    /// `Document.sanitised()` sends them: a refused address, a link inside a link or a
    /// cross-reference inside one is its words; so is every link and cross-reference when
    /// `asWords` (a heading's, as `Heading.sanitised()` leaves them).
    func runs(_ inlines: [Inline], asWords: Bool = false) {
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
        func flatten(_ inlines: [Inline], _ format: RunFormat, insideLink: Bool) {
            for inline in inlines {
                var inner = format
                switch inline {
                case .text(let text):
                    if !Self.cleansToNothing(text) { segment(text, format) }
                    continue
                case .emphasis(let content): inner.italic = true; flatten(content, inner, insideLink: insideLink)
                case .strong(let content): inner.bold = true; flatten(content, inner, insideLink: insideLink)
                case .link(let content, let url):
                    if let address = LinkNesting.address(ofLinkTo: url, insideLink: insideLink) { inner.link = address }
                    flatten(content, inner, insideLink: true)
                case .crossReference(let anchor, let content):
                    guard LinkNesting.isCrossReference(insideLink: insideLink) else {
                        flatten(content, inner, insideLink: true)
                        continue
                    }
                    guard let bookmark = bookmarks[anchor: anchor] else {
                        diagnostics.add("hänvisningen till \"\(anchor)\" pekar inte på någon rubrik i dokumentet och visar därför inget sidnummer")
                        flatten(content, inner, insideLink: true)
                        continue
                    }
                    inner.link = "#" + anchor
                    flatten(content, inner, insideLink: true)
                    inner.pageOf = bookmark
                    segment("", inner)
                }
            }
        }
        flatten(inlines, RunFormat(), insideLink: asWords)
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
            guard let bookmark = bookmarks[anchor: String(url.dropFirst())] else { return false }
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
        xml.start("w:r")
        if format.link != nil || format.bold || format.italic {
            xml.markup(styles.runFormats[link: format.link != nil, bold: format.bold, italic: format.italic])
        }
        // The text cleaned, its figure spans joined and escaped as XML text in one scan
        // (`&`, `<`, `>` and `"`, as libxml2 escapes text); then one pass over those bytes:
        // line breaks, tabs and soft hyphens (C2 AD), which escaping leaves as they are,
        // become their own elements, the text between them `w:t`, marked to keep its spaces
        // where XML readers would lose them (leading, trailing or doubled).
        runBytes.removeAll(keepingCapacity: true)
        TextBytes.append(text, escaping: .attribute, joiningFigureSpans: true, to: &runBytes)
        runBytes.withUnsafeBufferPointer { bytes in
            var pieceStart = 0
            var index = 0
            var previousWasSpace = true
            var preserve = false
            // Where the byte-by-byte look ends: eight bytes are taken at once while none of
            // them is a control or a C2 (`mayBreak`), their spaces told from the word.
            var lookEnd = 0
            while index < bytes.count {
                if index >= lookEnd {
                    if bytes.count - index >= 8 {
                        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                        if !Self.mayBreak(word) {
                            // A space is kept when it leads the piece or follows a space.
                            let spaces = Self.spaces(word)
                            preserve = preserve || (previousWasSpace && word & 0xFF == 0x20) || spaces & spaces << 8 != 0
                            previousWasSpace = word >> 56 == 0x20
                            index += 8
                            continue
                        }
                    }
                    lookEnd = index + 8
                }
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

    /// Whether any of the eight bytes of `word` is below a space (a line break, a tab) or
    /// C2 (a soft hyphen's first byte): without one, the bytes are text and spaces only.
    /// (Subtracting borrows into the byte above only from a byte that is found already.)
    private static func mayBreak(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & high
        let c2 = word ^ 0xC2C2_C2C2_C2C2_C2C2
        return belowSpace | (c2 &- 0x0101_0101_0101_0101) & ~c2 & high != 0
    }

    /// The top bit of each byte of `word` that is a space, exactly (no borrows).
    private static func spaces(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let other = word ^ 0x2020_2020_2020_2020
        return ~((other & low &+ low) | other | low)
    }

    /// Whether `text` is empty once cleaned (`TextHygiene.clean`), so no run is written for
    /// it: told by its first scalar's bytes (`TextHygiene.cleans`) for all but texts that begin
    /// with something cleaning changes.
    private static func cleansToNothing(_ text: String) -> Bool {
        guard !text.isEmpty else { return true }
        var text = text
        return text.withUTF8 { TextHygiene.cleans(at: 0, in: $0) } && TextHygiene.clean(text).isEmpty
    }

    /// A `w:t` with the text, `xml:space="preserve"` when `preserve`.
    private func piece(_ text: UnsafeBufferPointer<UInt8>, preserve: Bool) {
        guard !text.isEmpty else { return }
        xml.markup(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        xml.text(escaped: text)
        xml.markup("</w:t>")
    }
}

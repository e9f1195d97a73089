import DocumentModel

// Renders blocks into the lines of the output. Every function takes the prefix of its
// first line and of the following lines, so lists, quotes and record values nest without
// knowing where they stand.
struct TextRenderer {
    /// A width no line reaches: text is not wrapped.
    static let unlimited = Int.max / 4

    let width: Int
    /// False for `--width 0`: paragraphs stay on one line and tables are records.
    var wraps = true
    /// The headings cross-references point to, by anchor.
    var headings: [String: Heading] = [:]

    func cover(_ metadata: Metadata, to output: inout TextOutput) {
        for organisation in metadata.organisations { wrap(organisation, to: &output) }
        if !metadata.organisations.isEmpty { output.line("") }
        // The rule above the title is as wide as the title's widest line.
        var title = TextOutput()
        wrap(metadata.title, to: &title)
        let rule = String(repeating: "=", count: min(width, title.widestLine(since: 0)))
        output.line(rule)
        output.append(title.bytes)
        output.line(rule)
        for line in [metadata.subtitle, metadata.period].compactMap({ $0 }) + metadata.coverNotes {
            wrap(line, to: &output)
        }
        let dates = [metadata.adoption, metadata.revisions].compactMap { $0 }
        guard !dates.isEmpty else { return }
        output.line("")
        for date in dates { wrap(date, to: &output) }
    }

    /// The contents list under its title: each heading down to the document's contents depth
    /// (its goals), indented by level.
    func contents(_ headings: [Heading], metadata: Metadata, to output: inout TextOutput) {
        guard let title = metadata.contentsTitle else { return }
        let depth = metadata.contentsDepth ?? 2
        let entries = headings.filter { $0.level <= depth }
        guard !entries.isEmpty else { return }
        let mark = output.mark
        wrap(title, to: &output)
        output.line(String(repeating: "-", count: min(width, output.widestLine(since: mark))))
        for heading in entries {
            let indent = String(repeating: "  ", count: max(0, heading.level - 1))
            wrap(heading.text.plainText, first: indent, rest: indent + "  ", to: &output)
        }
    }

    func write(_ block: Block, first: String, rest: String, to output: inout TextOutput) {
        switch block {
        case .heading(let heading):
            let mark = output.mark
            wrap(heading.text.plainText, first: first, rest: rest, to: &output)
            let widest = output.widestLine(since: mark) - rest.terminalWidth
            let underline: UInt8 = [UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "~"), UInt8(ascii: "^")][min(3, max(0, heading.level - 1))]
            output.startLine(rest)
            output.append(underline, count: max(1, widest))
            output.endLine(trim: false)
        case .paragraph(let inlines):
            var text: [UInt8] = []
            plain(inlines, into: &text)
            text.withUnsafeBufferPointer { Wrapper.wrap($0, width: width, first: first, rest: rest, into: &output) }
        case .bulletList(let items):
            list(items, first: first, rest: rest, to: &output) { _ in "- " }
        case .numberedList(let items):
            let markerWidth = "\(items.count). ".count
            list(items, first: first, rest: rest, to: &output) { index in
                let marker = "\(index + 1). "
                return marker + String(repeating: " ", count: max(0, markerWidth - marker.count))
            }
        case .quote(let blocks):
            write(blocks, first: first + "> ", rest: rest + "> ", separated: true, to: &output)
        case .note(let label, let blocks):
            write(blocks, first: first + label + ": ", rest: rest + "    ", separated: true, to: &output)
        case .table(let table):
            // Every line of a table stands under the rest's indentation, the first too.
            let base = output.base
            output.base += rest.utf8
            TableText(table: table, width: width - rest.terminalWidth, renderer: self).write(to: &output)
            output.base = base
        case .figure(let figure):
            switch figure.content {
            case .chart(let chart):
                write([.paragraph([.text(figure.caption)]), .paragraph([.text(chart.description)]), .table(chart.table)],
                      first: first, rest: rest, separated: true, to: &output)
            case .absent(let note):
                write([.paragraph([.text(figure.caption)]), .paragraph([.text(note)])],
                      first: first, rest: rest, separated: true, to: &output)
            }
        case .pageBreak, .sectionBreak:
            return
        }
    }

    /// The blocks one after the other, with a line of the rest's prefix between them when
    /// `separated`; a line of the first prefix alone when they write nothing.
    func write(_ blocks: [Block], first: String, rest: String, separated: Bool, to output: inout TextOutput) {
        let start = output.mark
        for (index, block) in blocks.enumerated() {
            let mark = output.mark
            if separated && index > 0 { output.line(rest) }
            let separator = output.mark
            write(block, first: index == 0 ? first : rest, rest: rest, to: &output)
            if output.mark == separator { output.truncate(to: mark) }
        }
        if output.mark == start && !first.isEmpty { output.line(first) }
    }

    private func list(_ items: [ListItem], first: String, rest: String, to output: inout TextOutput, marker: (Int) -> String) {
        for (index, item) in items.enumerated() {
            let mark = marker(index)
            let indent = String(repeating: " ", count: mark.count)
            write(item.blocks, first: (index == 0 ? first : rest) + mark, rest: rest + indent, separated: false, to: &output)
        }
    }

    /// The inlines' words without formatting, in UTF-8, appended to `text`. Soft hyphens are
    /// for paged formats; plain text wraps at spaces.
    func plain(_ inlines: [Inline], into text: inout [UInt8]) {
        for inline in inlines {
            switch inline {
            case .text(let words):
                Self.appendWithoutSoftHyphens(words, to: &text)
            case .emphasis(let inner), .strong(let inner):
                plain(inner, into: &text)
            case .link(let inner, let url):
                let start = text.count
                plain(inner, into: &text)
                if !url.hasPrefix("#") && !Self.equals(text[start...], url) {
                    text.append(contentsOf: " <".utf8)
                    text.append(contentsOf: url.utf8)
                    text.append(UInt8(ascii: ">"))
                }
            case .crossReference(let anchor, let inner):
                plain(headings[anchor]?.text ?? inner, into: &text)
            }
        }
    }

    /// The inlines' words as a string, for labels.
    func plain(_ inlines: [Inline]) -> String {
        var text: [UInt8] = []
        plain(inlines, into: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// A soft hyphen (U+00AD) is the bytes C2 AD, which no other character holds.
    private static func appendWithoutSoftHyphens(_ words: String, to text: inout [UInt8]) {
        var words = words
        words.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0xAD && index > 0 && bytes[index - 1] == 0xC2 {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index - 1]))
                    runStart = index + 1
                }
                index += 1
            }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Whether a link's words are its address, as strings compare: canonically equivalent.
    private static func equals(_ text: ArraySlice<UInt8>, _ url: String) -> Bool {
        if text.elementsEqual(url.utf8) { return true }
        let ascii = text.allSatisfy { $0 < 0x80 } && url.utf8.allSatisfy { $0 < 0x80 }
        return !ascii && String(decoding: text, as: UTF8.self) == url
    }

    func wrap(_ text: String, first: String = "", rest: String = "", to output: inout TextOutput) {
        Wrapper.wrap(text, width: width, first: first, rest: rest, into: &output)
    }
}

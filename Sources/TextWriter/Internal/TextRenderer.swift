import DocumentModel

// Renders blocks into the lines of the output. Every function takes the lead of its
// first line and of the following lines, so lists, quotes and record values nest without
// knowing where they stand. Each text is cleaned as `Document.sanitised()` would clean it
// while it is copied to be wrapped, and each link is put to `LinkPolicy` where it is
// written, so the writer reads the document as it was given, with no sanitised copy of it.
struct TextRenderer {
    /// A width no line reaches: text is not wrapped.
    static let unlimited = Int.max / 4

    let width: Int
    /// False for `--width 0`: paragraphs stay on one line and tables are records.
    var wraps = true
    /// The headings cross-references point to, by anchor (see `Document.headingsByAnchor`).
    var headings: [String: Heading] = [:]
    /// The links' addresses, shared by the renderers of one document.
    var addresses = LinkAddresses()

    func cover(_ metadata: Metadata, to output: inout TextOutput) {
        for organisation in metadata.organisations { wrap(organisation, .clean, to: &output) }
        if !metadata.organisations.isEmpty { output.line() }
        // The rule above the title is as wide as the title's widest line.
        var title = TextOutput()
        wrap(metadata.title, .clean, to: &title)
        let rule = min(width, title.widestLine(since: 0))
        self.rule(UInt8(ascii: "="), rule, to: &output)
        output.append(title.bytes.bytes)
        self.rule(UInt8(ascii: "="), rule, to: &output)
        if let subtitle = metadata.subtitle { wrap(subtitle, .clean, to: &output) }
        if let period = metadata.period { wrap(period, .clean, to: &output) }
        for note in metadata.coverNotes { wrap(note, .clean, to: &output) }
        guard metadata.adoption != nil || metadata.revisions != nil else { return }
        output.line()
        if let adoption = metadata.adoption { wrap(adoption, .clean, to: &output) }
        if let revisions = metadata.revisions { wrap(revisions, .clean, to: &output) }
    }

    /// The contents list under its title: each heading down to the document's contents depth
    /// (its goals), indented by level. The title is written as the metadata holds it.
    func contents(_ headings: [Heading], metadata: Metadata, to output: inout TextOutput) {
        guard let title = metadata.contentsTitle else { return }
        let depth = metadata.contentsDepth ?? 2
        guard headings.contains(where: { $0.level <= depth }) else { return }
        let mark = output.mark
        wrap(title, .asIs, to: &output)
        rule(UInt8(ascii: "-"), min(width, output.widestLine(since: mark)), to: &output)
        for heading in headings where heading.level <= depth {
            let leads = output.leadMark
            let indent = output.lead(.none, spaces: 2 * max(0, heading.level - 1))
            output.clearText()
            plain(heading.text, insideLink: true, .clean, to: &output)
            Wrapper.wrapText(width: width, first: indent, rest: output.lead(indent, spaces: 2), into: &output)
            output.dropLeads(to: leads)
        }
    }

    func write(_ block: Block, first: Lead, rest: Lead, to output: inout TextOutput) {
        let leads = output.leadMark
        defer { output.dropLeads(to: leads) }
        switch block {
        case .heading(let heading):
            let mark = output.mark
            // A heading's links and cross-references are their words, as everywhere a heading is shown.
            output.clearText()
            plain(heading.text, insideLink: true, .clean, to: &output)
            Wrapper.wrapText(width: width, first: first, rest: rest, into: &output)
            let widest = output.widestLine(since: mark) - rest.width
            let underline: UInt8 = [UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "~"), UInt8(ascii: "^")][min(3, max(0, heading.level - 1))]
            output.startLine(rest)
            output.append(underline, count: max(1, widest))
            output.endLine(trim: false)
        case .paragraph(let inlines):
            output.clearText()
            plain(inlines, insideLink: false, .withoutSoftHyphens, to: &output)
            Wrapper.wrapText(width: width, first: first, rest: rest, into: &output)
        case .bulletList(let items):
            list(items.lazy.map(\.blocks), numbered: false, first: first, rest: rest, to: &output)
        case .numberedList(let items):
            list(items.lazy.map(\.blocks), numbered: true, first: first, rest: rest, to: &output)
        case .quote(let blocks):
            write(blocks, first: output.lead(first, "> "), rest: output.lead(rest, "> "), separated: true, to: &output)
        case .note(let label, let blocks):
            let start = output.beginLead()
            output.addToLead(first)
            output.addToLead(label, .clean)
            output.addToLead(": ")
            write(blocks, first: output.finishLead(from: start), rest: output.lead(rest, spaces: 4), separated: true, to: &output)
        case .table(let table):
            // Every line of a table stands under the rest's indentation, the first too.
            let base = output.base
            let start = output.beginLead()
            output.addToLead(base)
            output.addToLead(rest)
            output.base = output.finishLead(from: start)
            TableText(table: table, width: width - rest.width, renderer: self).write(to: &output)
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

    /// The blocks one after the other, with a line of the rest's lead between them when
    /// `separated`; a line of the first lead alone when they write nothing.
    func write<Blocks: Collection<Block>>(_ blocks: Blocks, first: Lead, rest: Lead, separated: Bool,
                                          to output: inout TextOutput) {
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

    /// Each item's blocks after its marker ("- ", or its number with the numbers' width),
    /// the following lines under the item's first.
    func list<Items: Collection>(_ items: Items, numbered: Bool, first: Lead, rest: Lead, to output: inout TextOutput)
    where Items.Element: Collection<Block> {
        let markerWidth = numbered ? Self.digits(items.count) + 2 : 2
        let leads = output.leadMark
        let itemRest = output.lead(rest, spaces: markerWidth)
        for (index, item) in items.enumerated() {
            let itemLeads = output.leadMark
            let start = output.beginLead()
            output.addToLead(index == 0 ? first : rest)
            if numbered {
                output.addToLead(decimal: index + 1)
                output.addToLead(". ")
                output.addToLead(spaces: markerWidth - Self.digits(index + 1) - 2)
            } else {
                output.addToLead("- ")
            }
            write(item, first: output.finishLead(from: start), rest: itemRest, separated: false, to: &output)
            output.dropLeads(to: itemLeads)
        }
        output.dropLeads(to: leads)
    }

    private static func digits(_ number: Int) -> Int {
        number < 10 ? 1 : 1 + digits(number / 10)
    }

    /// Appends the inlines' words without formatting to the output's text to wrap: a link's
    /// words with its address in `<…>` after them, unless they are the address; a
    /// cross-reference as its heading's words. Inside a link (and in a heading, which is
    /// shown inside links) links and cross-references are their words, and a link whose
    /// address `LinkPolicy` refuses is its words too, as `LinkNesting` has it for every writer.
    func plain(_ inlines: [Inline], insideLink: Bool, _ mode: CleanText.Mode, to output: inout TextOutput) {
        for inline in inlines {
            switch inline {
            case .text(let words):
                output.appendText(words, mode)
            case .emphasis(let inner), .strong(let inner):
                plain(inner, insideLink: insideLink, mode, to: &output)
            case .link(let inner, let url):
                guard let address = LinkNesting.address(ofLinkTo: url, insideLink: insideLink, address: addresses.address) else {
                    plain(inner, insideLink: true, mode, to: &output)
                    continue
                }
                let start = output.text.count
                plain(inner, insideLink: true, mode, to: &output)
                if !address.hasPrefix("#") && !Self.equals(output.text.bytes(start..<output.text.count), address) {
                    output.appendText(" <")
                    output.appendText(address, .asIs)
                    output.appendText(">")
                }
            case .crossReference(let anchor, let inner):
                let words = LinkNesting.isCrossReference(insideLink: insideLink) ? headings[anchor]?.text ?? inner : inner
                plain(words, insideLink: true, mode, to: &output)
            }
        }
    }

    /// Whether a link's words are its address, as strings compare: canonically equivalent.
    private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ url: String) -> Bool {
        if text.elementsEqual(url.utf8) { return true }
        let ascii = text.allSatisfy { $0 < 0x80 } && url.utf8.allSatisfy { $0 < 0x80 }
        return !ascii && String(decoding: text, as: UTF8.self) == url
    }

    /// The text, as `mode` has it, wrapped into lines.
    func wrap(_ text: String, _ mode: CleanText.Mode, first: Lead = .none, rest: Lead = .none, to output: inout TextOutput) {
        output.setText(text, mode)
        Wrapper.wrapText(width: width, first: first, rest: rest, into: &output)
    }

    /// A line of `count` times `byte`.
    private func rule(_ byte: UInt8, _ count: Int, to output: inout TextOutput) {
        output.startLine()
        output.append(byte, count: count)
        output.endLine()
    }
}

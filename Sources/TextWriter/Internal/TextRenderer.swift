import DocumentModel

// Renders blocks into lines. Every function takes the prefix of its first line and of
// the following lines, so lists, quotes and record values nest without knowing where
// they stand.
struct TextRenderer {
    /// A width no line reaches: text is not wrapped.
    static let unlimited = Int.max / 4

    let width: Int
    /// False for `--width 0`: paragraphs stay on one line and tables are records.
    var wraps = true
    /// The headings cross-references point to, by anchor.
    var headings: [String: Heading] = [:]

    func cover(_ metadata: Metadata) -> [String] {
        var lines = metadata.organisations.flatMap { wrap($0) }
        if !lines.isEmpty { lines.append("") }
        let title = wrap(metadata.title)
        let rule = String(repeating: "=", count: min(width, title.map(\.terminalWidth).max() ?? 0))
        lines += [rule] + title + [rule]
        for line in [metadata.subtitle, metadata.period].compactMap({ $0 }) + metadata.coverNotes {
            lines += wrap(line)
        }
        let dates = [metadata.adoption, metadata.revisions].compactMap { $0 }
        if !dates.isEmpty { lines += [""] + dates.flatMap { wrap($0) } }
        return lines
    }

    /// The contents list under its title: each heading down to the document's contents depth
    /// (its goals), indented by level.
    func contents(_ headings: [Heading], metadata: Metadata) -> [String] {
        guard let title = metadata.contentsTitle else { return [] }
        let depth = metadata.contentsDepth ?? 2
        let entries = headings.filter { $0.level <= depth }
        guard !entries.isEmpty else { return [] }
        let titleLines = wrap(title)
        let rule = String(repeating: "-", count: min(width, titleLines.map(\.terminalWidth).max() ?? 0))
        return titleLines + [rule] + entries.flatMap { heading in
            let indent = String(repeating: "  ", count: max(0, heading.level - 1))
            return wrap(heading.text.plainText, first: indent, rest: indent + "  ")
        }
    }

    func lines(of block: Block, first: String, rest: String) -> [String] {
        switch block {
        case .heading(let heading):
            let text = wrap(heading.text.plainText, first: first, rest: rest)
            let underline = ["=", "-", "~", "^"][min(3, max(0, heading.level - 1))]
            let widest = text.map { $0.terminalWidth - rest.terminalWidth }.max() ?? 0
            return text + [rest + String(repeating: underline, count: max(1, widest))]
        case .paragraph(let inlines):
            return wrap(plain(inlines), first: first, rest: rest)
        case .bulletList(let items):
            return list(items, first: first, rest: rest) { _ in "- " }
        case .numberedList(let items):
            let markerWidth = "\(items.count). ".count
            return list(items, first: first, rest: rest) { Wrapper.pad("\($0 + 1). ", to: markerWidth) }
        case .quote(let blocks):
            return lines(of: blocks, first: first + "> ", rest: rest + "> ", separated: true)
        case .note(let label, let blocks):
            return lines(of: blocks, first: first + label + ": ", rest: rest + "    ", separated: true)
        case .table(let table):
            return TableText(table: table, width: width - rest.terminalWidth, renderer: self)
                .lines().map { rest + $0 }
        case .figure(let figure):
            switch figure.content {
            case .chart(let chart):
                return lines(of: [.paragraph([.text(figure.caption)]), .paragraph([.text(chart.description)]), .table(chart.table)],
                             first: first, rest: rest, separated: true)
            case .absent(let note):
                return lines(of: [.paragraph([.text(figure.caption)]), .paragraph([.text(note)])],
                             first: first, rest: rest, separated: true)
            }
        case .pageBreak, .sectionBreak:
            return []
        }
    }

    func lines(of blocks: [Block], first: String, rest: String, separated: Bool) -> [String] {
        var result: [String] = []
        for (index, block) in blocks.enumerated() {
            let blockLines = lines(of: block, first: index == 0 ? first : rest, rest: rest)
            if separated && index > 0 && !blockLines.isEmpty { result.append(rest.trimmingTrailingSpaces) }
            result += blockLines
        }
        return result.isEmpty && !first.isEmpty ? [first.trimmingTrailingSpaces] : result
    }

    private func list(_ items: [ListItem], first: String, rest: String, marker: (Int) -> String) -> [String] {
        items.enumerated().flatMap { index, item in
            let mark = marker(index)
            let indent = String(repeating: " ", count: mark.count)
            return lines(of: item.blocks, first: (index == 0 ? first : rest) + mark, rest: rest + indent, separated: false)
        }
    }

    func plain(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            // Soft hyphens are for paged formats; plain text wraps at spaces.
            // A soft hyphen (U+00AD, bytes C2 AD) is always a character of its own.
            case .text(let text):
                return text.utf8.contains(0xAD) ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{AD}" })) : text
            case .emphasis(let inner), .strong(let inner): return plain(inner)
            case .link(let inner, let url):
                let text = plain(inner)
                return text == url || url.hasPrefix("#") ? text : "\(text) <\(url)>"
            case .crossReference(let anchor, let inner):
                return headings[anchor].map { plain($0.text) } ?? plain(inner)
            }
        }.joined()
    }

    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        Wrapper.wrap(text, width: width, first: first, rest: rest)
    }
}

extension String {
    /// The text without the spaces it ends in. Only text whose last byte is a space ends
    /// in a space character, so all other text is returned as it is without a look at its
    /// characters.
    var trimmingTrailingSpaces: String {
        guard utf8.last == 0x20 else { return self }
        return String(reversed().drop(while: { $0 == " " }).reversed())
    }
}

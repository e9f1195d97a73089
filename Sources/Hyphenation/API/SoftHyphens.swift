import DocumentModel

/// A pass over a document that puts soft hyphens into the long words of table cells,
/// where columns are narrow and a reader would otherwise see words broken without a
/// hyphen (or columns as wide as their longest word). Running text is left to the
/// reader's own hyphenation (Word's and LibreOffice's `autoHyphenation`). Link texts,
/// numbers and abbreviations stay whole.
///
/// ```swift
/// if case .success(let hyphenator) = Hyphenator.swedish {
///     document = SoftHyphens(hyphenator).apply(to: document)
/// }
/// ```
public struct SoftHyphens: Sendable {
    let hyphenator: Hyphenator

    public init(_ hyphenator: Hyphenator) { self.hyphenator = hyphenator }

    public func apply(to document: Document) -> Document {
        var copy = document
        copy.blocks = document.blocks.map { outside($0) }
        return copy
    }

    /// Outside tables only tables change; a layout table (the signatures: names in wide
    /// cells, no narrow columns) stays as written.
    private func outside(_ block: Block) -> Block {
        switch block {
        case .table(let table): return .table(table.isLayout ? table : hyphenated(table))
        case .quote(let blocks): return .quote(blocks.map(outside))
        case .note(let label, let blocks): return .note(label: label, blocks.map(outside))
        case .bulletList(let items): return .bulletList(items.map { ListItem($0.blocks.map(outside)) })
        case .numberedList(let items): return .numberedList(items.map { ListItem($0.blocks.map(outside)) })
        case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return block
        }
    }

    /// Inside a table cell every text changes (an address shown as a link's text stays).
    private func hyphenated(_ table: Table) -> Table {
        table.mappingCellText(words)
    }

    /// The text with each run of letters hyphenated; everything between stays, and so do
    /// addresses written as text ("www.skr.se", "namn@kommun.se").
    func words(_ text: String) -> String {
        // Single-scalar text (Swedish) is stepped through by its scalars, other text by its characters.
        text.singleScalarColumns != nil ? words(Array(text.unicodeScalars)) : words(Array(text))
    }

    private func words<Unit: TextUnit>(_ units: [Unit]) -> String {
        var result = ""
        var tokenStart = 0
        func flush(upTo end: Int) {
            let token = units[tokenStart..<end]
            if Self.isAddress(token) {
                for unit in token { unit.append(to: &result) }
            } else {
                var wordStart = tokenStart
                for (index, unit) in zip(token.indices, token) where !unit.isLetter {
                    result += hyphenator.hyphenate(Self.text(units[wordStart..<index]))
                    unit.append(to: &result)
                    wordStart = index + 1
                }
                result += hyphenator.hyphenate(Self.text(units[wordStart..<end]))
            }
        }
        for (index, unit) in units.enumerated() where unit.isWhitespace {
            flush(upTo: index)
            unit.append(to: &result)
            tokenStart = index + 1
        }
        flush(upTo: units.count)
        return result
    }

    /// Whether a token is an address ("www.skr.se", "https://…", "namn@kommun.se"). Most
    /// tokens hold none of the marks in their bytes, which is certain without comparing
    /// them as text; only a token that does is compared as before.
    private static func isAddress<Unit: TextUnit>(_ token: ArraySlice<Unit>) -> Bool {
        let token = text(token)
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }) else {
            return false
        }
        return token.contains("www.") || token.contains("://") || token.contains("@")
    }

    private static func text<Unit: TextUnit>(_ units: ArraySlice<Unit>) -> String {
        var text = ""
        for unit in units { unit.append(to: &text) }
        return text
    }
}

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
        var result = ""
        var token = ""
        func flush() {
            if token.contains("www.") || token.contains("://") || token.contains("@") {
                result += token
            } else {
                var word = ""
                for character in token {
                    if character.isLetter {
                        word.append(character)
                    } else {
                        result += hyphenator.hyphenate(word) + String(character)
                        word = ""
                    }
                }
                result += hyphenator.hyphenate(word)
            }
            token = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                result.append(character)
            } else {
                token.append(character)
            }
        }
        flush()
        return result
    }
}

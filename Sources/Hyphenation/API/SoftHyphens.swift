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

    /// Outside tables only tables change.
    private func outside(_ block: Block) -> Block {
        switch block {
        case .table(let table): return .table(hyphenated(table))
        case .quote(let blocks): return .quote(blocks.map(outside))
        case .note(let label, let blocks): return .note(label: label, blocks.map(outside))
        case .bulletList(let items): return .bulletList(items.map { ListItem($0.blocks.map(outside)) })
        case .numberedList(let items): return .numberedList(items.map { ListItem($0.blocks.map(outside)) })
        case .heading, .paragraph, .pageBreak, .sectionBreak: return block
        }
    }

    private func hyphenated(_ table: Table) -> Table {
        var copy = table
        func rows(_ rows: [Row]) -> [Row] {
            rows.map { row in
                Row(row.cells.map { cell in
                    var cell = cell
                    cell.blocks = cell.blocks.map(inside)
                    return cell
                })
            }
        }
        copy.header = rows(table.header)
        copy.body = rows(table.body)
        return copy
    }

    /// Inside a table cell every text changes.
    private func inside(_ block: Block) -> Block {
        switch block {
        case .heading(var heading):
            heading.text = heading.text.map(inline)
            return .heading(heading)
        case .paragraph(let inlines): return .paragraph(inlines.map(inline))
        case .bulletList(let items): return .bulletList(items.map { ListItem($0.blocks.map(inside)) })
        case .numberedList(let items): return .numberedList(items.map { ListItem($0.blocks.map(inside)) })
        case .table(let table): return .table(hyphenated(table))
        case .quote(let blocks): return .quote(blocks.map(inside))
        case .note(let label, let blocks): return .note(label: label, blocks.map(inside))
        case .pageBreak, .sectionBreak: return block
        }
    }

    private func inline(_ inline: Inline) -> Inline {
        switch inline {
        case .text(let text): return .text(words(text))
        case .emphasis(let inner): return .emphasis(inner.map(self.inline))
        case .strong(let inner): return .strong(inner.map(self.inline))
        // An address must stay as written; its visible words may break.
        case .link(let inner, let url): return .link(inner.map { $0.plainText == url ? $0 : self.inline($0) }, url: url)
        }
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

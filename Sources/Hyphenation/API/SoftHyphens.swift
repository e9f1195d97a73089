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
        let words = Words(hyphenator: hyphenator)
        var copy = document
        copy.blocks = document.blocks.map { outside($0, words) }
        return copy
    }

    /// Outside tables only tables change; a layout table (the signatures: names in wide
    /// cells, no narrow columns) stays as written.
    private func outside(_ block: Block, _ words: Words) -> Block {
        switch block {
        case .table(let table): return .table(table.isLayout ? table : table.mappingCellText(words.hyphenated))
        case .quote(let blocks): return .quote(blocks.map { outside($0, words) })
        case .note(let label, let blocks): return .note(label: label, blocks.map { outside($0, words) })
        case .bulletList(let items): return .bulletList(items.map { ListItem($0.blocks.map { outside($0, words) }) })
        case .numberedList(let items): return .numberedList(items.map { ListItem($0.blocks.map { outside($0, words) }) })
        case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return block
        }
    }
}

/// One pass's hyphenation of texts: each distinct word goes to libhyphen once (table rows
/// repeat their words), and a text that gains no soft hyphen is returned as it came, so
/// it keeps its storage.
private final class Words {
    let hyphenator: Hyphenator
    private var known: [String: String] = [:]

    init(hyphenator: Hyphenator) { self.hyphenator = hyphenator }

    /// A word of letters with its soft hyphens.
    private func word(_ letters: Substring) -> String {
        let word = String(letters)
        if let hyphenated = known[word] { return hyphenated }
        let hyphenated = hyphenator.hyphenate(word)
        known[word] = hyphenated
        return hyphenated
    }

    /// The text with each run of letters hyphenated; everything between stays, and so do
    /// addresses written as text ("www.skr.se", "namn@kommun.se").
    func hyphenated(_ text: String) -> String {
        var result = ""
        var token = ""
        func flush() {
            if token.contains("www.") || token.contains("://") || token.contains("@") {
                result += token
            } else {
                var start = token.startIndex
                for index in token.indices where !token[index].isLetter {
                    result += word(token[start..<index]) + String(token[index])
                    start = token.index(after: index)
                }
                result += word(token[start...])
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
        return result == text ? text : result
    }
}

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
        let known = KnownWords()
        var copy = document
        copy.blocks = document.blocks.map { outside($0, known) }
        return copy
    }

    /// Outside tables only tables change; a layout table (the signatures: names in wide
    /// cells, no narrow columns) stays as written.
    private func outside(_ block: Block, _ known: KnownWords) -> Block {
        switch block {
        case .table(let table): return .table(table.isLayout ? table : hyphenated(table, known))
        case .quote(let blocks): return .quote(blocks.map { outside($0, known) })
        case .note(let label, let blocks): return .note(label: label, blocks.map { outside($0, known) })
        case .bulletList(let items): return .bulletList(items.map { ListItem($0.blocks.map { outside($0, known) }) })
        case .numberedList(let items): return .numberedList(items.map { ListItem($0.blocks.map { outside($0, known) }) })
        case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return block
        }
    }

    /// Inside a table cell every text changes (an address shown as a link's text stays).
    private func hyphenated(_ table: Table, _ known: KnownWords) -> Table {
        table.mappingCellText { words($0, known) }
    }

    /// The text with each run of letters hyphenated; everything between stays, and so do
    /// addresses written as text ("www.skr.se", "namn@kommun.se"). A text that gains no
    /// soft hyphen comes back as it went in, keeping its storage.
    func words(_ text: String, _ known: KnownWords = KnownWords()) -> String {
        // Single-scalar text (Swedish) is stepped through by its scalars, other text by its characters.
        let result = text.singleScalarColumns != nil ? words(text, units: text.unicodeScalars, known)
            : words(text, units: text, known)
        return result == text ? text : result
    }

    /// `units` are the scalars or the characters of `text`; the text is copied in slices between them.
    private func words<Units: Collection>(_ text: String, units: Units, _ known: KnownWords) -> String
    where Units.Element: TextUnit, Units.Index == String.Index {
        var result = ""
        var tokenStart = units.startIndex
        func flush(upTo end: String.Index) {
            let token = text[tokenStart..<end]
            if Self.isAddress(token) {
                result += token
                return
            }
            var wordStart = tokenStart
            var index = tokenStart
            while index < end {
                let next = units.index(after: index)
                if !units[index].isLetter {
                    result += known.hyphenated(text[wordStart..<index], by: hyphenator)
                    result += text[index..<next]
                    wordStart = next
                }
                index = next
            }
            result += known.hyphenated(text[wordStart..<end], by: hyphenator)
        }
        var index = units.startIndex
        while index < units.endIndex {
            let next = units.index(after: index)
            if units[index].isWhitespace {
                flush(upTo: index)
                result += text[index..<next]
                tokenStart = next
            }
            index = next
        }
        flush(upTo: units.endIndex)
        return result
    }

    /// Whether a token is an address ("www.skr.se", "https://…", "namn@kommun.se"). Most
    /// tokens hold none of the marks in their bytes, which is certain without comparing
    /// them as text; only a token that does is compared as before.
    private static func isAddress(_ token: Substring) -> Bool {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }) else {
            return false
        }
        let token = String(token)
        return token.contains("www.") || token.contains("://") || token.contains("@")
    }
}

/// The words one pass has hyphenated: table rows repeat their words, and each distinct
/// word goes to libhyphen once per document.
final class KnownWords {
    private var hyphenated: [Substring: String] = [:]

    /// `word` with its soft hyphens, looked up or hyphenated and remembered.
    func hyphenated(_ word: Substring, by hyphenator: Hyphenator) -> String {
        if let known = hyphenated[word] { return known }
        let result = hyphenator.hyphenate(String(word))
        hyphenated[word] = result
        return result
    }
}

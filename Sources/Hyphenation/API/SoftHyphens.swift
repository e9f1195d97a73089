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
///     // or in place, block by block, freeing each replaced text as it goes:
///     let hyphens = SoftHyphens(hyphenator)
///     for index in document.blocks.indices { hyphens.apply(to: &document.blocks[index]) }
/// }
/// ```
///
/// Words are looked up in the run's memory of hyphenated words (`Hyphenator.hyphenated(_:)`),
/// through a copy of its own so most lookups take no lock. That copy makes a value of
/// this class one pass's state: make one per document, and use it on one thread at a time.
public final class SoftHyphens {
    let hyphenator: Hyphenator
    // The words, short texts and cells of one short text this pass has looked up, and the
    // bytes of the text being hyphenated.
    private var known: [Word: String] = [:]
    private var shortTexts: [Word: String?] = [:]
    private var shortCells: [Word: [Block]] = [:]
    private var output: [UInt8] = []

    public init(_ hyphenator: Hyphenator) { self.hyphenator = hyphenator }

    public func apply(to document: Document) -> Document {
        var copy = document
        apply(to: &copy.blocks)
        return copy
    }

    /// One block of a document in place. Outside tables only tables change; a layout
    /// table (the signatures: names in wide cells, no narrow columns) stays as written.
    public func apply(to block: inout Block) {
        // A table is taken with `if case`: a switch would hold on to its box, and the table
        // would be copied instead of changed in place.
        if case .table(var table) = block {
            guard !table.isLayout else { return }
            block = .pageBreak
            table.updateCells(hyphenate)
            block = .table(table)
            return
        }
        switch block {
        case .table: return
        case .quote(var blocks):
            block = .pageBreak
            apply(to: &blocks)
            block = .quote(blocks)
        case .note(let label, var blocks):
            block = .pageBreak
            apply(to: &blocks)
            block = .note(label: label, blocks)
        case .bulletList(var items):
            block = .pageBreak
            apply(to: &items)
            block = .bulletList(items)
        case .numberedList(var items):
            block = .pageBreak
            apply(to: &items)
            block = .numberedList(items)
        case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return
        }
    }

    private func apply(to items: inout [ListItem]) {
        for item in items.indices { apply(to: &items[item].blocks) }
    }

    private func apply(to blocks: inout [Block]) {
        for index in blocks.indices { apply(to: &blocks[index]) }
    }

    /// A cell in place. Cells of one short text (a responsible party, a time, "Saknas")
    /// repeat from row to row, often as one shared value from the layout: each distinct
    /// one is hyphenated once and every cell that holds it shares the result.
    private func hyphenate(_ cell: inout Cell) {
        guard let text = cell.singleText, text.utf8.count <= Self.sharedTextLength else {
            return cell.updateText(hyphenatedText)
        }
        if let blocks = shortCells[Word(Substring(text))] { return cell.blocks = blocks }
        cell.updateText(hyphenatedText)
        shortCells[Word(Substring(text))] = cell.blocks
    }

    /// The text with each run of letters hyphenated; everything between stays, and so do
    /// addresses written as text ("www.skr.se", "namn@kommun.se").
    func words(_ text: String) -> String {
        hyphenatedText(text) ?? text
    }

    /// The hyphenated text, exactly as long as it needs to be, or nil when no soft hyphen
    /// went in. Short texts (a responsible party, a time) repeat from row to row: each is
    /// hyphenated once per pass and every cell that holds it shares the one result.
    private func hyphenatedText(_ text: String) -> String? {
        guard text.utf8.count <= Self.sharedTextLength else { return hyphenatedWords(text) }
        if let known = shortTexts[Word(Substring(text))] { return known }
        let result = hyphenatedWords(text)
        shortTexts[Word(Substring(text))] = .some(result)
        return result
    }

    /// Texts up to this many bytes are remembered whole (`hyphenatedText(_:)`).
    static let sharedTextLength = 64

    private func hyphenatedWords(_ text: String) -> String? {
        // Single-scalar text (Swedish) is stepped through by its scalars, other text by its characters.
        text.singleScalarColumns != nil ? words(text, units: text.unicodeScalars) : words(text, units: text)
    }

    /// `units` are the scalars or the characters of `text`; the text is copied in slices between them.
    private func words<Units: Collection>(_ text: String, units: Units) -> String?
    where Units.Element: TextUnit, Units.Index == String.Index {
        output.removeAll(keepingCapacity: true)
        var changed = false
        func copy(_ range: Range<String.Index>) { output.append(contentsOf: text.utf8[range]) }
        // A word shorter than the hyphenator's shortest stays whole without asking it.
        func word(_ range: Range<String.Index>, letters: Int) {
            guard letters >= Hyphenator.shortestWord else { return copy(range) }
            let result = hyphenated(text[range])
            guard result.utf8.count != text.utf8.distance(from: range.lowerBound, to: range.upperBound) else { return copy(range) }
            output.append(contentsOf: result.utf8)
            changed = true
        }
        var tokenStart = units.startIndex
        func flush(upTo end: String.Index) {
            if Self.isAddress(text[tokenStart..<end]) { return copy(tokenStart..<end) }
            var wordStart = tokenStart
            var letters = 0
            var index = tokenStart
            while index < end {
                let next = units.index(after: index)
                if units[index].isLetter {
                    letters += 1
                } else {
                    word(wordStart..<index, letters: letters)
                    copy(index..<next)
                    wordStart = next
                    letters = 0
                }
                index = next
            }
            word(wordStart..<end, letters: letters)
        }
        var index = units.startIndex
        while index < units.endIndex {
            let next = units.index(after: index)
            if units[index].isWhitespace {
                flush(upTo: index)
                copy(index..<next)
                tokenStart = next
            }
            index = next
        }
        flush(upTo: units.endIndex)
        return changed ? String(decoding: output, as: UTF8.self) : nil
    }

    /// `word` with its soft hyphens: from this pass's own copy of the words, else from the run's.
    private func hyphenated(_ word: Substring) -> String {
        if let result = known[Word(word)] { return result }
        let result = hyphenator.hyphenated(word)
        // A copy of the word, so the text it was cut from is freed when it is replaced.
        known[Word(Substring(String(word)))] = result
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

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
/// Words are looked up in the run's memory of hyphenated words (`Hyphenator.withHyphenated(_:hash:_:)`),
/// through a copy of its own so most lookups take no lock. That copy makes a value of
/// this class one pass's state: make one per document, and use it on one thread at a time.
public final class SoftHyphens {
    let hyphenator: Hyphenator
    // The words, short texts and cells of one short text this pass has looked up, the
    // bytes of the text being hyphenated, and the words of its token being read.
    private var known = WordMemory()
    private var shortTexts: [TextKey: String?] = [:]
    private var shortCells: [TextKey: [Block]?] = [:]
    private var output: [UInt8] = []
    private var tokenWords: [Range<Int>] = []

    public init(_ hyphenator: Hyphenator) { self.hyphenator = hyphenator }

    public func apply(to document: Document) -> Document {
        var copy = document
        for index in copy.blocks.indices { apply(to: &copy.blocks[index]) }
        return copy
    }

    /// One block of a document in place. Outside tables only tables change; a layout
    /// table (the signatures: names in wide cells, no narrow columns) stays as written.
    /// Only cells that get a soft hyphen are rewritten: a table shared with another
    /// document is copied only along the paths to them, a uniquely held one is changed
    /// where it is, and blocks without tables are not touched.
    public func apply(to block: inout Block) {
        // A table is taken with `if case`: a switch would hold on to its box, and the table
        // would be copied instead of changed in place.
        if case .table(var table) = block {
            guard !table.isLayout else { return }
            block = .pageBreak
            table.updateCells(hyphenated)
            block = .table(table)
            return
        }
        if let hyphenated = hyphenatedTables(in: block) { block = hyphenated }
    }

    /// The block with the tables inside it hyphenated, or nil when no text changed.
    private func hyphenatedTables(in block: Block) -> Block? {
        switch block {
        case .table(var table):
            guard !table.isLayout, table.updateCells(hyphenated) else { return nil }
            return .table(table)
        case .quote(let blocks): return hyphenatedTables(in: blocks).map(Block.quote)
        case .note(let label, let blocks): return hyphenatedTables(in: blocks).map { .note(label: label, $0) }
        case .bulletList(let items): return hyphenatedTables(in: items).map(Block.bulletList)
        case .numberedList(let items): return hyphenatedTables(in: items).map(Block.numberedList)
        case .heading, .paragraph, .pageBreak, .sectionBreak, .figure: return nil
        }
    }

    private func hyphenatedTables(in items: [ListItem]) -> [ListItem]? {
        var result: [ListItem]?
        for index in items.indices {
            guard let blocks = hyphenatedTables(in: items[index].blocks) else { continue }
            if result == nil { result = items }
            result![index].blocks = blocks
        }
        return result
    }

    private func hyphenatedTables(in blocks: [Block]) -> [Block]? {
        var result: [Block]?
        for index in blocks.indices {
            guard let block = hyphenatedTables(in: blocks[index]) else { continue }
            if result == nil { result = blocks }
            result![index] = block
        }
        return result
    }

    /// A cell's blocks with soft hyphens, or nil when none went in. Cells of one short
    /// text (a responsible party, a time, "Saknas") repeat from row to row, often as one
    /// shared value from the layout: each distinct one is hyphenated once and every cell
    /// that holds it shares the result.
    private func hyphenated(_ cell: Cell) -> [Block]? {
        guard let text = cell.singleText, text.utf8.count <= Self.sharedTextLength else {
            return cell.blocks.updatedCellText(hyphenatedText)
        }
        let key = TextKey(text)
        if let blocks = shortCells[key] { return blocks }
        let blocks = cell.blocks.updatedCellText(hyphenatedText)
        shortCells[key] = .some(blocks)
        return blocks
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
        if let known = shortTexts[TextKey(text)] { return known }
        let result = hyphenatedWords(text)
        shortTexts[TextKey(text)] = .some(result)
        return result
    }

    /// Texts up to this many bytes are remembered whole (`hyphenatedText(_:)`).
    static let sharedTextLength = 64

    private func hyphenatedWords(_ text: String) -> String? {
        // Single-scalar text (Swedish) is stepped through by its bytes, other text by its characters.
        var text = text
        switch text.withUTF8(scalarWords) {
        case true?: return String(decoding: output, as: UTF8.self)
        case false?: return nil
        case nil: return words(text, units: text)
        }
    }

    /// `words(_:units:)` over the scalars of single-scalar UTF-8 text (see
    /// `StringProtocol.singleScalarColumns`), by its bytes in one scan: whether any soft
    /// hyphen went in (the text is then in `output`), or nil for text that is not
    /// single-scalar. A token (up to white space) is hyphenated when it ends, word by word,
    /// unless it is an address; only bytes up to a word that changes are copied.
    private func scalarWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        output.removeAll(keepingCapacity: true)
        tokenWords.removeAll(keepingCapacity: true)
        let count = bytes.count
        var copied = 0
        var tokenStart = 0
        var mayBeAddress = false
        var wordStart = 0
        var letters = 0
        var index = 0
        while index <= count {
            // The end of the text ends the last token as white space would.
            let (kind, length): (Kind, Int)
            if index < count {
                guard let scalar = Self.kind(at: index, in: bytes) else { return nil }
                (kind, length) = scalar
            } else {
                (kind, length) = (.whiteSpace, 0)
            }
            if kind == .letter {
                letters += 1
                index += length
                continue
            }
            // A word shorter than the hyphenator's shortest stays whole without asking it.
            if letters >= Hyphenator.shortestWord { tokenWords.append(wordStart..<index) }
            letters = 0
            wordStart = index + length
            if kind == .other {
                let byte = bytes[index]
                mayBeAddress = mayBeAddress || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            } else {
                if !tokenWords.isEmpty && !(mayBeAddress && Self.isAddress(UnsafeBufferPointer(rebasing: bytes[tokenStart..<index]))) {
                    for word in tokenWords {
                        let prefix = UnsafeBufferPointer(rebasing: bytes[copied..<word.lowerBound])
                        if appendHyphenated(UnsafeBufferPointer(rebasing: bytes[word]), after: prefix) { copied = word.upperBound }
                    }
                }
                tokenWords.removeAll(keepingCapacity: true)
                mayBeAddress = false
                tokenStart = index + length
            }
            index += max(1, length)
        }
        guard copied > 0 else { return false }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return true
    }

    private enum Kind { case letter, whiteSpace, other }

    /// Whether the scalar at `index` is a letter, white space or neither, and its length in
    /// bytes; nil when it is not single-scalar text's. ASCII is told apart by its byte.
    private static func kind(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Kind, Int)? {
        let byte = bytes[index]
        if byte < 0x80 && byte != 0x0D {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 { return (.letter, 1) }
            return (byte == 0x20 || (0x09...0x0C).contains(byte) ? .whiteSpace : .other, 1)
        }
        guard let (scalar, length) = singleScalar(at: index, in: bytes) else { return nil }
        return (scalar.isLetter ? .letter : scalar.isWhitespace ? .whiteSpace : .other, length)
    }

    /// Appends `prefix` and the hyphenated `word` to `output` when the word gets any soft
    /// hyphen, and says whether it did: from this pass's own memory of words, else from the run's.
    private func appendHyphenated(_ word: UnsafeBufferPointer<UInt8>, after prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = WordMemory.hash(word)
        let entry = known.find(word, hash: hash)
            ?? hyphenator.withHyphenated(word, hash: hash) { known.insert(word, hash: hash, result: $0) }
        return known.withResult(of: entry) { result in
            guard let result else { return false }
            output.append(contentsOf: prefix)
            output.append(contentsOf: result)
            return true
        }
    }

    /// `units` are the characters of `text`, which is copied in slices between them.
    private func words<Units: Collection>(_ text: String, units: Units) -> String?
    where Units.Element: TextUnit, Units.Index == String.Index {
        output.removeAll(keepingCapacity: true)
        var changed = false
        func copy(_ range: Range<String.Index>) { output.append(contentsOf: text.utf8[range]) }
        // A word shorter than the hyphenator's shortest stays whole without asking it.
        func word(_ range: Range<String.Index>, letters: Int) {
            guard letters >= Hyphenator.shortestWord else { return copy(range) }
            var word = String(text[range])
            guard word.withUTF8({ appendHyphenated($0, after: UnsafeBufferPointer(start: nil, count: 0)) }) else { return copy(range) }
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

    /// Whether the bytes of a token hold "www.", "://" or "@" (`isAddress(_:)` for single-scalar text).
    private static func isAddress(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        func contains(_ mark: StaticString) -> Bool {
            let count = mark.utf8CodeUnitCount
            guard token.count >= count else { return false }
            return (0...(token.count - count)).contains { start in
                (0..<count).allSatisfy { token[start + $0] == mark.utf8Start[$0] }
            }
        }
        return token.contains(UInt8(ascii: "@")) || contains("www.") || contains("://")
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

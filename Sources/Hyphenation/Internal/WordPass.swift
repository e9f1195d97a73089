import DocumentModel

// One soft-hyphen pass's words (`SoftHyphens`): the long words of a text looked up in the
// pass's own memory of words, else the run's (`Hyphenator.withHyphenated(_:hash:_:)`), and
// the text written again with their soft hyphens. A value type the pass changes through
// one access per text, so the scan's buffers and the memory are its own inout state:
// no reference counting or exclusivity checks per word.
//
// ```swift
// var pass = WordPass(hyphenator: hyphenator)
// pass.hyphenated("Föräldrastödsprogram för alla")   // "För\u{AD}äld\u{AD}ra…", nil when no soft hyphen went in
// ```
struct WordPass {
    let hyphenator: Hyphenator
    private var known = WordMemory()
    /// The bytes of the text being hyphenated.
    private var output: [UInt8] = []
    /// The words of the token being read that are long enough to hyphenate, by their bytes.
    private var tokenWords: [Range<Int>] = []

    init(hyphenator: Hyphenator) { self.hyphenator = hyphenator }

    /// The text with soft hyphens in its long words, or nil when none went in.
    mutating func hyphenated(_ text: String) -> String? {
        // Single-scalar text (Swedish) is stepped through by its bytes, other text by its characters.
        var text = text
        switch text.withUTF8({ bytes in Latin1Class.withTable { scalarWords(bytes, table: $0) } }) {
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
    /// ASCII and Latin-1 are told apart by `Latin1Class`'s `table`.
    private mutating func scalarWords(_ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>) -> Bool? {
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
            // Runs of ASCII letters, most of a Swedish word, are counted by their bytes alone.
            if index < count && (bytes[index] | 0x20) &- UInt8(ascii: "a") < 26 {
                let run = ASCIILetterRun.length(from: index, in: bytes, lowercaseOnly: false)
                letters += run
                index += run
            }
            // The end of the text ends the last token as white space would.
            let (kind, length): (Kind, Int)
            if index < count {
                guard let scalar = Self.kind(at: index, in: bytes, table: table) else { return nil }
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
    /// bytes; nil when it is not single-scalar text's. ASCII and Latin-1 are told apart by
    /// `Latin1Class`'s `table`.
    @inline(__always)
    private static func kind(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>) -> (Kind, Int)? {
        let byte = bytes[index]
        let latin1: Latin1Class
        let length: Int
        if byte < 0x80 && byte != 0x0D {
            (latin1, length) = (Latin1Class(UInt32(byte), in: table), 1)
        } else if byte == 0xC2 || byte == 0xC3 {
            (latin1, length) = (Latin1Class(UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), in: table), 2)
        } else {
            guard let (scalar, length) = singleScalar(at: index, in: bytes) else { return nil }
            return (scalar.isLetter ? .letter : scalar.isWhitespace ? .whiteSpace : .other, length)
        }
        return (latin1.isLetter ? .letter : latin1.isWhitespace ? .whiteSpace : .other, length)
    }

    /// Appends `prefix` and the hyphenated `word` to `output` when the word gets any soft
    /// hyphen, and says whether it did: from this pass's own memory of words, else from the run's.
    private mutating func appendHyphenated(_ word: UnsafeBufferPointer<UInt8>, after prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = WordMemory.hash(word)
        let entry = known.find(word, hash: hash)
            ?? hyphenator.withHyphenated(word, hash: hash) { known.insert(word, hash: hash, result: $0) }
        return known.appendResult(of: entry, after: prefix, to: &output)
    }

    /// `units` are the characters of `text`, which is copied in slices between them.
    private mutating func words<Units: Collection>(_ text: String, units: Units) -> String?
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

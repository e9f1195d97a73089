import CacheFiles
import CLibHyphen
import DocumentModel
import Foundation

/// Swedish hyphenation with libhyphen and the patterns LibreOffice uses (Debian
/// `hyphen-sv`): marks where a word may break with soft hyphens (U+00AD), which readers
/// show as "-" only where they break the line.
///
/// ```swift
/// switch Hyphenator.swedish {
/// case .success(let hyphenator): print(hyphenator.hyphenate("verksamhetsledare"))  // verk­sam­hets­le­da­re
/// case .failure(let error): print(error.message)
/// }
/// ```
///
/// One dictionary is loaded once and shared; calls from several threads at once are safe.
/// The words the soft-hyphen pass asks for are remembered for the rest of the run
/// (`withHyphenated(_:hash:_:)`), and kept in the user's cache folder for the runs after it
/// (`WordsCache`), so every document of a run (each format, each plan of a region), and of
/// the next, sends each distinct word to libhyphen once; so are the table texts it hyphenates, with
/// their measures as cells (`hyphenatedText(_:_:)`), and whole cells and tables by their
/// content (`hyphenatedCell(_:hyphenate:_:)`, `hyphenatedTable(_:_:)`), which a run's documents repeat
/// (each plan as a web page and in Word, and again on the site).
public final class Hyphenator: @unchecked Sendable {
    /// Where Debian's `hyphen-sv` installs the Swedish patterns.
    public static let swedishDictionary = "/usr/share/hyphen/hyph_sv_SE.dic"

    /// The soft hyphen: a break opportunity that prints "-" only at a line end.
    public static let softHyphen: Character = "\u{AD}"

    /// The Swedish hyphenator, loaded on first use; the error says in Swedish what is missing.
    public static let swedish: Result<Hyphenator, HyphenationError> = {
        do throws(HyphenationError) {
            let hyphenator = try Hyphenator(dictionary: swedishDictionary)
            // The words the process hyphenates are kept for the next when it exits.
            atexit { if case .success(let hyphenator) = Hyphenator.swedish { hyphenator.saveLearnedWords() } }
            return .success(hyphenator)
        } catch {
            return .failure(error)
        }
    }()

    /// Words shorter than this stay whole: breaking them gains little and reads badly.
    public static let shortestWord = 7

    /// libhyphen's dictionary, as loaded: the automaton, the image it lies in when it came
    /// from one, and the character set its first line names.
    private struct Patterns {
        let dictionary: UnsafeMutablePointer<HyphenDict>
        /// The saved image the dictionary lies in, mapped, when it came from there; nil when
        /// libhyphen loaded it (and frees it).
        let image: DictionaryImage?
        let encoding: String.Encoding
    }

    private let path: String
    private let dictionaryCache: DictionaryCache?
    private let identity: (key: UInt64, trusted: Bool)?
    // libhyphen's dictionary is read-only after loading, but the library promises no
    // thread safety, so calls take turns; the patterns are loaded under the same lock.
    private let lock = NSLock()
    /// The patterns, once loaded: at once, unless the words a run before kept were read,
    /// and then when a word is not among them (`patterns`).
    @exclusivity(unchecked) private var loaded: Patterns?
    /// Whether loading the patterns later failed, so that it is not tried for every word.
    @exclusivity(unchecked) private var loadFailed = false
    // The memories below are read and changed only under `knownLock`, so the dynamic
    // exclusivity checks on every look-up guard against nothing.
    /// Every word `withHyphenated(_:hash:_:)` was asked for in this run, with its soft hyphens.
    @exclusivity(unchecked) private var known = WordMemory()
    /// Where the run's words are kept for the next run (`saveLearnedWords()`), and how many
    /// of them the file holds.
    private let wordsCache: WordsCache?
    @exclusivity(unchecked) private var savedWords = 0
    /// Every text `hyphenatedText(_:_:)` hyphenated in this run, with its measure, until
    /// they hold `textMemoryLimit` bytes.
    @exclusivity(unchecked) private var knownTexts: [TextKey: HyphenatedText] = [:]
    /// Every cell of more than one text `hyphenatedCell(_:hyphenate:_:)` made, within the same limit.
    @exclusivity(unchecked) private var knownCells: [ContentKey: HyphenatedCell] = [:]
    /// Every table `hyphenatedTable(_:_:)` made, within the same limit.
    @exclusivity(unchecked) private var knownTables: [ContentKey: HyphenatedTable] = [:]
    @exclusivity(unchecked) private var knownTextBytes = 0
    private let knownLock = NSLock()

    /// Loads the patterns at `path` (a libhyphen `.dic`, ISO 8859-1 or UTF-8), from the
    /// image a run before saved in the user's cache folder when there is one for exactly
    /// this file, unchanged (libhyphen takes about 10 ms to load the Swedish patterns; the
    /// image a fraction of one), else with libhyphen, saving the image for the next run.
    public convenience init(dictionary path: String) throws(HyphenationError) {
        try self.init(dictionary: path, cacheFolder: CacheFolder.user?.folder)
    }

    /// Loads the patterns at `path`, keeping their image in `cacheFolder` (none: nil). When
    /// the folder holds the words a run before hyphenated with this very file (`WordsCache`),
    /// they are read instead, and the patterns only when a word is not among them: such a
    /// file was saved after the patterns of a file of this identity loaded.
    package init(dictionary path: String, cacheFolder: URL?) throws(HyphenationError) {
        guard FileManager.default.isReadableFile(atPath: path) else { throw .dictionaryMissing(path: path) }
        let cache = cacheFolder.map(DictionaryCache.init)
        let identity = DictionaryImage.identity(of: path)
        let wordsCache = cacheFolder.flatMap { folder in identity.flatMap { WordsCache(folder: folder, dictionary: path, identity: $0) } }
        (self.path, dictionaryCache, self.identity, self.wordsCache) = (path, cache, identity, wordsCache)
        if let words = wordsCache?.load() {
            (known, savedWords) = (words, words.count)
        } else {
            loaded = try Self.load(path, cache: cache, identity: identity)
        }
    }

    deinit {
        guard let loaded else { return }
        if let image = loaded.image { munmap(image.mapping, image.length) } else { hnj_hyphen_free(loaded.dictionary) }
    }

    /// The patterns, loaded now if they were not yet; nil when that fails (the file went
    /// away or became unreadable since the run began), and the words then stay whole.
    private var patterns: Patterns? {
        lock.withLock {
            if loaded == nil && !loadFailed {
                do { loaded = try Self.load(path, cache: dictionaryCache, identity: identity) } catch { loadFailed = true }
            }
            return loaded
        }
    }

    /// Whether the patterns are loaded (tests).
    package var patternsLoaded: Bool { lock.withLock { loaded != nil } }

    /// The saved image the dictionary lies in, when it came from there (loading it if need be).
    var image: DictionaryImage? { patterns?.image }

    /// libhyphen's dictionary (loading it if need be).
    var dictionary: UnsafeMutablePointer<HyphenDict>? { patterns?.dictionary }

    /// The patterns at `path` mapped from the image in `cache` when there is one for exactly
    /// this file, unchanged, else loaded by libhyphen and their image saved in `cache`.
    private static func load(_ path: String, cache: DictionaryCache?, identity: (key: UInt64, trusted: Bool)?)
        throws(HyphenationError) -> Patterns {
        // The file is read only when there is no image that its identity alone finds.
        var read: Data?
        func bytes() throws(HyphenationError) -> Data {
            if let read { return read }
            guard let bytes = FileManager.default.contents(atPath: path) else { throw .dictionaryMissing(path: path) }
            read = bytes
            return bytes
        }
        let dictionary: UnsafeMutablePointer<HyphenDict>
        let image: DictionaryImage?
        if let identity, let mapped = cache?.image(for: path, identity: identity.key, content: { (try? bytes()).map(DictionaryImage.content) }) {
            (dictionary, image) = (mapped.dictionary, mapped)
        } else {
            (dictionary, image) = (try load(path, bytes: try bytes(), identity: identity, cache: cache), nil)
        }
        // libhyphen's own reading of the character set the dictionary's first line names.
        return Patterns(dictionary: dictionary, image: image, encoding: dictionary.pointee.utf8 != 0 ? .utf8 : .isoLatin1)
    }

    /// The dictionary with the bytes `bytes` (read from `path`, whose file has the identity
    /// `identity`), loaded by libhyphen, and its image saved in `cache`.
    private static func load(_ path: String, bytes: Data, identity: (key: UInt64, trusted: Bool)?, cache: DictionaryCache?)
        throws(HyphenationError) -> UnsafeMutablePointer<HyphenDict> {
        guard !bytes.isEmpty else { throw .unreadable(path: path) }
        var copy = bytes
        let loaded = copy.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<HyphenDict>? in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return hnj_hyphen_load_file(file)
        }
        guard let loaded else { throw .unreadable(path: path) }
        if let identity {
            cache?.save(loaded, for: path, keys: DictionaryImage.Keys(
                identity: identity.key, content: DictionaryImage.content(of: bytes),
                identityTrusted: identity.trusted))
        }
        return loaded
    }

    /// `word` with soft hyphens at every break the patterns allow, at least two letters
    /// from either end. Words that are short, hold no lower-case letter (abbreviations
    /// such as "BUP"), hold characters outside the dictionary's character set, or already
    /// hold soft hyphens come back unchanged.
    public func hyphenate(_ word: String) -> String {
        var word = word
        if let hyphenated = word.withUTF8(latin1Hyphenated) { return String(decoding: hyphenated, as: UTF8.self) }
        return hyphenatedOtherScripts(word)
    }

    /// `hyphenate(_:)` of a word with scalars beyond Latin-1: single-scalar words are looked
    /// at scalar by scalar, the rest by characters.
    private func hyphenatedOtherScripts(_ word: String) -> String {
        word.singleScalarColumns != nil ? hyphenate(word, letters: word.unicodeScalars) : hyphenate(word, letters: word)
    }

    /// `hyphenate(_:)` of a word of Latin-1 scalars alone (a Swedish word), by its UTF-8 bytes
    /// `word`, with `Latin1Class`'s letters and case: the bytes of the result (the word's own
    /// when it stays as it is), or nil for a word with any other scalar. No string is made,
    /// lowercased or sliced, which cost as much as libhyphen's own work on the word.
    private func latin1Hyphenated(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // Without the patterns every word stays whole, whatever its scalars.
        guard let patterns else { return Array(word) }
        let utf8 = patterns.encoding == .utf8
        // The word lowercased, in the dictionary's character set.
        var lowered: [UInt8] = []
        lowered.reserveCapacity(word.count)
        var letters = 0
        var allLetters = true
        var anyLowercase = false
        var index = 0
        while index < word.count {
            let byte = word[index]
            let value: UInt32
            if byte < 0x80 {
                value = UInt32(byte)
            } else if (byte == 0xC2 || byte == 0xC3) && index + 1 < word.count {
                value = UInt32(byte & 0x1F) << 6 | UInt32(word[index + 1] & 0x3F)
            } else {
                return nil
            }
            let kind = Latin1Class(value)
            allLetters = allLetters && kind.isLetter
            anyLowercase = anyLowercase || kind.isLowercase
            // Latin-1's capitals with a lower-case form are A–Z, À–Ö and Ø–Þ, 0x20 below it.
            let lower = (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) ? value + 0x20 : value
            if utf8 && lower >= 0x80 {
                lowered.append(0xC0 | UInt8(lower >> 6))
                lowered.append(0x80 | UInt8(lower & 0x3F))
            } else {
                lowered.append(UInt8(lower))
            }
            index += byte < 0x80 ? 1 : 2
            letters += 1
        }
        guard letters >= Self.shortestWord, allLetters, anyLowercase, let breaks = breaks(in: lowered, patterns.dictionary) else { return Array(word) }
        var result: [UInt8] = []
        result.reserveCapacity(word.count + 2 * letters)
        var pieceStart = 0
        var letterEnd = 0
        for letter in 0..<letters {
            letterEnd += word[letterEnd] < 0x80 ? 1 : 2
            // A letter's lowercase takes as many UTF-8 bytes as the letter (both below 0x80 or both above).
            let byteIndex = utf8 ? letterEnd : letter + 1
            let remaining = letters - letter - 1
            if letter >= 1 && remaining >= 2 && byteIndex - 1 < breaks.count && breaks[byteIndex - 1] {
                result.append(contentsOf: word[pieceStart..<letterEnd])
                result.append(0xC2)
                result.append(0xAD)
                pieceStart = letterEnd
            }
        }
        result.append(contentsOf: word[pieceStart...])
        return result
    }

    /// `letters` are the scalars or the characters of `word`, which is copied in slices between breaks.
    private func hyphenate<Letters: Collection>(_ word: String, letters: Letters) -> String
    where Letters.Element: TextUnit, Letters.Index == String.Index {
        let count = letters.count
        guard count >= Self.shortestWord, letters.allSatisfy({ $0.isLetter }),
              letters.contains(where: { $0.isLowercase }), !word.unicodeScalars.contains("\u{AD}"),
              let patterns, let bytes = Self.encoded(word.lowercased(), in: patterns.encoding),
              patterns.encoding == .utf8 || bytes.count == count
        else { return word }
        let encoding = patterns.encoding
        guard let breaks = breaks(in: bytes, patterns.dictionary) else { return word }
        // In ISO 8859-1 one byte is one letter; in UTF-8 a break falls after a byte that
        // ends a letter, so count letters by their leading bytes.
        var result = ""
        var byteIndex = 0
        var pieceStart = word.startIndex
        for (index, position) in letters.indices.enumerated() {
            byteIndex += encoding == .utf8 ? letters[position].lowercasedUTF8Count : 1
            let remaining = count - index - 1
            if index >= 1 && remaining >= 2 && byteIndex - 1 < breaks.count && breaks[byteIndex - 1] {
                let next = letters.index(after: position)
                result += word[pieceStart..<next]
                result.append(Self.softHyphen)
                pieceStart = next
            }
        }
        result += word[pieceStart...]
        return result
    }

    /// `hyphenate(_:)` of the word with the UTF-8 bytes `word` (`hash`: `WordMemory.hash`),
    /// remembered for the rest of the run, for `body`: nil when the word stays as it is.
    /// Looked up, or hyphenated once and kept.
    func withHyphenated<R>(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        knownLock.lock()
        if let entry = known.find(word, hash: hash) {
            defer { knownLock.unlock() }
            return known.withResult(of: entry, body)
        }
        knownLock.unlock()
        // Hyphenated outside the lock: libhyphen takes its own turns.
        let result = latin1Hyphenated(word) ?? Array(hyphenatedOtherScripts(String(decoding: word, as: UTF8.self)).utf8)
        return knownLock.withLock {
            let entry = known.find(word, hash: hash) ?? result.withUnsafeBufferPointer { result in
                known.insert(word, hash: hash, result: result.count == word.count ? nil : result)
            }
            return known.withResult(of: entry, body)
        }
    }

    /// The text with soft hyphens as `hyphenate` puts them in, and its measure, remembered
    /// for the rest of the run by the text's bytes: hyphenated once, then looked up, sharing
    /// the one result's storage. `hyphenate` must give the same result for the same text,
    /// whenever it is called (the soft-hyphen pass's `WordPass.hyphenated(_:)`).
    func hyphenatedText(_ text: String, _ hyphenate: (String) -> HyphenatedText) -> HyphenatedText {
        let key = TextKey(text)
        if let known = knownLock.withLock({ knownTexts[key] }) { return known }
        let result = hyphenate(text)
        remember(result, of: text, as: key)
        return result
    }

    /// `hyphenatedText(_:_:)` of a text that is a whole cell (one paragraph of it), with the
    /// cell's blocks (`HyphenatedText.cell`): made once per run and shared by every such cell
    /// of every document, so a repeated cell (a responsible party, a time, "Saknas") is a
    /// look-up, not a new tree.
    func hyphenatedCell(_ text: String, _ hyphenate: (String) -> HyphenatedText) -> HyphenatedText {
        let key = TextKey(text)
        let known = knownLock.withLock { knownTexts[key] }
        if let known, known.cell != nil || known.text == nil { return known }
        let result = (known ?? hyphenate(text)).withCell()
        remember(result, of: text, as: key)
        return result
    }

    /// Keeps `result` for the text: in place of what the memory holds for it, else beside the
    /// others while they hold less than `textMemoryLimit` bytes.
    private func remember(_ result: HyphenatedText, of text: String, as key: TextKey) {
        knownLock.withLock { rememberLocked(result, of: text, as: key) }
    }

    /// `remember(_:of:as:)` with `knownLock` taken.
    private func rememberLocked(_ result: HyphenatedText, of text: String, as key: TextKey) {
        guard knownTextBytes < Self.textMemoryLimit || knownTexts[key] != nil,
              knownTexts.updateValue(result, forKey: key) == nil else { return }
        knownTextBytes += text.utf8.count + (result.text?.utf8.count ?? 0)
    }

    /// A cell's blocks with soft hyphens and its texts with their measures, as `make` makes
    /// them, remembered for the rest of the run by the cell's content (`ContentKey`): made once,
    /// then looked up, sharing the one result. `make` gets its texts from the function it is
    /// given, `hyphenatedText(_:_:)` with `hyphenate`, under the one turn of the lock the cell's
    /// look-up takes: a cell of many texts (a list of activities) takes one turn, not one per
    /// text. The lock is let go only while a text the run has not met is hyphenated. `make`
    /// must give the same result for the same cell, whenever it is called.
    func hyphenatedCell(_ key: ContentKey, hyphenate: (String) -> HyphenatedText,
                        _ make: (_ hyphenatedText: (String) -> HyphenatedText) -> HyphenatedCell) -> HyphenatedCell {
        knownLock.lock()
        defer { knownLock.unlock() }
        if let known = knownCells[key] { return known }
        // `hyphenate` is called only while `make` runs; the texts of a cell are read one at a time.
        let made = withoutActuallyEscaping(hyphenate) { hyphenate in
            make { text in
                let textKey = TextKey(text)
                if let known = knownTexts[textKey] { return known }
                // The pass takes the lock for the text's words.
                knownLock.unlock()
                let result = hyphenate(text)
                knownLock.lock()
                rememberLocked(result, of: text, as: textKey)
                return result
            }
        }
        if knownTextBytes < Self.textMemoryLimit, knownCells.updateValue(made, forKey: key) == nil { knownTextBytes += key.size }
        return made
    }

    /// A table with soft hyphens and its texts with their measures, as `hyphenate` makes them,
    /// remembered for the rest of the run by the table's content (`ContentKey`), as cells are
    /// (`hyphenatedCell(_:hyphenate:_:)`), but made outside the lock: its cells take it.
    func hyphenatedTable(_ key: ContentKey, _ hyphenate: () -> HyphenatedTable) -> HyphenatedTable {
        if let known = knownLock.withLock({ knownTables[key] }) { return known }
        let made = hyphenate()
        knownLock.withLock {
            guard knownTextBytes < Self.textMemoryLimit, knownTables.updateValue(made, forKey: key) == nil else { return }
            knownTextBytes += key.size
        }
        return made
    }

    /// The bytes of texts (each with its result), and of cells and tables (`ContentKey.size`),
    /// a run remembers at most: a run of the largest plans keeps all of its table texts, one
    /// of 100 000 rows the first few MiB.
    static let textMemoryLimit = 8 << 20

    /// The words `withHyphenated(_:hash:_:)` remembers: this run's and those a run before kept.
    package var knownWords: Int { knownLock.withLock { known.count } }

    /// Keeps the remembered words in the cache folder for the next run, when this run met any
    /// that the folder does not hold yet; an exit handler calls it for the Swedish hyphenator.
    package func saveLearnedWords() {
        guard let wordsCache else { return }
        let learned: WordMemory? = knownLock.withLock {
            guard known.count > savedWords else { return nil }
            savedWords = known.count
            return known
        }
        if let learned { wordsCache.save(learned) }
    }

    /// Forgets the remembered words and texts, so the next document is hyphenated as the
    /// first of a run is (benchmarks measure each iteration cold).
    package func forgetWords() {
        knownLock.withLock {
            known = WordMemory()
            knownTexts = [:]
            knownCells = [:]
            knownTables = [:]
            knownTextBytes = 0
        }
    }

    /// Forgets the remembered cells and tables but not the words and texts, so the next
    /// document is hyphenated as a document the run has not met before is (benchmarks).
    package func forgetCellsAndTables() {
        knownLock.withLock {
            knownTextBytes -= knownCells.keys.reduce(0) { $0 + $1.size } + knownTables.keys.reduce(0) { $0 + $1.size }
            // Their room kept, as a run's memory has grown by the time it meets a new plan.
            knownCells.removeAll(keepingCapacity: true)
            knownTables.removeAll(keepingCapacity: true)
        }
    }

    /// The word's bytes in the dictionary's character set; nil when it cannot hold them.
    /// ISO 8859-1 is the first 256 scalars, one byte each.
    private static func encoded(_ word: String, in encoding: String.Encoding) -> [UInt8]? {
        switch encoding {
        case .utf8: return Array(word.utf8)
        case .isoLatin1:
            var bytes: [UInt8] = []
            for scalar in word.unicodeScalars {
                guard scalar.value < 0x100 else { return nil }
                bytes.append(UInt8(scalar.value))
            }
            return bytes
        default: return word.data(using: encoding).map(Array.init)
        }
    }

    /// Whether a break may follow each byte, or nil when libhyphen fails.
    private func breaks(in bytes: [UInt8], _ dictionary: UnsafeMutablePointer<HyphenDict>) -> [Bool]? {
        // libhyphen searches the word with strstr for its NOHYPHEN strings (it adds the
        // hyphen and apostrophes to every dictionary) and marks the hyphens array where they
        // match: the word must end in NUL, or a match in the bytes after it writes past the
        // array and corrupts the heap (ASan found it; `render` crashed about once in 20 runs).
        // Both on the stack: the word, NUL-ended, and libhyphen's marks after it.
        let count = bytes.count
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 2 * count + 6) { buffer -> [Bool]? in
            let input = buffer.baseAddress!
            for index in 0..<count { input[index] = CChar(bitPattern: bytes[index]) }
            input[count] = 0
            let hyphens = input + count + 1
            hyphens.initialize(repeating: 0, count: count + 5)
            var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            var positions: UnsafeMutablePointer<Int32>?
            var cuts: UnsafeMutablePointer<Int32>?
            let status: Int32 = lock.withLock {
                hnj_hyphen_hyphenate3(dictionary, input, Int32(count), hyphens, nil, &replacements, &positions, &cuts, 2, 2, 2, 2)
            }
            defer {
                // Non-standard breaks (a letter changes at the break) come with replacement
                // strings the caller frees; such breaks are not used.
                if let replacements {
                    for index in 0..<count { free(replacements[index]) }
                    free(replacements)
                }
                free(positions)
                free(cuts)
            }
            guard status == 0 else { return nil }
            return (0..<count).map { index in hyphens[index] & 1 == 1 && replacements?[index] == nil }
        }
    }
}

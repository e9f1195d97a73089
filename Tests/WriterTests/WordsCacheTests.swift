import CacheFiles
import CacheIsolation
import Foundation
@testable import Hyphenation
import Testing

/// The words a run hyphenated, kept for the next run: found again with the same results,
/// bounded, and never a damaged or foreign file.
@Suite("Hyphenated words kept between runs: the same results, bounded, never a damaged file")
struct WordsCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("words-cache-\(UUID().uuidString)")
    let swedish = Hyphenator.swedishDictionary

    init() { cache_isolation_wait_for_trusted_program() }

    /// The file the cache folder keeps this program's words of the Swedish dictionary in.
    var file: URL {
        get throws {
            let program = try #require(FileIdentity.program, "the test binary is older than two seconds")
            return folder.appendingPathComponent(WordsCache.name(for: swedish, program: program.key))
        }
    }

    /// `hyphenator`'s answer for `word` through its memory of words (nil: unchanged).
    static func remembered(_ word: String, by hyphenator: Hyphenator) -> String? {
        var word = word
        return word.withUTF8 { bytes in
            hyphenator.withHyphenated(bytes, hash: WordMemory.hash(bytes)) { $0.map { String(decoding: $0, as: UTF8.self) } }
        }
    }

    /// A memory of `count` made-up words, every other one with a "result".
    static func memory(_ count: Int) -> WordMemory {
        var memory = WordMemory()
        for index in 0..<count {
            let word = Array("ordet\(index)".utf8)
            let result = Array("or\u{AD}det\(index)".utf8)
            word.withUnsafeBufferPointer { word in
                result.withUnsafeBufferPointer { result in
                    _ = memory.insert(word, hash: WordMemory.hash(word), result: index.isMultiple(of: 2) ? result : nil)
                }
            }
        }
        return memory
    }

    /// What `memory` answers for the made-up word `index`: its result, "" when unchanged, nil when not held.
    static func answer(_ memory: WordMemory, _ index: Int) -> String? {
        Array("ordet\(index)".utf8).withUnsafeBufferPointer { word in
            memory.find(word, hash: WordMemory.hash(word)).map { entry in
                memory.withResult(of: entry) { $0.map { String(decoding: $0, as: UTF8.self) } ?? "" }
            }
        }
    }

    @Test("a memory written as bytes and read back finds every word with its result")
    func memoryRoundTrip() throws {
        let memory = Self.memory(1000)
        let bytes = memory.bytes(limit: WordsCache.limit)
        let read = try #require(bytes.withUnsafeBytes { WordMemory(bytes: $0) })
        #expect(read.count == 1000)
        for index in 0..<1000 { #expect(Self.answer(read, index) == Self.answer(memory, index)) }
        #expect(Self.answer(read, 1) == "")
        #expect(Self.answer(read, 2) == "or\u{AD}det2")
        #expect(Self.answer(read, 1000) == nil)
    }

    @Test("at most `limit` bytes of words are kept, the first ones")
    func limitKeepsTheFirstWords() throws {
        let memory = Self.memory(1000)
        let read = try #require(memory.bytes(limit: 2000).withUnsafeBytes { WordMemory(bytes: $0) })
        #expect(read.count > 50 && read.count < 1000)
        #expect(Self.answer(read, 0) == "or\u{AD}det0")
        #expect(Self.answer(read, read.count - 1) != nil)
        #expect(Self.answer(read, read.count) == nil)
    }

    @Test("bytes that are not a whole memory, or point outside it, are not read", arguments: ["truncated", "entries", "slot", "range", "garbage"])
    func damagedBytesAreRejected(_ damage: String) {
        var bytes = Self.memory(20).bytes(limit: WordsCache.limit)
        func put(_ value: Int64, at word: Int) { withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(8 * word..<8 * word + 8, with: $0) } }
        switch damage {
        case "truncated": bytes.removeLast(3)
        case "entries": put(1 << 40, at: 0)
        case "slot": put(20, at: 3 + 5 * 20)   // the first slot names an entry past the last
        case "range": put(1 << 20, at: 3 + 1)  // the first entry's key starts past the arena
        default: bytes = (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        }
        #expect(bytes.withUnsafeBytes { WordMemory(bytes: $0) } == nil)
    }

    @Test("a run's words are kept in the cache folder; the next run knows them and answers alike")
    func nextRunKnowsTheWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let words = ["verksamhetsledare", "skolsköterskemottagningarna", "föräldrastödsprogram", "BUP-mottagningen", "kunskapshöjande"]
        let first = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        let answers = words.map { Self.remembered($0, by: first) }
        #expect(first.knownWords == words.count)
        first.saveLearnedWords()
        let file = try file
        #expect(FileManager.default.fileExists(atPath: file.path))

        let next = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        #expect(next.knownWords == words.count, "read from the folder")
        #expect(words.map { Self.remembered($0, by: next) } == answers)
        #expect(!next.patternsLoaded, "every word was known: the dictionary is not loaded")
        let uncached = try Hyphenator(dictionary: swedish, cacheFolder: nil)
        #expect(Self.remembered("arbetsmiljöverket", by: next) == uncached.hyphenate("arbetsmiljöverket"))
        #expect(next.patternsLoaded, "a word not known loads it")
        #expect(answers[0] == next.hyphenate(words[0]) && answers[0] != words[0])

        // A damaged file is not read, and the next save replaces it.
        var data = try Data(contentsOf: file)
        data[data.count - 1] ^= 0x01
        try data.write(to: file)
        let damaged = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        #expect(damaged.knownWords == 0)
        #expect(damaged.patternsLoaded, "without words the dictionary is loaded at once, its errors thrown")
        #expect(Self.remembered(words[0], by: damaged) == answers[0])
        damaged.saveLearnedWords()
        #expect(try Hyphenator(dictionary: swedish, cacheFolder: folder).knownWords == 1)
    }

    @Test("the files' names are told apart from other entries'")
    func wordsFilesAreNamedApart() {
        #expect(WordsCache.isWordsFile(WordsCache.name(for: swedish, program: 0x1234_abcd)))
        #expect(!WordsCache.isWordsFile("hyph_sv_SE.dic.bild4"))
        #expect(!WordsCache.isWordsFile("hyph_sv_SE.dic-.ord1"))
        #expect(!WordsCache.isWordsFile("labels-88cc84fb597815aa.lbl1"))
    }

    @Test("a run that met no new word writes nothing")
    func nothingNewNothingWritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        first.saveLearnedWords()
        let file = try file
        #expect(!FileManager.default.fileExists(atPath: file.path))
        _ = Self.remembered("verksamhetsledare", by: first)
        first.saveLearnedWords()
        let saved = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let next = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        _ = Self.remembered("verksamhetsledare", by: next)
        next.saveLearnedWords()
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == saved)
    }
}

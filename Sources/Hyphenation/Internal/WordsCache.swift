import CacheFiles
import Foundation

// The words a run hyphenated (`WordMemory`), kept in the user's cache folder for the next
// run, which then looks them up instead of sending them to libhyphen (a tenth of what a run
// of one plan with many tables cost), and loads the patterns only for a word it does not
// find there (`Hyphenator`). One file per dictionary and program,
// `<dictionary>-<program>.ord1`, keyed by the dictionary file's identity and the program's
// (`FileIdentity.program`): a changed dictionary, another libhyphen or another build starts
// afresh, and two builds run in turn (a municipality's package and the project's) keep a
// file each. Saved when a run ends having met words the file did not hold, at most `limit`
// bytes of words; saving removes the files no run has read for a month. Damaged, stale or
// foreign files are ignored like every cache entry (`CacheEntry`) and replaced by the next save.
//
// ```swift
// let cache = WordsCache(folder: folder, dictionary: path, identity: identity)
// var known = cache?.load() ?? WordMemory()
// cache?.save(known)
// ```
struct WordsCache {
    let cache: CacheFolder
    let name: String
    let key: UInt64

    /// The most bytes of words a file holds: a region's plans have some thousands of words
    /// to hyphenate, a few hundred kilobytes with their tables.
    static let limit = 1 << 20
    private static let magic: UInt64 = 0x3144_524F_5744_4E52  // "RNDWORD1", little-endian
    static let fileExtension = "ord1"

    /// The cache of the dictionary at `path`, whose file has the identity `identity`
    /// (`DictionaryImage.identity(of:)`); nil when the identity cannot be trusted alone
    /// (the dictionary changed a moment ago) or the program has none (just built).
    init?(folder: URL, dictionary path: String, identity: (key: UInt64, trusted: Bool)) {
        guard identity.trusted, let program = FileIdentity.program else { return nil }
        var hash = ContentHash()
        hash.add(identity.key)
        hash.add(program.key)
        cache = CacheFolder(folder: folder)
        name = Self.name(for: path, program: program.key)
        key = hash.value
    }

    /// The file's name for the dictionary at `path` and the program with the key `program`.
    static func name(for path: String, program: UInt64) -> String {
        URL(fileURLWithPath: path).lastPathComponent + "-" + String(program, radix: 16) + "." + fileExtension
    }

    /// Whether `name` is one `name(for:program:)` gives, for any dictionary and program.
    static func isWordsFile(_ name: String) -> Bool {
        guard name.hasSuffix("." + fileExtension), let dash = name.lastIndex(of: "-") else { return false }
        let program = name[name.index(after: dash)...].dropLast(fileExtension.count + 1)
        return !program.isEmpty && UInt64(program, radix: 16) != nil
    }

    /// The words a run before kept, when the folder holds a whole file of them for this key.
    func load() -> WordMemory? {
        guard let data = cache.contents(of: name) else { return nil }
        return CacheEntry.payload(of: data, magic: Self.magic, key: key) { WordMemory(bytes: $0) }
    }

    /// Keeps `memory`'s words, up to `limit` bytes of them, replacing the file; failures are ignored.
    func save(_ memory: WordMemory) {
        cache.save(CacheEntry.framed(memory.bytes(limit: Self.limit), magic: Self.magic, key: key), as: name)
        cache.removeUnused(Self.isWordsFile)
    }
}

import Examples
import Foundation
@testable import Hyphenation
import PlanLayout
import Testing
import TextWriter

/// The saved image of the hyphenation dictionary: the same automaton as libhyphen's own
/// load, used only for the dictionary it was made from, and ignored when damaged.
@Suite("Hyphenation dictionary image: saved once, the same patterns, never a damaged or stale one")
struct DictionaryImageTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dictionary-image-\(UUID().uuidString)")
    let swedish = Hyphenator.swedishDictionary

    /// The image file the cache folder keeps for `dictionary`.
    func imageFile(_ dictionary: String) -> URL { DictionaryCache(folder: folder).file(for: dictionary) }

    /// Every word of the example plans' text that hyphenation looks at, and more.
    static let words: [String] = {
        let text = Exempel.planer.map { TextWriter().write(HandlingsplanLayout(labels: TextSnapshotTests.labels).document(for: $0)) }.joined(separator: " ")
        let words = Set(text.split { !$0.isLetter }.map(String.init).filter { $0.count >= Hyphenator.shortestWord })
        return words.sorted() + ["verksamhetsledare", "Integrationsenheten", "kunskapshöjande", "skolsköterskemottagningarna"]
    }()

    @Test("the first load saves the image; the next is rebuilt from it, state for state, and hyphenates every word alike")
    func imageHoldsTheSameDictionary() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        #expect(loaded.image == nil, "libhyphen loads it the first time")
        #expect(FileManager.default.fileExists(atPath: imageFile(swedish).path))
        let rebuilt = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        #expect(rebuilt.image != nil, "the second load comes from the image")
        // A second one mapped while `base` is taken: elsewhere, its pointers moved. Each `render`
        // process of the end-to-end tests maps its image at `base`.
        let elsewhere = try mappedAwayFromBase()
        #expect(elsewhere.image != nil)
        #expect(elsewhere.image.map { UInt(bitPattern: $0.mapping) } != DictionaryImage.base)
        #expect(elsewhere.image.map { UInt(bitPattern: $0.mapping) } != rebuilt.image.map { UInt(bitPattern: $0.mapping) })
        // Every level, option, state, transition and string, as libhyphen built them.
        let keys = DictionaryImage.Keys(identity: 0, content: 0, identityTrusted: false)
        let (rebuiltDictionary, loadedDictionary) = (try #require(rebuilt.dictionary), try #require(loaded.dictionary))
        #expect(DictionaryImage.data(of: rebuiltDictionary, keys: keys) == DictionaryImage.data(of: loadedDictionary, keys: keys))
        let uncached = try Hyphenator(dictionary: swedish, cacheFolder: nil)
        #expect(Self.words.count > 500)
        #expect(Self.words.map(rebuilt.hyphenate) == Self.words.map(uncached.hyphenate))
        #expect(Self.words.map(elsewhere.hyphenate) == Self.words.map(uncached.hyphenate))
        #expect(DictionaryImage.data(of: try #require(elsewhere.dictionary), keys: keys) == DictionaryImage.data(of: loadedDictionary, keys: keys))
        #expect(rebuilt.hyphenate("verksamhetsledare") != "verksamhetsledare")
    }

    /// A hyphenator whose image cannot lie at `base`: the test holds the page there while the image
    /// is mapped. When another hyphenator of this process holds it instead (the shared Swedish one,
    /// or a test running beside this one) and lets it go before the image is mapped, the image lands
    /// at `base` and is mapped again.
    func mappedAwayFromBase() throws -> Hyphenator {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        for attempt in 1... {
            let held = mmap(UnsafeMutableRawPointer(bitPattern: DictionaryImage.base), page, PROT_NONE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0)
            defer { if let held, held != MAP_FAILED { munmap(held, page) } }
            let hyphenator = try Hyphenator(dictionary: swedish, cacheFolder: folder)
            if hyphenator.image.map({ UInt(bitPattern: $0.mapping) }) != DictionaryImage.base || attempt == 100 {
                return hyphenator
            }
        }
        preconditionFailure("an unbounded range ends only by returning")
    }

    @Test("a truncated, altered or foreign image is ignored and replaced", arguments: ["truncated", "altered", "garbage", "empty"])
    func damagedImageIsIgnored(_ damage: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        let file = imageFile(swedish)
        var image = try Data(contentsOf: file)
        switch damage {
        case "truncated": image = image.prefix(image.count / 2)
        case "altered": image[image.count - 100] ^= 0x01
        case "garbage": image = Data((0..<image.count).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        default: image = Data()
        }
        try image.write(to: file)
        let reloaded = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        #expect(reloaded.image == nil, "libhyphen loads it again")
        #expect(Self.words.prefix(200).map(reloaded.hyphenate) == Self.words.prefix(200).map(try Hyphenator(dictionary: swedish, cacheFolder: nil).hyphenate))
        #expect(try Hyphenator(dictionary: swedish, cacheFolder: folder).image != nil, "and the image is saved anew")
    }

    @Test("an image is only used for the bytes it was made from: a changed dictionary is loaded afresh")
    func changedDictionaryIsLoadedAfresh() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("hyph_sv_SE.dic").path
        let original = try Data(contentsOf: URL(fileURLWithPath: swedish))
        try original.write(to: URL(fileURLWithPath: copy))
        let cache = folder.appendingPathComponent("cache")
        _ = try Hyphenator(dictionary: copy, cacheFolder: cache)
        #expect(try Hyphenator(dictionary: copy, cacheFolder: cache).image != nil)
        // Other patterns in the same file: only "a1b", a break between a and b.
        try Data("ISO8859-1\na1b\n".utf8).write(to: URL(fileURLWithPath: copy))
        let changed = try Hyphenator(dictionary: copy, cacheFolder: cache)
        #expect(changed.image == nil, "the image of the old bytes is not used")
        #expect(changed.hyphenate("verksamhetsledare") == "verksamhetsledare")
        #expect(changed.hyphenate("aaaabbbb") == "aaaa\u{AD}bbbb")
        let again = try Hyphenator(dictionary: copy, cacheFolder: cache)
        #expect(again.image != nil)
        #expect(again.hyphenate("aaaabbbb") == "aaaa\u{AD}bbbb")
    }

    @Test("the image of a dictionary that changed long before it was saved is found by the file's identity, without reading the file")
    func identityAloneFindsTheImage() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let identity = try #require(DictionaryImage.identity(of: swedish))
        #expect(identity.trusted, "the installed dictionary changed long ago")
        _ = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        var read = false
        let image = try #require(DictionaryImage.map(imageFile(swedish).path, identity: identity.key, content: { read = true; return nil }))
        munmap(image.mapping, image.length)
        #expect(!read)
        #expect(DictionaryImage.map(imageFile(swedish).path, identity: identity.key &+ 1, content: { nil }) == nil, "another file's identity")
    }

    @Test("a dictionary rewritten in place with bytes of the same size and its old modification time is loaded afresh")
    func rewrittenDictionaryIsNoticed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("hyph_sv_SE.dic").path
        let cache = folder.appendingPathComponent("cache")
        try Data("ISO8859-1\na1b\n".utf8).write(to: URL(fileURLWithPath: copy))
        _ = try Hyphenator(dictionary: copy, cacheFolder: cache)
        // Just changed: the image is checked by the bytes, which still match.
        let identity = try #require(DictionaryImage.identity(of: copy))
        #expect(DictionaryImage.map(DictionaryCache(folder: cache).file(for: copy).path, identity: identity.key, content: { nil }) == nil,
                "the bytes are asked for")
        #expect(try Hyphenator(dictionary: copy, cacheFolder: cache).image != nil)
        // The same size, the old modification time put back: the change time still moves.
        var before = stat()
        #expect(stat(copy, &before) == 0)
        let file = open(copy, O_WRONLY)
        #expect(file >= 0)
        #expect(pwrite(file, "c", 1, 12) == 1)
        var times = [before.st_atim, before.st_mtim]
        #expect(futimens(file, &times) == 0)
        close(file)
        var after = stat()
        #expect(stat(copy, &after) == 0)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        #expect(after.st_size == before.st_size)
        let changed = try Hyphenator(dictionary: copy, cacheFolder: cache)
        #expect(changed.image == nil, "the image of the old bytes is not used")
        #expect(changed.hyphenate("aaaabbbb") == "aaaabbbb", "no pattern breaks between a and b any more")
        #expect(changed.hyphenate("aaaacccc") == "aaaa\u{AD}cccc")
    }

    @Test("saving an image removes the images no run used for a month, of earlier formats too; mapping one marks it used")
    func unusedImagesAreRemoved() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let month = Date().addingTimeInterval(-31 * 24 * 3600)
        let old = ["hyph_sv_SE.dic.bild1", "hyph_sv_SE.dic.bild3", "hyph_de_DE.dic.bild4"]
        let kept = ["hyph_sv_SE.dic.bild", "hyph_sv_SE.dic.bildx", "reference-1.ref1", "hyph_sv_SE.dic"]
        for name in old + kept {
            let file = folder.appendingPathComponent(name)
            try Data("gammal".utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: month], ofItemAtPath: file.path)
        }
        _ = try Hyphenator(dictionary: swedish, cacheFolder: folder)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(left) == Set(kept + [imageFile(swedish).lastPathComponent]), "\(left.sorted())")
        // The new image, marked a month old, is marked anew when a run maps it, and the run
        // removes what has not been used since (here an image of an earlier format).
        try FileManager.default.setAttributes([.modificationDate: month], ofItemAtPath: imageFile(swedish).path)
        let older = folder.appendingPathComponent("hyph_sv_SE.dic.bild2")
        try Data("gammal".utf8).write(to: older)
        try FileManager.default.setAttributes([.modificationDate: month], ofItemAtPath: older.path)
        #expect(try Hyphenator(dictionary: swedish, cacheFolder: folder).image != nil)
        let marked = try #require(try FileManager.default.attributesOfItem(atPath: imageFile(swedish).path)[.modificationDate] as? Date)
        #expect(marked.timeIntervalSinceNow > -3600)
        #expect(!FileManager.default.fileExists(atPath: older.path))
    }

    @Test("a cache folder that cannot be written costs only the saving")
    func unwritableFolderStillLoads() throws {
        let hyphenator = try Hyphenator(dictionary: swedish, cacheFolder: URL(fileURLWithPath: "/dev/null/render"))
        #expect(hyphenator.image == nil)
        #expect(hyphenator.hyphenate("verksamhetsledare").contains(Hyphenator.softHyphen))
    }
}

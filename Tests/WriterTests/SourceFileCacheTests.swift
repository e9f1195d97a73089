import CacheFiles
import CacheIsolation
import Foundation
import Testing

/// How source-file cache entries are named and cleaned: one per file and program, so that
/// builds run in turn keep theirs; entries no run has taken for a month removed when another
/// is saved; nothing else in the folder touched. Another program is simulated by its key.
@Suite("Source file cache: an entry per file and program, unused ones removed, nothing else touched")
struct SourceFileCacheTests {
    /// This test's own folder inside the test process's cache folder (XDG_CACHE_HOME).
    let folder: URL
    let cache: SourceFileCache
    let file = "templates/labels.sv.yaml"
    let day = 24 * 3600

    init() throws {
        let own = String(cString: cache_isolation_folder())
        try #require(!own.isEmpty, "the test process has a cache folder of its own")
        folder = URL(fileURLWithPath: own).appendingPathComponent("source-file-cache-\(UUID().uuidString)")
        cache = SourceFileCache(folder: folder, prefix: "test-", suffix: ".tst1", magic: 0x3130_5453_4554_4E52)
    }

    func key(program: UInt64, value: UInt64) -> SourceFileCache.Key { SourceFileCache.Key(program: program, value: value) }

    func kept(_ file: String, _ key: SourceFileCache.Key) -> [UInt8]? { cache.payload(for: file, key: key) { Array($0) } }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func names() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) }

    /// Sets the modification time of the file (or link) `name` to `days` days ago.
    func age(_ name: String, days: Double) throws {
        let then = Int(Date().timeIntervalSince1970 - days * Double(day))
        var times = [timespec(tv_sec: then, tv_nsec: 0), timespec(tv_sec: then, tv_nsec: 0)]
        try #require(utimensat(AT_FDCWD, path(name), &times, AT_SYMLINK_NOFOLLOW) == 0)
    }

    /// Seconds since the file `name` was last modified.
    func secondsSinceModified(_ name: String) throws -> Int {
        var status = stat()
        try #require(lstat(path(name), &status) == 0)
        return time(nil) - status.st_mtim.tv_sec
    }

    @Test("two programs' entries for the same file stand side by side; a changed file replaces only its program's")
    func programsKeepTheirOwnEntries() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let release = key(program: 1, value: 10)
        let debug = key(program: 2, value: 20)
        cache.save([1, 2, 3], for: file, key: release)
        cache.save([4, 5], for: file, key: debug)
        #expect(kept(file, release) == [1, 2, 3], "the other program's save left this one's entry")
        #expect(kept(file, debug) == [4, 5])
        #expect(cache.name(for: file, key: release) != cache.name(for: file, key: debug))
        #expect(cache.name(for: file, key: release) != cache.name(for: "other.yaml", key: release))
        // The file changed under the first program: the entry is replaced, not joined by another.
        let changed = key(program: 1, value: 11)
        cache.save([6], for: file, key: changed)
        #expect(kept(file, changed) == [6])
        #expect(kept(file, release) == nil)
        #expect(kept(file, debug) == [4, 5])
        #expect(try names().count == 2)
    }

    @Test("saving an entry removes those of its kind no run has taken for 30 days, and temporary files left that long")
    func unusedEntriesAreRemovedOnSave() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let release = key(program: 1, value: 10)
        let old = cache.name(for: "old.yaml", key: release)
        let recent = cache.name(for: "recent.yaml", key: release)
        let otherProgram = cache.name(for: file, key: key(program: 2, value: 20))
        cache.save([1], for: "old.yaml", key: release)
        cache.save([1], for: "recent.yaml", key: release)
        cache.save([2], for: file, key: key(program: 2, value: 20))
        let leftOver = ".\(recent).4321.987654.tmp"
        let writing = ".\(old).4322.12345.tmp"
        for name in [leftOver, writing] { try Data([0]).write(to: folder.appendingPathComponent(name)) }
        try age(old, days: 31)
        try age(otherProgram, days: 45)
        try age(leftOver, days: 31)
        try age(recent, days: 29)
        cache.save([3], for: "new.yaml", key: release)
        #expect(try names() == [recent, writing, cache.name(for: "new.yaml", key: release)])
        #expect(kept("recent.yaml", release) == [1])
    }

    @Test("taking an entry marks it used, at most once a day, so it is kept")
    func takenEntriesAreKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let release = key(program: 1, value: 10)
        let taken = cache.name(for: "taken.yaml", key: release)
        let fresh = cache.name(for: "fresh.yaml", key: release)
        cache.save([1], for: "taken.yaml", key: release)
        cache.save([2], for: "fresh.yaml", key: release)
        try age(taken, days: 31)
        try age(fresh, days: 0.5)
        #expect(kept("taken.yaml", release) == [1])
        #expect(try secondsSinceModified(taken) < 60)
        #expect(kept("fresh.yaml", release) == [2])
        #expect(try secondsSinceModified(fresh) > day / 4, "an entry marked within the day is taken without a write")
        cache.save([3], for: "new.yaml", key: release)
        #expect(kept("taken.yaml", release) == [1])
    }

    @Test("files that are not this kind's entries are never removed, however old")
    func foreignFilesAreLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let release = key(program: 1, value: 10)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("source-file-cache-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = ["notes.txt", "test-notes.tst1", "test-00ab.tst1", "test-AB.tst1", "test-ab.tst1.bak", "test-.tst1",
                     "other-ab.tst1", "hyph_sv_SE.dic.bild4", ".notes.txt.1.2.tmp", ".test-ab.tst1.tmp",
                     ".test-ab.tst1.1.x.tmp", "labels-ab.lbl1"]
        for name in files { try Data([0]).write(to: folder.appendingPathComponent(name)) }
        // A folder and a symbolic link named as entries are not entries either.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("test-abc.tst1/inside"), withIntermediateDirectories: true)
        let target = outside.appendingPathComponent("test-abe.tst1")
        try Data([0]).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: path("test-abd.tst1"), withDestinationPath: target.path)
        for name in files + ["test-abc.tst1", "test-abd.tst1"] { try age(name, days: 400) }
        var times = [timespec(tv_sec: 0, tv_nsec: 0), timespec(tv_sec: 0, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, target.path, &times, 0) == 0)
        cache.save([1], for: file, key: release)
        #expect(try names() == Set(files + ["test-abc.tst1", "test-abd.tst1", cache.name(for: file, key: release)]))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("test-abc.tst1/inside").path))
        #expect(FileManager.default.fileExists(atPath: target.path))
    }

    @Test("signed numbers and byte runs read back as written, the extremes too; a number too long fails the decoder")
    func signedNumbersAndByteRunsRoundTrip() {
        let numbers = [0, 1, -1, 127, -128, Int.max, Int.min]
        var encoder = CacheEncoder()
        for number in numbers { encoder.write(signed: number) }
        encoder.write([0, 0xFF, 7] as [UInt8])
        encoder.bytes.withUnsafeBytes { bytes in
            var decoder = CacheDecoder(bytes)
            #expect(numbers.map { _ in decoder.signed() } == numbers)
            #expect(decoder.byteArray() == [0, 0xFF, 7])
            #expect(!decoder.failed && decoder.isAtEnd)
        }
        // A sign, then ten bytes of a number that never ends.
        [UInt8]([0] + Array(repeating: 0xFF, count: 10)).withUnsafeBytes { bytes in
            var decoder = CacheDecoder(bytes)
            _ = decoder.signed()
            #expect(decoder.failed)
        }
    }
}

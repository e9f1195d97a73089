import CacheFiles
import CacheIsolation
import Foundation
import Testing
@testable import Wording

/// The label file's checked labels kept between runs: used only for the very text they were
/// made from, ignored and replaced when damaged, stale or another file's.
@Suite("Label cache: the same labels with and without it, never a damaged, stale or foreign entry")
struct LabelCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("label-cache-\(UUID().uuidString)")
    let file = "templates/labels.sv.yaml"
    static let yaml = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates/labels.sv.yaml"), encoding: .utf8)

    init() { cache_isolation_wait_for_trusted_program() }

    var cache: LabelCache { LabelCache(folder: folder) }
    /// The entry the cache keeps for `file` under this program.
    func entry(_ file: String) throws -> URL {
        cache.files.cache.file(cache.files.name(for: file, key: try #require(LabelCache.key(of: Self.yaml))))
    }

    @Test("the first read saves the entry; the next takes every label from it as the file has it")
    func cachedLabelsAreTheFilesLabels() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try #require(LabelCache.key(of: Self.yaml), "the test binary is older than two seconds")
        _ = try Labels(yaml: Self.yaml, file: file, cacheFolder: folder)
        let kept = try #require(cache.texts(for: file, key: key))
        #expect(kept == (try LabelFile.parse(yaml: Self.yaml, file: file)))
        #expect(kept.count == LabelKey.allCases.count)
        let cached = try Labels(yaml: Self.yaml, file: file, cacheFolder: folder)
        let uncached = try Labels(yaml: Self.yaml, file: file, cacheFolder: nil)
        for key in LabelKey.allCases { #expect(cached.text(key) == uncached.text(key)) }
    }

    @Test("a truncated, altered or empty entry is ignored and replaced", arguments: ["truncated", "altered", "empty"])
    func damagedEntryIsIgnored(_ damage: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try #require(LabelCache.key(of: Self.yaml))
        _ = try Labels(yaml: Self.yaml, file: file, cacheFolder: folder)
        var bytes = try Data(contentsOf: try entry(file))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "altered": bytes[bytes.count - 20] ^= 0x01
        default: bytes = Data()
        }
        try bytes.write(to: try entry(file))
        #expect(cache.texts(for: file, key: key) == nil)
        _ = try Labels(yaml: Self.yaml, file: file, cacheFolder: folder)
        #expect(cache.texts(for: file, key: key) == (try LabelFile.parse(yaml: Self.yaml, file: file)), "and saved anew")
    }

    @Test("a changed label file is read afresh, and another file's entry in its place is not taken")
    func changedOrForeignFileIsReadAfresh() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Labels(yaml: Self.yaml, file: file, cacheFolder: folder)
        let changed = Self.yaml.replacingOccurrences(of: "\"Saknas\"", with: "\"Uppgift saknas\"")
        #expect(changed != Self.yaml)
        let labels = try Labels(yaml: changed, file: file, cacheFolder: folder)
        #expect(labels.text(.missing) == "Uppgift saknas")
        // The changed file's entry copied over another file's place: that file keeps its own labels.
        try FileManager.default.copyItem(at: try entry(file), to: try entry("other.yaml"))
        #expect(try Labels(yaml: Self.yaml, file: "other.yaml", cacheFolder: folder).text(.missing) == "Saknas")
    }

    @Test("another build's entry for the same file is kept beside this one's, not in its place")
    func anotherProgramsEntryIsKeptBeside() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try #require(LabelCache.key(of: Self.yaml))
        _ = try Labels(yaml: Self.yaml, file: file, cacheFolder: folder)
        // What another build of render would save for the same file: its labels under its own key.
        let other = SourceFileCache.Key(program: key.program ^ 1, value: key.value ^ 1)
        var theirs = try LabelFile.parse(yaml: Self.yaml, file: file)
        theirs[.missing] = "Uppgift saknas"
        cache.save(theirs, for: file, key: other)
        #expect(cache.texts(for: file, key: key) == (try LabelFile.parse(yaml: Self.yaml, file: file)))
        #expect(cache.texts(for: file, key: other) == theirs)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2)
    }

    @Test("a broken label file gives the same error with or without a cache, and nothing is kept; an unwritable folder is harmless")
    func brokenFileIsNotKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Self.yaml.replacingOccurrences(of: "\"Saknas\"", with: "\"Saknas")
        func message(_ cacheFolder: URL?) -> String? {
            do {
                _ = try Labels(yaml: broken, file: file, cacheFolder: cacheFolder)
                return nil
            } catch {
                return error.description
            }
        }
        let uncached = try #require(message(nil))
        #expect(message(folder) == uncached)
        #expect(!FileManager.default.fileExists(atPath: try entry(file).path))
        let nowhere = try Labels(yaml: Self.yaml, file: file, cacheFolder: URL(fileURLWithPath: "/dev/null/render"))
        #expect(nowhere.text(.missing) == "Saknas")
    }
}

import CacheFiles
import CacheIsolation
@testable import DOCXWriter
import DocumentModel
import Foundation
import Testing

/// The reference document's checked parts kept between runs: used only for the very bytes
/// they were made from, ignored and replaced when damaged, stale or another reference's, and
/// never changing a byte of the output.
@Suite("Reference cache: the same output with and without it, never a damaged, stale or foreign entry")
struct ReferenceCacheTests {
    let folder: URL
    let file = "templates/docx/reference.docx"
    static let document = ReferenceDocumentTests.vanersborg.document

    init() throws {
        folder = try Repository.temporaryDirectory("reference-cache")
        cache_isolation_wait_for_trusted_program()
    }

    /// The entry the cache keeps for `file` under this program.
    func entry(_ file: String) throws -> URL {
        let files = ReferenceCache(folder: folder).files
        // The name is the file's and the program's, whatever the bytes.
        return files.cache.file(files.name(for: file, key: try #require(ReferenceCache.key(of: Data()))))
    }

    func written(_ reference: ReferenceDocument) throws -> Data { try DOCXWriter(reference: reference).write(Self.document) }

    @Test("the tests' cache folder is their own, not the user's")
    func testsHaveTheirOwnCacheFolder() throws {
        let own = String(cString: cache_isolation_folder())
        #expect(!own.isEmpty)
        #expect(CacheFolder.user?.folder.path == URL(fileURLWithPath: own).appendingPathComponent("render").path)
    }

    @Test("the first read saves the entry; the next comes from it and writes the same bytes as one without a cache")
    func cachedReferenceWritesTheSameBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil, "the test binary is older than two seconds")
        let data = try EditableReference().data
        let first = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        #expect(!first.fromCache)
        #expect(FileManager.default.fileExists(atPath: try entry(file).path))
        let cached = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        #expect(cached.fromCache)
        let uncached = try ReferenceDocument(data: data, file: file, cacheFolder: nil)
        #expect(try written(cached) == written(uncached))
        #expect(try written(first) == written(uncached))
        // A staff-edited reference (own heading style, split placeholder, a logo in the header) too.
        let edited = try ReferenceDocumentTests.staffEdited().data
        _ = try ReferenceDocument(data: edited, file: "edited.docx", cacheFolder: folder)
        let editedCached = try ReferenceDocument(data: edited, file: "edited.docx", cacheFolder: folder)
        #expect(editedCached.fromCache)
        #expect(try written(editedCached) == written(ReferenceDocument(data: edited, file: "edited.docx", cacheFolder: nil)))
    }

    @Test("a truncated, altered, foreign or empty entry is ignored and replaced", arguments: ["truncated", "altered", "garbage", "empty"])
    func damagedEntryIsIgnored(_ damage: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let data = try EditableReference().data
        _ = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        var bytes = try Data(contentsOf: try entry(file))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "altered": bytes[bytes.count - 100] ^= 0x01
        case "garbage": bytes = Data((0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        default: bytes = Data()
        }
        try bytes.write(to: try entry(file))
        let reread = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        #expect(!reread.fromCache)
        #expect(try written(reread) == written(ReferenceDocument(data: data, file: file, cacheFolder: nil)))
        #expect(try ReferenceDocument(data: data, file: file, cacheFolder: folder).fromCache, "and the entry is saved anew")
    }

    @Test("a damaged payload whose checksum was made to match is refused by the decoder, not trusted")
    func undecodablePayloadIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try EditableReference().data
        let key = try #require(ReferenceCache.key(of: data))
        let cache = ReferenceCache(folder: folder)
        // What an entry of another format would look like: framed right, its payload cut short.
        var reader = ReferenceReader(file: file)
        var encoder = CacheEncoder()
        let (source, styles) = try reader.read(data)
        ReferenceContent(source, styles: styles).encode(to: &encoder)
        let framed = CacheEntry.framed(Array(encoder.bytes.dropLast(7)), magic: 0x3230_4645_5244_4E52, key: key.value)
        cache.files.cache.save(framed, as: cache.files.name(for: file, key: key))
        #expect(cache.content(for: file, key: key) == nil)
        #expect(try !ReferenceDocument(data: data, file: file, cacheFolder: folder).fromCache)
    }

    @Test("an entry of the previous format, the parts without the writer's tables, is not taken but made anew")
    func previousFormatIsRebuilt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let data = try EditableReference().data
        let key = try #require(ReferenceCache.key(of: data))
        let cache = ReferenceCache(folder: folder)
        _ = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        // The whole payload, framed as "RNDREF01" was.
        let payload = [UInt8](try Data(contentsOf: entry(file)).dropFirst(32))
        try CacheEntry.framed(payload, magic: 0x3130_4645_5244_4E52, key: key.value).write(to: entry(file))
        #expect(cache.content(for: file, key: key) == nil)
        let reread = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        #expect(!reread.fromCache)
        #expect(try written(reread) == written(ReferenceDocument(data: data, file: file, cacheFolder: nil)))
        #expect(try ReferenceDocument(data: data, file: file, cacheFolder: folder).fromCache, "and the entry is saved anew")
    }

    @Test("the writer's tables kept with the parts are those made from them", arguments: [0, 1])
    func keptTablesAreTheMadeOnes(_ referenceIndex: Int) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let data = try [EditableReference(), ReferenceDocumentTests.staffEdited()][referenceIndex].data
        _ = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        let kept = try ReferenceDocument(data: data, file: file, cacheFolder: folder)
        let made = try ReferenceDocument(data: data, file: file, cacheFolder: nil)
        try #require(kept.fromCache)
        #expect(StyleRole.allCases.map { kept.content.styles[$0] } == StyleRole.allCases.map { made.content.styles[$0] })
        #expect(kept.content.styles.part == made.content.styles.part)
        #expect(kept.content.tableOfContents?.levels == made.content.tableOfContents?.levels)
        let ids = { (numbering: NumberingTemplate) -> [Int] in [numbering.bulletNumId, numbering.numberAbstractId, numbering.nextNumId] }
        #expect(ids(kept.content.numbering) == ids(made.content.numbering))
        #expect(kept.content.tableLook.header.edgeMarkup(column: 0, span: 1, of: 2)
                == made.content.tableLook.header.edgeMarkup(column: 0, span: 1, of: 2))
        #expect(try written(kept) == written(made))
    }

    @Test("a reference changed in place, its size and modification time put back, is read afresh")
    func changedReferenceIsNoticed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let path = folder.appendingPathComponent("reference.docx")
        let original = try EditableReference().data
        var edited = try EditableReference()
        // The same length: another accent colour in the styles.
        edited.edit("word/styles.xml") { $0.replacingOccurrences(of: "w:val=\"\(StyleCatalog.accentColour)\"", with: "w:val=\"C00000\"") }
        try original.write(to: path)
        var before = stat()
        #expect(stat(path.path, &before) == 0)
        let cacheFolder = folder.appendingPathComponent("cache")
        func load() throws -> ReferenceDocument {
            try ReferenceDocument(data: try Data(contentsOf: path), file: path.path, cacheFolder: cacheFolder)
        }
        _ = try load()
        #expect(try load().fromCache)
        try edited.data.write(to: path)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path.path, &times, 0) == 0)
        let changed = try load()
        #expect(!changed.fromCache, "the bytes differ, whatever the file's times say")
        #expect(try written(changed) == written(ReferenceDocument(data: edited.data, file: path.path, cacheFolder: nil)))
        #expect(try written(changed) != written(ReferenceDocument(data: original, file: path.path, cacheFolder: nil)))
    }

    @Test("another reference's entry in this one's place is not taken")
    func foreignEntryIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let plain = try EditableReference().data
        let edited = try ReferenceDocumentTests.staffEdited().data
        _ = try ReferenceDocument(data: edited, file: "other.docx", cacheFolder: folder)
        try FileManager.default.copyItem(at: try entry("other.docx"), to: try entry(file))
        let own = try ReferenceDocument(data: plain, file: file, cacheFolder: folder)
        #expect(!own.fromCache)
        #expect(try written(own) == written(ReferenceDocument(data: plain, file: file, cacheFolder: nil)))
    }

    @Test("a cache folder that cannot be written leaves the run as it is")
    func unwritableFolderIsHarmless() throws {
        let data = try EditableReference().data
        let nowhere = URL(fileURLWithPath: "/dev/null/render")
        let first = try ReferenceDocument(data: data, file: file, cacheFolder: nowhere)
        let second = try ReferenceDocument(data: data, file: file, cacheFolder: nowhere)
        #expect(!first.fromCache && !second.fromCache)
        #expect(try written(second) == written(ReferenceDocument(data: data, file: file, cacheFolder: nil)))
    }

    @Test("a broken reference is refused with the same message with or without a cache, and nothing is kept for it")
    func brokenReferenceIsNotKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var broken = try EditableReference()
        broken.edit("word/document.xml") { $0.replacingOccurrences(of: "{{titel}}", with: "{{tittel}}") }
        func message(_ cacheFolder: URL?) -> String? {
            do {
                _ = try ReferenceDocument(data: broken.data, file: file, cacheFolder: cacheFolder)
                return nil
            } catch {
                return error.description
            }
        }
        let uncached = try #require(message(nil))
        #expect(message(folder) == uncached)
        #expect(message(folder) == uncached)
        #expect(!FileManager.default.fileExists(atPath: try entry(file).path))
    }
}

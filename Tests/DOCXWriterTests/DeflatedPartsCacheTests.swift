import CacheFiles
import CacheIsolation
@testable import DOCXWriter
import DocumentModel
import Foundation
import OOXML
import Testing

/// The reference's parts, deflated, kept between runs: taken only for the reference and the
/// zlib they were made with, ignored and replaced when damaged, stale or another reference's,
/// and never changing a byte of the output; likewise the cover, headers and footers prepared for filling.
@Suite("Deflated parts cache: the same archives with and without it, never a damaged, stale or foreign entry")
struct DeflatedPartsCacheTests {
    let folder: URL
    let file = "templates/docx/reference.docx"
    static let document = ReferenceDocumentTests.vanersborg.document
    /// The entry sets a written document leaves: the fixed parts, the prepared ones, its language's.
    static let entrySets = ["fixed", "prepared", "lang-" + document.metadata.language]

    init() throws {
        folder = try Repository.temporaryDirectory("parts-cache")
        cache_isolation_wait_for_trusted_program()
    }

    func cache(for data: Data, file: String? = nil, settings: String = Deflater.settings) throws -> DeflatedPartsCache {
        DeflatedPartsCache(folder: folder, file: file ?? self.file, referenceKey: try #require(ReferenceCache.key(of: data)),
                           settings: settings)
    }

    /// The entry file of the set `set` ("fixed", "lang-sv-SE").
    func entry(_ cache: DeflatedPartsCache, _ set: String) -> URL {
        cache.files.cache.file(cache.files.name(for: "\(cache.file)#\(set)", key: cache.key))
    }

    func written(_ document: Document = document, cacheFolder: URL?, data: Data, file: String? = nil) throws -> Data {
        try DOCXWriter(reference: ReferenceDocument(data: data, file: file ?? self.file, cacheFolder: cacheFolder)).write(document)
    }

    /// The editable reference written once without the folder and once into it, so that the
    /// folder holds every entry set: what tests that spoil the entries start from.
    func keptEntries() throws -> (data: Data, uncached: Data, cache: DeflatedPartsCache, reference: ReferenceDocument) {
        try #require(FileIdentity.program != nil)
        let data = try EditableReference().data
        let uncached = try written(cacheFolder: nil, data: data)
        _ = try written(cacheFolder: folder, data: data)
        return (data, uncached, try cache(for: data), try ReferenceDocument(data: data, file: file, cacheFolder: nil))
    }

    func english() -> Document {
        var document = Self.document
        document.metadata.language = "en-GB"
        return document
    }

    @Test("the first document saves the parts; later runs take them and write the same bytes as one without a cache")
    func keptPartsWriteTheSameBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil, "the test binary is older than two seconds")
        for data in [try EditableReference().data, try ReferenceDocumentTests.staffEdited().data] {
            let uncached = try written(cacheFolder: nil, data: data)
            #expect(try written(cacheFolder: folder, data: data) == uncached)
            let cache = try cache(for: data)
            let reference = try ReferenceDocument(data: data, file: file, cacheFolder: nil)
            let fixed = try #require(cache.fixed(for: reference.content))
            let made = try reference.parts.fixed()
            #expect([fixed.packageRelationships, fixed.fontTable, fixed.theme] == [made.packageRelationships, made.fontTable, made.theme])
            #expect(fixed.carried.map(\.entry) == made.carried.map(\.entry))
            #expect(fixed.carried.map(\.relationships) == made.carried.map(\.relationships))
            #expect(fixed.warnings == made.warnings)
            let language = Self.document.metadata.language
            let localised = try #require(cache.localised(language))
            #expect([localised.styles, localised.settings] == [try reference.parts.localised(language).styles,
                                                               try reference.parts.localised(language).settings])
            #expect(try written(cacheFolder: folder, data: data) == uncached, "from the kept parts")
        }
    }

    @Test("the cover, headers and footers prepared once are kept; later runs take them and write the same bytes",
          arguments: [0, 1])
    func keptPreparedPartsWriteTheSameBytes(_ referenceIndex: Int) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil, "the test binary is older than two seconds")
        let data = try [EditableReference(), ReferenceDocumentTests.staffEdited()][referenceIndex].data
        // One document with landscape sections, whose headers get their copies made for them.
        let documents = [Self.document, ExampleFiles.all[0].document]
        let uncached = try documents.map { try written($0, cacheFolder: nil, data: data) }
        #expect(try documents.map { try written($0, cacheFolder: folder, data: data) } == uncached)
        let cache = try cache(for: data)
        let reference = try ReferenceDocument(data: data, file: file, cacheFolder: nil)
        let kept = try #require(cache.prepared(for: reference.content))
        let made = reference.parts.prepared()
        #expect(kept.headers.drawingId == made.headers.drawingId)
        #expect(kept.headers.parts.map(\.name) == made.headers.parts.map(\.name))
        #expect(kept.headers.parts.map(\.original?.id) == made.headers.parts.map(\.original?.id))
        #expect(kept.headers.parts.map { $0.prepared?.landscape != nil } == made.headers.parts.map { $0.prepared?.landscape != nil })
        #expect(kept.headers.parts.map(\.prepared?.lastDrawingId) == made.headers.parts.map(\.prepared?.lastDrawingId))
        #expect(made.headers.parts.contains { $0.prepared?.landscape != nil }, "a header with tabs has its landscape copy")
        #expect(try documents.map { try written($0, cacheFolder: folder, data: data) } == uncached, "from the kept parts")
    }

    @Test("an entry of the previous format is not taken but made anew")
    func previousFormatIsRebuilt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, uncached, cache, reference) = try keptEntries()
        for set in Self.entrySets {
            let url = entry(cache, set)
            let bytes = try Data(contentsOf: url)
            // The same payload framed as "RNDZIP01" was, the format before the prepared parts.
            let payload = [UInt8](bytes.dropFirst(32))
            try CacheEntry.framed(payload, magic: 0x3130_5049_5A44_4E52, key: cache.key.value).write(to: url)
        }
        #expect(cache.fixed(for: reference.content) == nil)
        #expect(cache.prepared(for: reference.content) == nil)
        #expect(cache.localised(Self.document.metadata.language) == nil)
        #expect(try written(cacheFolder: folder, data: data) == uncached)
        #expect(cache.prepared(for: reference.content) != nil, "and the entries are saved anew")
        #expect(cache.fixed(for: reference.content) != nil)
    }

    @Test("each language has its own entry; a new one is made beside those kept")
    func languagesAreKeptApart() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let data = try EditableReference().data
        _ = try written(cacheFolder: folder, data: data)
        let cache = try cache(for: data)
        #expect(cache.localised("en-GB") == nil)
        let first = try written(english(), cacheFolder: folder, data: data)
        #expect(try first == written(english(), cacheFolder: nil, data: data))
        #expect(try written(english(), cacheFolder: folder, data: data) == first)
        let swedish = try #require(cache.localised(Self.document.metadata.language))
        let kept = try #require(cache.localised("en-GB"))
        #expect(swedish.styles != kept.styles, "the styles carry the language")
    }

    @Test("a truncated, altered, foreign or empty entry is ignored and replaced",
          arguments: ["truncated", "altered", "garbage", "empty"])
    func damagedEntryIsIgnored(_ damage: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, uncached, cache, reference) = try keptEntries()
        for set in Self.entrySets {
            var bytes = try Data(contentsOf: entry(cache, set))
            switch damage {
            case "truncated": bytes = bytes.prefix(bytes.count / 2)
            case "altered": bytes[bytes.count - 10] ^= 0x01
            case "garbage": bytes = Data((0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            default: bytes = Data()
            }
            try bytes.write(to: entry(cache, set))
        }
        #expect(cache.localised(Self.document.metadata.language) == nil)
        #expect(cache.prepared(for: reference.content) == nil)
        #expect(try written(cacheFolder: folder, data: data) == uncached)
        #expect(cache.localised(Self.document.metadata.language) != nil, "and the entry is saved anew")
        #expect(cache.prepared(for: reference.content) != nil)
        #expect(try written(cacheFolder: folder, data: data) == uncached)
    }

    @Test("an entry framed right whose parts are not the reference's is refused, not trusted")
    func mismatchedPartsAreIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try EditableReference().data
        let cache = try cache(for: data)
        let reference = try ReferenceDocument(data: data, file: file, cacheFolder: nil)
        let made = try reference.parts.fixed()
        // Another reference's carried parts under this one's key.
        let other = try ReferenceDocument(data: ReferenceDocumentTests.staffEdited().data, file: "other.docx", cacheFolder: nil)
        let foreign = try other.parts.fixed()
        try #require(foreign.carried.map(\.entry.name) != made.carried.map(\.entry.name))
        cache.save(ReferenceParts.Fixed(packageRelationships: made.packageRelationships, fontTable: made.fontTable, theme: made.theme,
                                        carried: foreign.carried, warnings: []))
        #expect(cache.fixed(for: reference.content) == nil)
        cache.save(made)
        #expect(cache.fixed(for: reference.content) != nil)
    }

    @Test("another reference's entries, or those of another zlib or deflate settings, are not taken")
    func foreignEntriesAreIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(FileIdentity.program != nil)
        let plain = try EditableReference().data
        let edited = try ReferenceDocumentTests.staffEdited().data
        _ = try written(cacheFolder: folder, data: edited, file: "other.docx")
        let own = try cache(for: plain)
        let other = try cache(for: edited, file: "other.docx")
        for set in Self.entrySets {
            try FileManager.default.copyItem(at: entry(other, set), to: entry(own, set))
        }
        #expect(own.localised(Self.document.metadata.language) == nil)
        #expect(try written(cacheFolder: folder, data: plain) == written(cacheFolder: nil, data: plain))
        // Entries made under another zlib are for another key.
        let otherZlib = try cache(for: plain, settings: Deflater.settings + " (another build)")
        #expect(otherZlib.key != own.key)
        #expect(otherZlib.localised(Self.document.metadata.language) == nil)
        #expect(own.localised(Self.document.metadata.language) != nil)
    }

    @Test("a cache folder that cannot be written leaves the archives as they are")
    func unwritableFolderIsHarmless() throws {
        let data = try EditableReference().data
        let nowhere = URL(fileURLWithPath: "/dev/null/render")
        #expect(try written(cacheFolder: nowhere, data: data) == written(cacheFolder: nil, data: data))
        #expect(try written(english(), cacheFolder: nowhere, data: data) == written(english(), cacheFolder: nil, data: data))
    }
}

import CacheFiles
import Foundation

// Where a reference document's checked, normalised parts and the writer's tables made from
// them (`ReferenceContent`) are kept between runs (`SourceFileCache`). An entry is keyed on the reference's bytes, which every run reads anyway
// (so no change to the file can go unnoticed, whatever its times say), and on the running
// program's executable, so that a build with another reader never takes an entry it did not
// make. A truncated, altered, stale or foreign entry is ignored and replaced; a run that
// cannot write the folder reads the reference itself, as every run did before. Only a
// reference that read without an error is kept, so every message is the reader's own.
struct ReferenceCache {
    let files: SourceFileCache

    init(folder: URL) { files = SourceFileCache(folder: folder, prefix: "reference-", suffix: ".ref1", magic: Self.magic) }

    /// "RNDREF02", little-endian: the kind and format of the entries.
    private static let magic: UInt64 = 0x3230_4645_5244_4E52

    /// The key of a reference with the bytes `data` under this program (`SourceFileCache.key`).
    static func key(of data: Data) -> SourceFileCache.Key? {
        data.withUnsafeBytes { SourceFileCache.key(of: $0, magic: magic) }
    }

    /// The content kept for the reference `file` with the key `key`, when there is a whole one.
    func content(for file: String, key: SourceFileCache.Key) -> ReferenceContent? {
        files.payload(for: file, key: key) { ReferenceContent(decoding: $0) }
    }

    /// Keeps `content` for the reference `file` with the key `key`; failures are ignored.
    func save(_ content: ReferenceContent, for file: String, key: SourceFileCache.Key) {
        var encoder = CacheEncoder()
        content.encode(to: &encoder)
        files.save(encoder.bytes, for: file, key: key)
    }
}

import CacheFiles
import Foundation

// Where a reference document's checked, normalised parts (`ReferenceSource`) are kept between
// runs: one entry per reference file (by its absolute path) in the user's cache folder
// (`CacheFolder`). An entry is keyed on the reference's bytes, which every run reads anyway
// (so no change to the file can go unnoticed, whatever its times say), and on the running
// program's executable, so that a build with another reader never takes an entry it did not
// make. A truncated, altered, stale or foreign entry is ignored and replaced; a run that
// cannot write the folder reads the reference itself, as every run did before. Only a
// reference that read without an error is kept, so every message is the reader's own.
struct ReferenceCache {
    let cache: CacheFolder

    init(folder: URL) { cache = CacheFolder(folder: folder) }

    /// "RNDREF01", little-endian: the kind and format of the entries.
    private static let magic: UInt64 = 0x3130_4645_5244_4E52

    /// The entry's name in the folder for the reference read from `file` (relative to the
    /// working directory, or absolute).
    func name(for file: String) -> String {
        var path = URL(fileURLWithPath: file).standardizedFileURL.path
        let hash = path.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
        return "reference-" + String(hash, radix: 16) + ".ref1"
    }

    /// The key of a reference with the bytes `data` under this program, or nil when the
    /// program's executable cannot be told from another build (then nothing is cached).
    static func key(of data: Data) -> UInt64? {
        guard let program = FileIdentity.program else { return nil }
        var hash = ContentHash()
        data.withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(data.count))
        hash.add(program.key)
        hash.add(magic)
        return hash.value
    }

    /// The source kept for the reference `file` with the key `key`, when there is a whole one.
    func source(for file: String, key: UInt64) -> ReferenceSource? {
        guard let entry = cache.contents(of: name(for: file)) else { return nil }
        return CacheEntry.payload(of: entry, magic: Self.magic, key: key) { ReferenceSource(decoding: $0) }
    }

    /// Keeps `source` for the reference `file` with the key `key`; failures are ignored.
    func save(_ source: ReferenceSource, for file: String, key: UInt64) {
        var encoder = CacheEncoder()
        source.encode(to: &encoder)
        cache.save(CacheEntry.framed(encoder.bytes, magic: Self.magic, key: key), as: name(for: file))
    }
}

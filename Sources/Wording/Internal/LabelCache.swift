import CacheFiles
import Foundation

// Where a label file's checked labels are kept between runs: one entry per label file (by
// its absolute path) in the user's cache folder (`CacheFolder`), keyed on the file's text,
// which every run reads anyway, and on the running program's executable, whose `LabelKey`
// cases the entry names by number. A truncated, altered, stale or foreign entry is ignored
// and replaced; only a file that read without an error is kept, so every message is the
// reader's own.
struct LabelCache {
    let cache: CacheFolder

    init(folder: URL) { cache = CacheFolder(folder: folder) }

    /// "RNDLBL01", little-endian: the kind and format of the entries.
    private static let magic: UInt64 = 0x3130_4C42_4C44_4E52

    /// The entry's name in the folder for the label file `file` (relative to the working
    /// directory, or absolute).
    func name(for file: String) -> String {
        var path = URL(fileURLWithPath: file).standardizedFileURL.path
        let hash = path.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
        return "labels-" + String(hash, radix: 16) + ".lbl1"
    }

    /// The key of a label file with the text `yaml` under this program, or nil when the
    /// program's executable cannot be told from another build (then nothing is cached).
    static func key(of yaml: String) -> UInt64? {
        guard let program = FileIdentity.program else { return nil }
        var text = yaml
        var hash = ContentHash()
        text.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
        hash.add(UInt64(text.utf8.count))
        hash.add(program.key)
        hash.add(magic)
        return hash.value
    }

    /// The labels kept for `file` with the key `key`, when there is a whole entry.
    func texts(for file: String, key: UInt64) -> [LabelKey: String]? {
        guard let entry = cache.contents(of: name(for: file)) else { return nil }
        return CacheEntry.payload(of: entry, magic: Self.magic, key: key) { bytes in
            var decoder = CacheDecoder(bytes)
            let cases = LabelKey.allCases
            var texts: [LabelKey: String] = [:]
            let count = decoder.read(atMost: cases.count)
            texts.reserveCapacity(count)
            for _ in 0..<count {
                let index = decoder.read(atMost: cases.count - 1)
                texts[cases[index]] = decoder.string()
            }
            guard !decoder.failed, decoder.isAtEnd, texts.count == count else { return nil }
            return texts
        }
    }

    /// Keeps `texts` for `file` with the key `key`; failures are ignored.
    func save(_ texts: [LabelKey: String], for file: String, key: UInt64) {
        let indices = Dictionary(uniqueKeysWithValues: LabelKey.allCases.enumerated().map { ($1, $0) })
        var encoder = CacheEncoder()
        encoder.write(texts.count)
        for (key, text) in texts.sorted(by: { indices[$0.key]! < indices[$1.key]! }) {
            encoder.write(indices[key]!)
            encoder.write(text)
        }
        cache.save(CacheEntry.framed(encoder.bytes, magic: Self.magic, key: key), as: name(for: file))
    }
}

import CacheFiles
import Foundation

// Where a label file's checked labels are kept between runs (`SourceFileCache`), keyed on the file's text,
// which every run reads anyway, and on the running program's executable, whose `LabelKey`
// cases the entry names by number. A truncated, altered, stale or foreign entry is ignored
// and replaced; only a file that read without an error is kept, so every message is the
// reader's own.
struct LabelCache {
    let files: SourceFileCache

    init(folder: URL) { files = SourceFileCache(folder: folder, prefix: "labels-", suffix: ".lbl1", magic: Self.magic) }

    /// "RNDLBL01", little-endian: the kind and format of the entries.
    private static let magic: UInt64 = 0x3130_4C42_4C44_4E52

    /// The key of a label file with the text `yaml` under this program (`SourceFileCache.key`).
    static func key(of yaml: String) -> SourceFileCache.Key? {
        var text = yaml
        return text.withUTF8 { SourceFileCache.key(of: UnsafeRawBufferPointer($0), magic: magic) }
    }

    /// The labels kept for `file` with the key `key`, when there is a whole entry.
    func texts(for file: String, key: SourceFileCache.Key) -> [LabelKey: String]? {
        files.payload(for: file, key: key) { bytes in
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
    func save(_ texts: [LabelKey: String], for file: String, key: SourceFileCache.Key) {
        let indices = Dictionary(uniqueKeysWithValues: LabelKey.allCases.enumerated().map { ($1, $0) })
        var encoder = CacheEncoder()
        encoder.write(texts.count)
        for (key, text) in texts.sorted(by: { indices[$0.key]! < indices[$1.key]! }) {
            encoder.write(indices[key]!)
            encoder.write(text)
        }
        files.save(encoder.bytes, for: file, key: key)
    }
}

import Foundation

/// What a source file (a reference document, a label file) was read into, kept between runs:
/// one entry per file, by its absolute path, in a `CacheFolder`. An entry is keyed on the
/// file's bytes, which every run reads anyway (so no change to the file can go unnoticed,
/// whatever its times say), on the running program's executable (so a build with another
/// reader never takes an entry it did not make) and on the kind's magic. A truncated,
/// altered, stale or foreign entry is not returned; saving is atomic and its failures are
/// ignored, so a folder that cannot be written only costs the read.
///
/// ```swift
/// let labels = SourceFileCache(folder: folder, prefix: "labels-", suffix: ".lbl1", magic: 0x3130_4C42_4C44_4E52)
/// if let key = labels.key(of: bytes), let kept = labels.payload(for: file, key: key, decode) { … }
/// ```
package struct SourceFileCache {
    package let cache: CacheFolder
    let prefix: String
    let suffix: String
    let magic: UInt64

    package init(folder: URL, prefix: String, suffix: String, magic: UInt64) {
        cache = CacheFolder(folder: folder)
        self.prefix = prefix
        self.suffix = suffix
        self.magic = magic
    }

    /// The entry's name in the folder for `file` (relative to the working directory, or absolute).
    package func name(for file: String) -> String {
        var path = URL(fileURLWithPath: file).standardizedFileURL.path
        let hash = path.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
        return prefix + String(hash, radix: 16) + suffix
    }

    /// The key of a file with the bytes `bytes` under this program, or nil when the program's
    /// executable cannot be told from another build (then nothing is cached).
    package static func key(of bytes: UnsafeRawBufferPointer, magic: UInt64) -> UInt64? {
        guard let program = FileIdentity.program else { return nil }
        var hash = ContentHash()
        hash.add(bytes)
        hash.add(UInt64(bytes.count))
        hash.add(program.key)
        hash.add(magic)
        return hash.value
    }

    /// What `decode` makes of the entry kept for `file` with the key `key`, when there is a whole one.
    package func payload<T>(for file: String, key: UInt64, _ decode: (UnsafeRawBufferPointer) -> T?) -> T? {
        guard let entry = cache.contents(of: name(for: file)) else { return nil }
        return CacheEntry.payload(of: entry, magic: magic, key: key, decode)
    }

    /// Keeps `payload` for `file` with the key `key`; failures are ignored.
    package func save(_ payload: [UInt8], for file: String, key: UInt64) {
        cache.save(CacheEntry.framed(payload, magic: magic, key: key), as: name(for: file))
    }
}

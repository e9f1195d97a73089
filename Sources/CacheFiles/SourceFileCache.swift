import Foundation

/// What a source file (a reference document, a label file) was read into, kept between runs:
/// one entry per file and program, in a `CacheFolder`. An entry is keyed on the file's bytes,
/// which every run reads anyway (so no change to the file can go unnoticed, whatever its times
/// say), on the running program's executable (so a build with another reader never takes an
/// entry it did not make) and on the kind's magic. It is named for the file's absolute path
/// and the program, so that two builds run in turn (a municipality's own package and the
/// project's, a debug and a release build) keep an entry each instead of replacing each
/// other's on every run, while a changed file replaces its own. Saving, which happens only
/// when there was no entry to take, removes the entries of the same kind that no run has
/// taken for `CacheFolder.unusedAge`. A truncated, altered, stale or foreign entry is not
/// returned; saving is atomic and its failures are ignored, so a folder that cannot be
/// written only costs the read.
///
/// ```swift
/// let labels = SourceFileCache(folder: folder, prefix: "labels-", suffix: ".lbl1", magic: 0x3130_4C42_4C44_4E52)
/// if let key = SourceFileCache.key(of: bytes, magic: labels.magic), let kept = labels.payload(for: file, key: key, decode) { … }
/// ```
package struct SourceFileCache {
    /// What an entry is made for: the program that made it, which its name carries, and the
    /// hash of everything it depends on (the file's bytes, the program, the kind and whatever
    /// else the kind adds), which its framing carries.
    package struct Key: Sendable, Equatable {
        /// The running program's executable (`FileIdentity.program`).
        package let program: UInt64
        package let value: UInt64

        package init(program: UInt64, value: UInt64) {
            self.program = program
            self.value = value
        }
    }

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

    /// The entry's name in the folder for `file` (relative to the working directory, or
    /// absolute) made by the program of `key`.
    package func name(for file: String, key: Key) -> String {
        var path = StandardPath.of(file)
        var hash = ContentHash()
        hash.add(path.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) })
        hash.add(key.program)
        return prefix + String(hash.value, radix: 16) + suffix
    }

    /// Whether `name` is one `name(for:key:)` gives: the prefix, a hash in lower-case
    /// hexadecimal without leading zeros, the suffix.
    func isEntry(_ name: String) -> Bool {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return false }
        let hash = String(name.dropFirst(prefix.count).dropLast(suffix.count))
        return UInt64(hash, radix: 16).map { String($0, radix: 16) == hash } ?? false
    }

    /// The key of a file with the bytes `bytes` under this program, or nil when the program's
    /// executable cannot be told from another build (then nothing is cached).
    package static func key(of bytes: UnsafeRawBufferPointer, magic: UInt64) -> Key? {
        guard let program = FileIdentity.program else { return nil }
        var hash = ContentHash()
        hash.add(bytes)
        hash.add(UInt64(bytes.count))
        hash.add(program.key)
        hash.add(magic)
        return Key(program: program.key, value: hash.value)
    }

    /// What `decode` makes of the entry kept for `file` with the key `key`, when there is a whole one.
    package func payload<T>(for file: String, key: Key, _ decode: (UnsafeRawBufferPointer) -> T?) -> T? {
        guard let entry = cache.contents(of: name(for: file, key: key)) else { return nil }
        return CacheEntry.payload(of: entry, magic: magic, key: key.value, decode)
    }

    /// Keeps `payload` for `file` with the key `key`, and removes the entries of this kind
    /// that have not been used for long; failures are ignored.
    package func save(_ payload: [UInt8], for file: String, key: Key) {
        cache.save(CacheEntry.framed(payload, magic: magic, key: key.value), as: name(for: file, key: key))
        cache.removeUnused(isEntry)
    }
}

import Foundation

// Where render keeps what it made in one run to spare the next (the hyphenation
// dictionary's image, the reference document's checked parts): the user's cache folder,
// `$XDG_CACHE_HOME/render/` or `~/.cache/render/`. Entries are written to a temporary file,
// then renamed, so another run never reads half of one; a folder that cannot be written
// only means every run does the work itself. Nothing in it is trusted: every entry carries
// the keys it was made for and a checksum (`CacheEntry`). Taking an entry marks it used
// (its modification time), so that entries no run has taken for a month can be removed
// (`removeUnused`).
//
// ```swift
// let cache = CacheFolder.user
// cache?.save(entry, as: "reference-1234.ref1")
// let bytes = cache?.contents(of: "reference-1234.ref1")
// ```
package struct CacheFolder: Sendable, Equatable {
    package let folder: URL

    /// How long an entry is kept that no run takes, in seconds: 30 days.
    static let unusedAge = 30 * 24 * 3600
    /// How old an entry's mark of use may grow before taking it marks it anew, in seconds: a
    /// day, so that most runs take their entries without writing anything.
    static let markAge = 24 * 3600

    package init(folder: URL) { self.folder = folder }

    /// The user's cache folder for render, or nil when neither XDG_CACHE_HOME nor HOME is set
    /// to an absolute path.
    package static var user: CacheFolder? {
        // getenv reads one variable; ProcessInfo's environment builds a dictionary of all of them.
        // The URLs say what they name: without a hint, Foundation asks the file system (a stat each).
        let variable = { (name: String) in getenv(name).map { String(cString: $0) } }
        if let cache = variable("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            return CacheFolder(folder: URL(filePath: cache, directoryHint: .isDirectory).appending(path: "render", directoryHint: .isDirectory))
        }
        guard let home = variable("HOME"), home.hasPrefix("/") else { return nil }
        return CacheFolder(folder: URL(filePath: home, directoryHint: .isDirectory).appending(path: ".cache/render", directoryHint: .isDirectory))
    }

    /// The file of the entry `name`.
    package func file(_ name: String) -> URL { folder.appending(path: name, directoryHint: .notDirectory) }

    /// The bytes of the entry `name`, nil when there is none or it cannot be read; marks the
    /// entry used when its mark is older than `markAge`.
    package func contents(of name: String) -> Data? {
        let path = file(name).path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        markUsed(path: path)
        return data
    }

    /// Marks the entry `name`, taken some other way (mapped), used when its mark is older than
    /// `markAge`; returns whether it did (at most once a day).
    @discardableResult
    package func markUsed(_ name: String) -> Bool { markUsed(path: file(name).path) }

    @discardableResult
    private func markUsed(path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, time(nil) - status.st_mtim.tv_sec > Self.markAge else { return false }
        return utimensat(AT_FDCWD, path, nil, 0) == 0
    }

    /// Saves `data` as the entry `name`, replacing any other, whole or not at all; failures are ignored.
    package func save(_ data: Data, as name: String) {
        let target = file(name)
        let temporary = folder.appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temporary.path)
        }
    }

    /// Removes the entries whose names `isEntry` accepts, and the temporary files of runs
    /// that stopped while saving one, when no run has taken or written them for `unusedAge`.
    /// Only regular files: never a folder, never what a symbolic link points to, never a file
    /// of another name.
    package func removeUnused(_ isEntry: (String) -> Bool) {
        guard let listing = opendir(folder.path) else { return }
        defer { closedir(listing) }
        let now = time(nil)
        while let item = readdir(listing) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard isEntry(Self.entryName(name)) else { continue }
            var status = stat()
            guard fstatat(dirfd(listing), name, &status, AT_SYMLINK_NOFOLLOW) == 0, status.st_mode & S_IFMT == S_IFREG,
                  now - status.st_mtim.tv_sec > Self.unusedAge else { continue }
            unlinkat(dirfd(listing), name, 0)
        }
    }

    /// The entry a file of the folder named `name` is, or was being saved as: the name of
    /// `save`'s temporary files holds the entry's between a dot and the process and a random number.
    private static func entryName(_ name: String) -> String {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return name }
        var rest = name.dropFirst().dropLast(".tmp".count)
        for _ in 0..<2 {
            guard let dot = rest.lastIndex(of: "."), UInt32(rest[rest.index(after: dot)...]) != nil else { return name }
            rest = rest[..<dot]
        }
        return String(rest)
    }
}

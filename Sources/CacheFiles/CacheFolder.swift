import Foundation

// Where render keeps what it made in one run to spare the next (the hyphenation
// dictionary's image, the reference document's checked parts): the user's cache folder,
// `$XDG_CACHE_HOME/render/` or `~/.cache/render/`. Entries are written to a temporary file,
// then renamed, so another run never reads half of one; a folder that cannot be written
// only means every run does the work itself. Nothing in it is trusted: every entry carries
// the keys it was made for and a checksum (`CacheEntry`).
//
// ```swift
// let cache = CacheFolder.user
// cache?.save(entry, as: "reference-1234.ref1")
// let bytes = cache?.contents(of: "reference-1234.ref1")
// ```
package struct CacheFolder: Sendable, Equatable {
    package let folder: URL

    package init(folder: URL) { self.folder = folder }

    /// The user's cache folder for render, or nil when neither XDG_CACHE_HOME nor HOME is set
    /// to an absolute path.
    package static var user: CacheFolder? {
        // getenv reads one variable; ProcessInfo's environment builds a dictionary of all of them.
        let variable = { (name: String) in getenv(name).map { String(cString: $0) } }
        if let cache = variable("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            return CacheFolder(folder: URL(fileURLWithPath: cache).appendingPathComponent("render"))
        }
        guard let home = variable("HOME"), home.hasPrefix("/") else { return nil }
        return CacheFolder(folder: URL(fileURLWithPath: home).appendingPathComponent(".cache/render"))
    }

    /// The file of the entry `name`.
    package func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The bytes of the entry `name`, nil when there is none or it cannot be read.
    package func contents(of name: String) -> Data? { FileManager.default.contents(atPath: file(name).path) }

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
}

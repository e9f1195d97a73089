import Foundation

// A file's identity as one `stat` tells it: device, inode, size, modification and change
// times to the nanosecond. Every way of changing a file's bytes (writing it, or putting
// another file in its place) changes its change time, which no program can set back, or
// its inode; only a change within the same tick of a coarse file-system clock could keep
// every field. So an entry saved under an identity is trusted by it alone only when it was
// saved more than two seconds after the file last changed (`trusted`); one saved sooner
// must check the bytes (as git treats a "racily clean" file).
//
// ```swift
// if let identity = FileIdentity(path) { print(identity.key, identity.trusted) }
// ```
package struct FileIdentity: Sendable, Equatable {
    /// The hash of the `stat` fields.
    package let key: UInt64
    /// When the file last changed (its change time).
    package let changed: timespec

    /// The identity of the file at `path` as it is now; nil when it cannot be looked at.
    package init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        var hash = ContentHash()
        for field in [UInt64(info.st_dev), UInt64(info.st_ino), UInt64(bitPattern: Int64(info.st_size)),
                      UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)),
                      UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(bitPattern: Int64(info.st_ctim.tv_nsec))] {
            hash.add(field)
        }
        key = hash.value
        changed = info.st_ctim
    }

    /// Whether an entry saved now may be trusted by this identity alone: the file last
    /// changed more than two seconds ago.
    package var trusted: Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now.tv_sec - changed.tv_sec > 2
    }

    /// The identity of the running program's executable (any rebuild changes it), trusted:
    /// what a cache of the program's own work on a file is keyed on beside the file's bytes,
    /// so that no build uses another build's entries. Nil when it cannot be looked at or
    /// changed too recently to be told apart from the next build (looked at anew each time:
    /// a program started just after it was built caches once it is older).
    package static var program: FileIdentity? {
        // The link read rather than followed by `stat`: tools that run the program in their
        // own process (valgrind) answer for the program in readlink only.
        var path = [CChar](repeating: 0, count: Int(PATH_MAX))
        let length = readlink("/proc/self/exe", &path, path.count)
        // readlink does not end the path with a NUL; a full buffer may hold a truncated one.
        guard length > 0, length < path.count else { return nil }
        let name = path.withUnsafeBytes { String(decoding: $0.prefix(length), as: UTF8.self) }
        guard let identity = FileIdentity(name), identity.trusted else { return nil }
        return identity
    }

    package static func == (lhs: FileIdentity, rhs: FileIdentity) -> Bool {
        lhs.key == rhs.key && lhs.changed.tv_sec == rhs.changed.tv_sec && lhs.changed.tv_nsec == rhs.changed.tv_nsec
    }
}

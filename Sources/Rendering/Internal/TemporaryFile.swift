import Foundation
import SystemFiles

// The temporary file of an atomic write, and the clean-up of those an earlier run left.
//
// A temporary file is `.<name>.<pid>-<random>.render-tmp` in the output folder. It is
// created with O_CREAT | O_EXCL | O_NOFOLLOW relative to the folder's descriptor, so a
// file or symbolic link someone planted at that name is never opened or followed (the
// random part makes the name unguessable, and a clash just draws another), and it is
// renamed onto its final name within the same folder descriptor: `renameat` replaces a
// symbolic link standing at the final name instead of writing through it.
enum TemporaryFile {
    static let suffix = ".render-tmp"

    static func isTemporary(_ name: String) -> Bool { name.hasPrefix(".") && name.hasSuffix(suffix) }

    /// The process that made the temporary file `name`, from its name; nil for other names.
    static func owner(of name: String) -> pid_t? {
        guard isTemporary(name) else { return nil }
        let stem = name.dropLast(suffix.count)
        guard let dot = stem.lastIndex(of: ".") else { return nil }
        // `<pid>-<random>`, or `<pid>` alone as earlier versions named them.
        let tag = stem[stem.index(after: dot)...]
        return pid_t(tag.prefix { $0 != "-" })
    }

    /// Writes `data` as `name` in the folder `directory` refers to.
    static func write(_ data: Data, named name: String, in directory: Int32, path: URL) throws(OutputError) {
        let target = path.appendingPathComponent(name)
        var temporaryName = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            temporaryName = ".\(name).\(getpid())-\(randomTag())\(suffix)"
            descriptor = createExclusive(temporaryName, in: directory)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw OutputError(path: target.relativePath, reason: SystemMessage.text(errno))
        }
        let slot = InterruptCleanup.register(path.appendingPathComponent(temporaryName).path)
        defer { InterruptCleanup.unregister(slot) }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            failure = writeAll(descriptor, buffer)
        }
        // No fsync: the rename is what makes the write atomic (an interrupted or failed run
        // leaves the earlier file or none, never half of one), and forcing the bytes to the
        // disk first cost a one-document run 0.4–10 ms of its ~20 ms wall time, waiting on
        // the disk, for durability across a power failure that a document generator does
        // not promise (pandoc and compilers do not either; ext4 writes a file renamed over
        // another out before the rename by itself).
        if close(descriptor) != 0 && failure == nil { failure = errno }
        if failure == nil && renameat(directory, temporaryName, directory, name) != 0 { failure = errno }
        if let failure {
            unlinkat(directory, temporaryName, 0)
            throw OutputError(path: target.relativePath, reason: SystemMessage.text(failure))
        }
    }

    /// Opens a new file `name` for writing, failing (EEXIST) if anything, a symbolic link
    /// included, already has that name: the link is never followed.
    static func createExclusive(_ name: String, in directory: Int32) -> Int32 {
        openat(directory, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    }

    /// Removes the temporary files of runs that have ended: only regular files named as
    /// this program names them, and only when the process in the name no longer exists,
    /// so a run writing into the same folder at the same time keeps its files. Never a
    /// folder, never what a symbolic link points to.
    static func removeLeftovers(in directory: Int32) {
        guard let listing = fdopendir(dup(directory)) else { return }
        defer { closedir(listing) }
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let owner = owner(of: name), owner > 0, owner != getpid(), !isRunning(owner) else { continue }
            var status = stat()
            guard fstatat(directory, name, &status, AT_SYMLINK_NOFOLLOW) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            unlinkat(directory, name, 0)
        }
    }

    private static func isRunning(_ process: pid_t) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }

    private static func randomTag() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 36)
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
        // Tests set this to stop a run mid-write and check that nothing is lost. (getenv reads
        // one variable; ProcessInfo's environment builds a dictionary of all of them.)
        let pause = getenv("RENDER_TEST_WRITE_PAUSE_MS").flatMap { UInt32(String(cString: $0)) }
        var offset = 0
        while offset < buffer.count {
            let chunk = pause == nil ? buffer.count - offset : max(1, (buffer.count - offset) / 2)
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, chunk)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
            if let pause, offset < buffer.count { usleep(pause * 1000) }
        }
        return nil
    }
}

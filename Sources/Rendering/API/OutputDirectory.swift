import Foundation
import SystemFiles

/// The folder documents are written to. Every file is written atomically: to a temporary
/// file beside it, created exclusively under an unguessable name, then renamed over the
/// old one within the folder, so a failed or interrupted run leaves the previous
/// document intact, no partial file behind, and nothing is ever written through a
/// symbolic link planted in the folder. Several runs may write into one folder at once.
///
/// ```swift
/// let out = try OutputDirectory(URL(fileURLWithPath: "out"))
/// try out.write(data, named: "vanersborg.txt")
/// ```
public struct OutputDirectory: Sendable {
    public let url: URL
    private let descriptor: Descriptor

    /// Creates the folder if needed and removes the temporary files of earlier runs that
    /// were interrupted (never those of a run still writing).
    public init(_ url: URL) throws(OutputError) {
        self.url = url
        try Self.create(url)
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: url.relativePath, reason: SystemMessage.text(errno)) }
        self.descriptor = Descriptor(descriptor)
        TemporaryFile.removeLeftovers(in: descriptor)
    }

    /// Writes `data` as `name`, replacing any earlier file only once the new one is complete.
    /// `name` must be a plain file name: no folders, nothing outside this directory.
    public func write(_ data: Data, named name: String) throws(OutputError) {
        guard OutputDirectory.isPlainFileName(name) else {
            throw OutputError(path: name, reason: "Filnamnet får inte innehålla mappar eller \"..\".")
        }
        try TemporaryFile.write(data, named: name, in: descriptor.value, path: url)
    }

    /// Whether `name` stays inside the directory it is written to.
    public static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/" as Character) && !name.contains("\0" as Character)
            && !name.hasPrefix(".")
    }

    /// Makes `url` and its missing parents, naming what stands in the way in Swedish.
    private static func create(_ url: URL) throws(OutputError) {
        var status = stat()
        if lstat(url.path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return
            case S_IFLNK:
                if stat(url.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR { return }
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
                throw OutputError(path: url.relativePath,
                                  reason: "det är en symbolisk länk till \"\(target)\", som inte finns eller inte är en mapp")
            default:
                throw OutputError(path: url.relativePath, reason: "det finns redan en fil med det namnet, som inte är en mapp")
            }
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path && lstat(parent.path, &status) != 0 { try create(parent) }
        guard mkdir(url.path, 0o777) == 0 || errno == EEXIST else {
            throw OutputError(path: url.relativePath, reason: SystemMessage.text(errno))
        }
    }

    // The folder's descriptor, open as long as any copy of the directory lives.
    private final class Descriptor: Sendable {
        let value: Int32

        init(_ value: Int32) { self.value = value }

        deinit { close(value) }
    }
}

/// A file could not be written or a folder not made.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): kunde inte skrivas: \(reason)" }
}

extension OutputDirectory {
    /// Makes an interrupted run (Ctrl-C, SIGTERM) remove its half-written temporary files
    /// before it exits. Call once, first thing in the process.
    public static func removeTemporaryFilesOnInterrupt() {
        InterruptCleanup.install()
    }
}

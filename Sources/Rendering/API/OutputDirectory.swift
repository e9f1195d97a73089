import Foundation

/// The folder documents are written to. Every file is written atomically: to a temporary
/// file beside it, then renamed over the old one, so a failed or interrupted run leaves
/// the previous document intact and no partial file behind.
///
/// ```swift
/// let out = try OutputDirectory(URL(fileURLWithPath: "out"))
/// try out.write(data, named: "vanersborg.txt")
/// ```
public struct OutputDirectory: Sendable {
    public let url: URL

    /// Creates the folder if needed and removes temporary files an interrupted run left.
    public init(_ url: URL) throws(OutputError) {
        self.url = url
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where TemporaryFile.isTemporary(name) {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
            }
        } catch {
            throw OutputError(path: url.relativePath, reason: Self.reason(error))
        }
    }

    /// Writes `data` as `name`, replacing any earlier file only once the new one is complete.
    /// `name` must be a plain file name: no folders, nothing outside this directory.
    public func write(_ data: Data, named name: String) throws(OutputError) {
        guard OutputDirectory.isPlainFileName(name) else {
            throw OutputError(path: name, reason: "Filnamnet får inte innehålla mappar eller \"..\".")
        }
        let target = url.appendingPathComponent(name)
        try TemporaryFile.write(data, replacing: target)
    }

    /// Whether `name` stays inside the directory it is written to.
    public static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
            && !name.hasPrefix(".")
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return nsError.localizedDescription
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

import Foundation

// The temporary file of an atomic write, and the clean-up when the process is stopped
// while one is open.
enum TemporaryFile {
    static let suffix = ".render-tmp"

    static func isTemporary(_ name: String) -> Bool { name.hasPrefix(".") && name.hasSuffix(suffix) }

    static func write(_ data: Data, replacing target: URL) throws(OutputError) {
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid())\(suffix)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: target.relativePath, reason: String(cString: strerror(errno)))
        }
        let slot = InterruptCleanup.register(temporary.path)
        defer { InterruptCleanup.unregister(slot) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            failure = writeAll(descriptor, buffer)
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil && rename(temporary.path, target.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw OutputError(path: target.relativePath, reason: failure)
        }
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> String? {
        // Tests set this to stop a run mid-write and check that nothing is lost.
        let pause = ProcessInfo.processInfo.environment["RENDER_TEST_WRITE_PAUSE_MS"].flatMap { UInt32($0) }
        var offset = 0
        while offset < buffer.count {
            let chunk = pause == nil ? buffer.count - offset : max(1, (buffer.count - offset) / 2)
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, chunk)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
            if let pause, offset < buffer.count { usleep(pause * 1000) }
        }
        return nil
    }
}

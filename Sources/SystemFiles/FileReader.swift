import Foundation

/// Reads files and lists folders with POSIX calls, so that a failure keeps the system's
/// reason (`errno`): Foundation's `contents(atPath:)` answers nil for every reason, and its
/// throwing calls often lose the error number. A folder a user cannot read must not pass
/// for an absent one, nor a file they cannot read for no file.
///
/// ```swift
/// let names = try FileReader.names(inFolder: "templates/html")   // nil when there is no such folder
/// let data = try FileReader.contents(of: "templates/labels.sv.yaml")
/// ```
package enum FileReader {
    /// A read that failed, with the system's error number.
    package struct Failure: Error, Sendable {
        package let code: Int32
        /// Why, in Swedish: "behörighet saknas".
        package var reason: String { SystemMessage.text(code) }

        package init(code: Int32) { self.code = code }
    }

    /// The names in a folder, sorted, without "." and ".."; nil when nothing is at the
    /// path.
    package static func names(inFolder path: String) throws(Failure) -> [String]? {
        guard let folder = opendir(path) else {
            if errno == ENOENT { return nil }
            throw Failure(code: errno)
        }
        defer { closedir(folder) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw Failure(code: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The bytes of a file.
    package static func contents(of path: String) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(code: errno) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw Failure(code: EISDIR) }
        var data = Data(capacity: max(0, Int(status.st_size)))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }
}

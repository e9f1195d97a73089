import Foundation

/// External programs the tests read the output with: the schema validator, LibreOffice,
/// pandoc, poppler. A missing program fails the test with the package to install.
enum Tool {
    struct Result {
        let status: Int32
        let output: Data
        let errors: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// The executable `name` on the PATH, or a test failure naming the Debian package.
    static func require(_ name: String, package: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Missing(name: name, package: package)
    }

    struct Missing: Error, CustomStringConvertible {
        let name: String
        let package: String
        var description: String { "\(name) is not installed; install the Debian package \(package) (`make setup` does)." }
    }

    /// Runs a program to completion, with its output in temporary files so large outputs
    /// cannot block on a full pipe.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let folder = try Repository.temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: try Data(contentsOf: outURL),
                      errors: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}

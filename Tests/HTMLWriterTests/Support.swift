import Examples
import Foundation
import PlanModel
import Rendering

/// The package's folders and the real templates, for tests that render as `render` does.
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let templatesFolder = root.appendingPathComponent("templates")

    static func templates() throws -> Templates { try Templates.load(from: templatesFolder) }

    /// The date every test page shows, so pages are the same on every run.
    static let date = "2023-01-15"

    static func renderer() throws -> Renderer { try Renderer(templates: templates(), date: date) }
}

/// A fresh temporary folder, removed by the caller with `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("html-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ data: Data, _ name: String) throws { try data.write(to: url.appendingPathComponent(name)) }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// The names of the files in the folder, sorted.
    var fileNames: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }
}

/// Runs an external program and returns its exit status and combined output.
enum Tool {
    struct Result {
        let status: Int32
        let output: String
    }

    /// Runs `arguments[0]` found on PATH, or throws `Missing` naming what to install.
    static func run(_ arguments: [String], currentDirectory: URL = Package.root, install: String) throws -> Result {
        guard let executable = find(arguments[0]) else { throw Missing(tool: arguments[0], install: install) }
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = currentDirectory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func find(_ name: String) -> URL? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A tool a test needs is not installed: the test fails with this message.
    struct Missing: Error, CustomStringConvertible {
        let tool: String
        let install: String
        var description: String { "\(tool) is not installed; \(install) (or run `make deps`)" }
    }
}

import Foundation

/// Runs a built executable of the package as a user would, in the repository root.
struct RenderProcess {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Where SwiftPM put the executables: beside the test bundle.
    static let products: URL = {
        var url = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("render").path) && url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url
    }()

    let executable: String

    init(_ executable: String = "render") { self.executable = executable }

    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        try Self.start(RenderProcess.products.appendingPathComponent(executable), arguments, environment: environment)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        Self.finish(try start(arguments, environment: environment))
    }

    /// Starts any executable in `folder` with its output and errors captured.
    static func start(_ executable: URL, _ arguments: [String], in folder: URL = repository,
                      environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// Runs any executable in `folder` to its end.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL = repository) throws -> Result {
        finish(try start(executable, arguments, in: folder))
    }

    private static func finish(_ started: (Process, Pipe, Pipe)) -> Result {
        let (process, output, errors) = started
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh, empty folder for one test's output.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

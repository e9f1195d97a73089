import DocumentModel
import Foundation
import Rendering
import Synchronization

/// Writes rendered files into the output folder in the given order. A file that could
/// not be made or written is reported and skipped, the others are still written, and
/// `finish()` then ends the command with exit code 4.
struct DocumentFiles {
    let output: OutputDirectory
    let verbose: Bool
    private let failures = Failures()

    init(output: OutputDirectory, verbose: Bool) {
        self.output = output
        self.verbose = verbose
    }

    /// The document in every format, named `<id>.<format>`; with `fragment`, the web
    /// page is only its body, named `<id>.fragment.html`.
    static func render(_ document: Document, id: String, formats: [OutputFormat], fragment: Bool = false,
                       with renderer: Renderer) -> [Renderer.File] {
        formats.map { format in
            format == .html && fragment
                ? Renderer.File(name: "\(id).fragment.html", data: renderer.htmlFragment(document))
                : renderer.file(document, named: "\(id).\(format.fileExtension)", as: format)
        }
    }

    func write(_ files: [Renderer.File]) {
        for file in files {
            for warning in file.warnings { Console.error("varning: \(file.name): \(warning)") }
            if let failure = file.failure {
                Console.error("fel: \(output.url.appendingPathComponent(file.name).relativePath): kunde inte skapas: \(failure)")
                failures.note()
                continue
            }
            do {
                try output.write(file.data, named: file.name)
            } catch {
                Console.error("fel: \(error)")
                failures.note()
                continue
            }
            if verbose { Console.error("skrev \(output.url.appendingPathComponent(file.name).relativePath)") }
        }
    }

    /// Exit code 4 if any file could not be made or written.
    func finish() throws {
        if failures.count > 0 { throw ExitStatus.io.exitCode }
    }

    // How many files failed, shared by copies.
    private final class Failures: Sendable {
        private let value = Mutex(0)
        func note() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }
}

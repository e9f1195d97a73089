import DocumentModel
import Foundation
import Rendering
import Synchronization

/// Writes rendered files into the output folder in the given order. A file that could
/// not be made or written is reported and skipped, the others are still written, and
/// `finish()` then ends the command with exit code 4. PDFs are made last, all in one
/// LibreOffice batch.
struct DocumentFiles {
    let output: OutputDirectory
    let verbose: Bool
    private let failures = Failures()

    init(output: OutputDirectory, verbose: Bool) {
        self.output = output
        self.verbose = verbose
    }

    /// A document's files in the formats asked for, and its PDF still to be converted.
    struct Rendered: Sendable {
        var files: [Renderer.File] = []
        var pdf: PDFConverter.Source?
    }

    /// The document in every format, named `<id>.<format>`; with `fragment`, the web
    /// page is only its body, named `<id>.fragment.html`. The last format is handed the
    /// document itself, so its writer prepares it in place rather than beside a copy.
    static func render(_ document: consuming Document, id: String, formats: [OutputFormat], fragment: Bool = false,
                       with renderer: Renderer) -> Rendered {
        var rendered = Rendered()
        var remaining: Document? = consume document
        for (index, format) in formats.enumerated() {
            let document = index == formats.count - 1 ? remaining.take()! : remaining!
            let name = "\(id).\(format.fileExtension)"
            switch format {
            case .html where fragment:
                rendered.files.append(Renderer.File(name: "\(id).fragment.html", data: renderer.htmlFragment(document)))
            case .pdf:
                // The PDF is made from the Word file: where that failed, so did the PDF.
                let metadata = document.metadata
                let docx = renderer.file(consume document, named: name, as: .pdf)
                if let failure = docx.failure {
                    rendered.files.append(Renderer.File(name: name, data: Data(), failure: failure))
                } else {
                    rendered.pdf = PDFConverter.Source(name: name, docx: docx.data, metadata: metadata,
                                                       warnings: docx.warnings)
                }
            case .txt, .html, .docx:
                rendered.files.append(renderer.file(consume document, named: name, as: format))
            }
        }
        return rendered
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
                // An organisation's own stylesheet and logo go in its folder: "vanersborg/logo.svg".
                if let slash = file.name.firstIndex(of: "/") {
                    let folder = try OutputDirectory(output.url.appendingPathComponent(String(file.name[..<slash])))
                    try folder.write(file.data, named: String(file.name[file.name.index(after: slash)...]))
                } else {
                    try output.write(file.data, named: file.name)
                }
            } catch {
                Console.error("fel: \(error)")
                failures.note()
                continue
            }
            if verbose { Console.error("skrev \(output.url.appendingPathComponent(file.name).relativePath)") }
        }
    }

    /// Converts the PDFs in one batch and writes those made; prints why any was not and
    /// counts it for `finish()`.
    func writePDFs(_ sources: [PDFConverter.Source]) {
        guard !sources.isEmpty else { return }
        let converter: PDFConverter
        do {
            converter = try PDFConverter.find()
        } catch {
            Console.error("fel: \(error)")
            failures.note()
            return
        }
        let result = converter.convert(sources)
        write(result.files)
        for failure in result.failures {
            Console.error("fel: \(failure)")
            failures.note()
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

import DocumentModel
import Foundation
import Rendering

/// Writes rendered files into the output folder in the given order; a failed write is
/// exit code 4 with the reason printed. PDFs are made last, all in one LibreOffice batch.
struct DocumentFiles {
    let output: OutputDirectory
    let verbose: Bool

    /// A document's files in the formats asked for, and its PDF still to be converted.
    struct Rendered: Sendable {
        var files: [Renderer.File] = []
        var pdf: PDFConverter.Source?
    }

    /// The document in every format, named `<id>.<format>`; with `fragment`, the web
    /// page is only its body, named `<id>.fragment.html`.
    static func render(_ document: Document, id: String, formats: [OutputFormat], fragment: Bool = false,
                       with renderer: Renderer) -> Rendered {
        var rendered = Rendered()
        for format in formats {
            let name = "\(id).\(format.fileExtension)"
            switch format {
            case .html where fragment:
                rendered.files.append(Renderer.File(name: "\(id).fragment.html", data: renderer.htmlFragment(document)))
            case .pdf:
                rendered.pdf = renderer.pdfSource(document, named: name)
            case .txt, .html, .docx:
                rendered.files.append(renderer.file(document, named: name, as: format))
            }
        }
        return rendered
    }

    func write(_ files: [Renderer.File]) throws {
        for file in files {
            for warning in file.warnings { Console.error("varning: \(file.name): \(warning)") }
            do {
                try output.write(file.data, named: file.name)
            } catch {
                Console.error("fel: \(error)")
                throw ExitStatus.io.exitCode
            }
            if verbose { Console.error("skrev \(output.url.appendingPathComponent(file.name).relativePath)") }
        }
    }

    /// Converts the PDFs in one batch and writes those made; prints why any was not.
    /// Returns whether all were made; a failed write throws exit code 4.
    func writePDFs(_ sources: [PDFConverter.Source]) throws -> Bool {
        guard !sources.isEmpty else { return true }
        let converter: PDFConverter
        do {
            converter = try PDFConverter.find()
        } catch {
            Console.error("fel: \(error)")
            return false
        }
        let result = converter.convert(sources)
        try write(result.files)
        for failure in result.failures { Console.error("fel: \(failure)") }
        return result.failures.isEmpty
    }
}

import DocumentModel
import Foundation
import Rendering

/// Writes rendered files into the output folder in the given order; a failed write is
/// exit code 4 with the reason printed.
struct DocumentFiles {
    let output: OutputDirectory
    let verbose: Bool

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

    func write(_ files: [Renderer.File]) throws {
        for file in files {
            for warning in file.warnings { Console.error("varning: \(file.name): \(warning)") }
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
                throw ExitStatus.io.exitCode
            }
            if verbose { Console.error("skrev \(output.url.appendingPathComponent(file.name).relativePath)") }
        }
    }
}

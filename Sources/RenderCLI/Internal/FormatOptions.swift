import ArgumentParser
import DocumentModel
import Foundation
import Rendering

// The formats to write and the text width: shared by every command that writes documents.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Format, kommaseparerade: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
                                            valueName: "format"))
    var format: String = OutputFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: ArgumentHelp("Radbredd för textformatet, i tecken.", valueName: "tecken"))
    var width: Int = 80

    /// The formats asked for, or a usage error naming the unknown one.
    func formats() throws -> [OutputFormat] {
        guard width >= 20 else { throw ValidationError("Radbredden måste vara minst 20 tecken.") }
        switch OutputFormat.parseList(format) {
        case .success(let parsed) where !parsed.isEmpty: return parsed
        case .success: throw ValidationError("Ange minst ett format.")
        case .failure(let unknown):
            throw ValidationError("Okänt format \"\(unknown.name)\"; kända format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }
}

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
                try output.write(file.data, named: file.name)
            } catch {
                Console.error("fel: \(error)")
                throw ExitStatus.io.exitCode
            }
            if verbose { Console.error("skrev \(output.url.appendingPathComponent(file.name).relativePath)") }
        }
    }
}

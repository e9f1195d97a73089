import ArgumentParser
import DocumentModel
import Foundation
import Rendering

// What every command that writes documents is given: the formats, the text width, where
// templates are read and documents written, and how much it says.
//
// One option group, whose options declare no default values (each help names its default):
// the argument parser learns about a group, its type and every default value by asking the
// Swift runtime whether a type conforms to a protocol, and each first such question scans
// all of the program's 7 000 conformance records. Two groups and declared defaults were a
// quarter of what a one-document run costs.
struct DocumentOptions: ParsableArguments {
    static let defaultFormats = OutputFormat.allCases.map(\.rawValue).joined(separator: ",")
    static let defaultWidth = 80
    static let defaultOutput = "out"

    @Option(name: .customLong("format"),
            help: ArgumentHelp("Format, kommaseparerade: \(defaultFormats). (standard: \(defaultFormats))", valueName: "format"))
    var givenFormats: String?

    @Option(name: .customLong("width"),
            help: ArgumentHelp("Radbredd för textformatet, i tecken; 0 bryter inga rader (ett stycke per rad, för e-postprogram som bryter själva). (standard: \(defaultWidth))",
                               valueName: "tecken"))
    var givenWidth: Int?

    @Option(name: .customLong("out"), help: ArgumentHelp("Mapp som dokumenten skrivs till. (standard: \(defaultOutput))", valueName: "mapp"))
    var givenOutput: String?

    @Option(name: .long, help: ArgumentHelp(TemplateFolder.help, valueName: "mapp"))
    var templates: String?

    @Flag(name: .shortAndLong, help: "Skriv inget utom fel.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Visa varje skriven fil och alla varningar.")
    var verbose = false

    var width: Int { givenWidth ?? Self.defaultWidth }

    var out: String { givenOutput ?? Self.defaultOutput }

    /// The formats asked for, or a usage error naming the unknown one.
    func formats() throws -> [OutputFormat] {
        guard width >= 20 || width == 0 else { throw ValidationError("Radbredden måste vara minst 20 tecken, eller 0 för inga radbrytningar.") }
        switch OutputFormat.parseList(givenFormats ?? Self.defaultFormats) {
        case .success(let parsed) where !parsed.isEmpty: return parsed
        case .success: throw ValidationError("Ange minst ett format.")
        case .failure(let unknown):
            throw ValidationError("Okänt format \"\(unknown.name)\"; kända format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    /// The shared label file and templates of `formats`, or exit code 3 with the error printed.
    func loadTemplates(for formats: [OutputFormat]) throws -> Templates { try loadLooks(for: formats).shared }

    /// Every organisation's look for `formats`, or exit code 3 with the error printed.
    func loadLooks(for formats: [OutputFormat]) throws -> Looks { try TemplateFolder.looks(templates, for: formats) }

    /// The output folder, or exit code 4 with the reason printed.
    func outputDirectory() throws -> OutputDirectory { try Self.outputDirectory(out) }

    static func outputDirectory(_ path: String) throws -> OutputDirectory {
        do {
            return try OutputDirectory(URL(fileURLWithPath: path))
        } catch {
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
    }
}

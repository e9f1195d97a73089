import ArgumentParser
import DocumentModel
import Foundation
import Rendering

// Options every rendering command shares: where templates are read and documents written.
struct SharedOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Mapp som dokumenten skrivs till.", valueName: "mapp"))
    var out: String = "out"

    @Option(name: .long, help: ArgumentHelp("Mapp med mallar och etiketter.", valueName: "mapp"))
    var templates: String = "templates"

    @Flag(name: .shortAndLong, help: "Skriv inget utom fel.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Visa varje skriven fil och alla varningar.")
    var verbose = false

    /// The templates, or exit code 3 with the template error printed.
    func loadTemplates() throws -> Templates {
        do {
            return try Templates.load(from: URL(fileURLWithPath: templates))
        } catch {
            Console.error("mallfel: \(error)")
            throw ExitStatus.template.exitCode
        }
    }

    /// The output folder, or exit code 4 with the reason printed.
    func outputDirectory() throws -> OutputDirectory {
        do {
            return try OutputDirectory(URL(fileURLWithPath: out))
        } catch {
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
    }
}

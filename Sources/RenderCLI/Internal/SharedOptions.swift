import ArgumentParser
import DocumentModel
import Foundation
import PlanModel
import Rendering

// Options every rendering command shares: where templates are read and documents written.
struct SharedOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Mapp som dokumenten skrivs till.", valueName: "mapp"))
    var out: String = "out"

    @Option(name: .long, help: ArgumentHelp(TemplateFolder.help, valueName: "mapp"))
    var templates: String?

    @Flag(name: .shortAndLong, help: "Skriv inget utom fel.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Visa varje skriven fil och alla varningar.")
    var verbose = false

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

// `--datum`: the date web pages say they were made, given (or the build's
// SOURCE_DATE_EPOCH, as reproducible builds set it) so the same plans give the same pages.
struct DateOption: ParsableArguments {
    @Option(name: .customLong("datum"),
            help: ArgumentHelp("Datum som webbsidorna anger att de skapades (ÅÅÅÅ-MM-DD). Standard: SOURCE_DATE_EPOCH om den är satt, annars inget datum.",
                               valueName: "datum"))
    var given: String?

    /// `--datum`, else SOURCE_DATE_EPOCH (seconds since 1970) as a UTC date, else nil.
    var date: String? {
        if let given { return given }
        guard let epoch = getenv("SOURCE_DATE_EPOCH").flatMap({ Int(String(cString: $0)) }) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
    }

    func validate() throws {
        guard let date = given else { return }
        guard Datum(iso: date) != nil else { throw ValidationError("Datumet \"\(date)\" ska skrivas ÅÅÅÅ-MM-DD, till exempel 2022-11-21.") }
    }
}

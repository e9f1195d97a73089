import ArgumentParser
import DocumentModel
import Foundation
import Rendering

// The formats to write and the text width: shared by every command that writes documents.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Format, kommaseparerade: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
                                            valueName: "format"))
    var format: String = OutputFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: ArgumentHelp("Radbredd för textformatet, i tecken; 0 bryter inga rader (ett stycke per rad, för e-postprogram som bryter själva).", valueName: "tecken"))
    var width: Int = 80

    /// The formats asked for, or a usage error naming the unknown one.
    func formats() throws -> [OutputFormat] {
        guard width >= 20 || width == 0 else { throw ValidationError("Radbredden måste vara minst 20 tecken, eller 0 för inga radbrytningar.") }
        switch OutputFormat.parseList(format) {
        case .success(let parsed) where !parsed.isEmpty: return parsed
        case .success: throw ValidationError("Ange minst ett format.")
        case .failure(let unknown):
            throw ValidationError("Okänt format \"\(unknown.name)\"; kända format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }
}

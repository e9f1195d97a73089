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

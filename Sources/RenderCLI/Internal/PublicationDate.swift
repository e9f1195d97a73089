import ArgumentParser
import Foundation
import PlanModel

// `--datum` of `render` and `render site`: the date web pages say they were made, given (or
// the build's SOURCE_DATE_EPOCH, as reproducible builds set it) so the same plans give the
// same pages. Each command declares the option itself with this help, rather than as an
// option group, which would cost the argument parser four more conformance scans
// (`DocumentOptions`).
enum PublicationDate {
    static let help = ArgumentHelp(
        "Datum som webbsidorna anger att de skapades (ÅÅÅÅ-MM-DD). Standard: SOURCE_DATE_EPOCH om den är satt, annars inget datum.",
        valueName: "datum")

    /// A usage error when `given` is not a date written ÅÅÅÅ-MM-DD.
    static func check(_ given: String?) throws {
        guard let given else { return }
        guard Datum(iso: given) != nil else { throw ValidationError("Datumet \"\(given)\" ska skrivas ÅÅÅÅ-MM-DD, till exempel 2022-11-21.") }
    }

    /// `given`, else SOURCE_DATE_EPOCH (seconds since 1970) as a UTC date, else nil.
    static func date(_ given: String?) -> String? {
        if let given { return given }
        guard let epoch = getenv("SOURCE_DATE_EPOCH").flatMap({ Int(String(cString: $0)) }) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
    }
}

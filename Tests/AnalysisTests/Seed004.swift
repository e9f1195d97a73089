import Foundation
import Testing

/// Seed 004 (*Fördjupad analys 2021*) beside the checkout in ../shared/seeds, as extracted
/// from its PDF. Tests that read it are skipped where ../shared is absent.
enum Seed004 {
    static let katalog: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Whether the seed is there to compare with.
    static var finns: Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: katalog.path))?.contains { $0.hasPrefix("004_") } ?? false
    }

    static func text() throws -> String {
        let filer = try FileManager.default.contentsOfDirectory(atPath: katalog.path)
        let fil = try #require(filer.first { $0.hasPrefix("004_") })
        return try String(contentsOf: katalog.appendingPathComponent(fil), encoding: .utf8)
    }

    static func rader() throws -> [String] { try text().components(separatedBy: "\n") }

    /// The cells of a tab-separated table line.
    static func celler(_ rad: String) -> [String] {
        rad.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Text made comparable: Markdown emphasis and HTML tags removed, typographic quotes
    /// and dashes unified, every run of white space (the layout's non-breaking spaces
    /// too) one space.
    static func normaliserad(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        s = s.replacingOccurrences(of: "\\*\\*", with: "", options: .regularExpression)
        for (från, till) in [("”", "\""), ("“", "\""), ("–", "-"), ("—", "-"), ("\u{00A0}", " ")] {
            s = s.replacingOccurrences(of: från, with: till)
        }
        s = s.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// A table cell made comparable: normalised, words joined where the PDF broke them at
    /// a hyphen ("Ungdoms- mottagningar"), and no space before a unit ("14%" is "14 %").
    static func cell(_ text: String) -> String {
        normaliserad(text)
            .replacingOccurrences(of: "(\\p{L})- ?(\\p{Ll})", with: "$1$2", options: .regularExpression)
            .replacingOccurrences(of: " %", with: "%")
    }
}

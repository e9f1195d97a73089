import Foundation

/// The seed documents in ../shared/seeds beside the checkout, which the examples
/// reproduce. Tests that read them are skipped where ../shared is absent.
enum Seed {
    /// ../shared/seeds, resolved from this file's place in the repository.
    static let katalog: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Whether the seed documents are there to compare with.
    static var finns: Bool { FileManager.default.fileExists(atPath: katalog.path) }

    /// The text of the seed whose file name starts with `nummer` ("000"), as extracted.
    static func text(_ nummer: String) throws -> String {
        let filer = try FileManager.default.contentsOfDirectory(atPath: katalog.path)
        guard let fil = filer.first(where: { $0.hasPrefix(nummer + "_") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: katalog.appendingPathComponent(nummer).path])
        }
        return try String(contentsOf: katalog.appendingPathComponent(fil), encoding: .utf8)
    }

    /// `text` with extraction damage neutralised so phrases can be found in it: HTML
    /// tags and Markdown emphasis removed, typographic quotes and dashes unified, all runs
    /// of white space made one space.
    static func normaliserad(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        s = s.replacingOccurrences(of: "\\*\\*|\\*|\\\\", with: "", options: .regularExpression)
        for (från, till) in [("”", "\""), ("“", "\""), ("’", "'"), ("–", "-"), ("—", "-"), ("•", " ")] {
            s = s.replacingOccurrences(of: från, with: till)
        }
        s = s.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        return s.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation

/// Places in the checkout and beside it, resolved from this file's location.
enum Repository {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let templates = root.appendingPathComponent("templates")

    /// `../shared/ooxml/validate-docx` beside the checkout, or `OOXML_VALIDATE_DOCX`.
    static var validator: URL {
        if let path = ProcessInfo.processInfo.environment["OOXML_VALIDATE_DOCX"] { return URL(fileURLWithPath: path) }
        return root.deletingLastPathComponent().appendingPathComponent("shared/ooxml/validate-docx")
    }

    /// A fresh temporary folder for one test.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("docxwriter-tests-\(getpid())-\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

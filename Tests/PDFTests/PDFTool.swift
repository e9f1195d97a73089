import Foundation

/// The programs the tests read PDFs with: poppler's pdfinfo, pdffonts and pdftotext, and
/// the pip Python (`python3`, with pikepdf and pdfua) for the structure tree.
enum PDFTool {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Runs `name` (looked up on PATH) to completion; output goes through files so a
    /// large one cannot block on a full pipe.
    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// The text of pages `first`…`last` (1-based), as pdftotext lays it out.
    static func text(_ pdf: URL, pages: ClosedRange<Int>? = nil, layout: Bool = false) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if layout { arguments.append("-layout") }
        if let pages { arguments += ["-f", String(pages.lowerBound), "-l", String(pages.upperBound)] }
        return try run("pdftotext", arguments + [pdf.path, "-"]).output
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        let info = try run("pdfinfo", [pdf.path]).output
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }

    /// Text without any white space, hyphens or word joiners, to find words whatever the line breaks.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" && $0 != "\u{AD}" && $0 != "\u{2060}" }
            .map(Character.init))
    }
}

import Foundation
import PlanModel

/// Reads a Word handlingsplan (.docx) and writes it as DSL source in the house style of
/// examples/, with every guess as a Swedish comment in the source and a line in `report`.
///
/// ```swift
/// let importer = PlanImporter(file: "plan.docx", id: "minkommun")
/// let result = try importer.importera(try Data(contentsOf: URL(fileURLWithPath: "plan.docx")))
/// try result.source.write(toFile: "examples/MinKommun.swift", atomically: true, encoding: .utf8)
/// result.report.forEach { print($0) }
/// ```
public struct PlanImporter: Sendable {
    /// The file as messages name it.
    public let file: String
    public let id: String
    /// The table layout to write, when the document's own should not decide.
    public let layout: Tabellayout?

    public init(file: String, id: String? = nil, layout: Tabellayout? = nil) {
        self.file = file
        self.id = id ?? Self.id(from: file)
        self.layout = layout
    }

    /// The plan's source and the report of what was guessed.
    public func importera(_ data: Data) throws(ImportError) -> ImportResult {
        let document: WordReader.Document
        do {
            document = try WordReader.read(data)
        } catch {
            throw ImportError(file: file, message: error.message)
        }
        var recogniser = PlanRecogniser(file: file, id: id, layout: layout)
        let source = recogniser.source(document.blocks, landscape: document.landscape, header: document.header)
        guard !source.isEmpty else {
            throw ImportError(file: file, message: "dokumentet har ingen text som kan bli en handlingsplan.")
        }
        return ImportResult(source: source, report: recogniser.report)
    }

    /// "Vänersborg 2022.docx" → "vanersborg-2022".
    static func id(from file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "sv_SE")).lowercased()
        let words = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return words.isEmpty ? "plan" : words.joined(separator: "-")
    }
}

/// What `PlanImporter` made of a document.
///
/// ```swift
/// let result = try PlanImporter(file: "plan.docx").importera(data)
/// print(result.source)
/// ```
public struct ImportResult: Sendable {
    /// The plan as DSL source, ready to compile.
    public let source: String
    /// One line per guess: `plan.docx: tabell 3, rad 4: …`.
    public let report: [String]
}

/// Why a document could not be imported, in Swedish, naming the file.
///
/// ```swift
/// do { _ = try PlanImporter(file: "x.docx").importera(data) } catch { print("fel: \(error)") }
/// ```
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let message: String

    public var description: String { "\(file): \(message)" }
}

import DocumentModel
import Foundation
import PlanLayout

/// Everything communication staff edit, read from the templates folder: the label file
/// (and, per format, page templates and the reference document).
///
/// ```swift
/// let templates = try Templates.load(from: URL(fileURLWithPath: "templates"))
/// templates.labels.text(.missing)   // "Saknas"
/// ```
public struct Templates: Sendable {
    /// Where the templates were read from, as given.
    public let directory: URL
    public let labels: Labels

    public init(directory: URL, labels: Labels) {
        self.directory = directory
        self.labels = labels
    }

    /// The label file's name inside the templates folder.
    public static let labelFile = "labels.sv.yaml"

    /// Reads and checks every template file; a problem is a `TemplateError` naming the file.
    public static func load(from directory: URL) throws(TemplateError) -> Templates {
        let labels = try Labels(yaml: read(labelFile, in: directory), file: path(labelFile, in: directory))
        return Templates(directory: directory, labels: labels)
    }

    /// The file's path as messages show it.
    static func path(_ name: String, in directory: URL) -> String {
        directory.appendingPathComponent(name).relativePath
    }

    static func read(_ name: String, in directory: URL) throws(TemplateError) -> String {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TemplateError(file: path(name, in: directory), message: "Mallfilen saknas eller kan inte läsas.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: path(name, in: directory), message: "Mallfilen är inte UTF-8-text.")
        }
        return text
    }
}

import DOCXWriter
import DocumentModel
import Foundation
import HTMLWriter
import Wording

/// Everything communication staff edit, read from the templates folder: the label file
/// and, per format, page templates and the reference document (`html/`: the web page
/// frame, its partials, stylesheet and logo; `docx/reference.docx`: the Word styles,
/// cover, headers and footers).
///
/// ```swift
/// let templates = try Templates.load(from: URL(fileURLWithPath: "templates"), formats: [.txt, .docx])
/// templates.labels.text(.missing)   // "Saknas"
/// ```
///
/// Only the formats asked for are read, so rendering one Word document does not parse
/// the web templates; writing a format that was not loaded is a programming error.
public struct Templates: Sendable {
    /// Where the templates were read from, as given.
    public let directory: URL
    public let labels: Labels
    private let loadedHTML: HTMLTemplates?
    private let loadedReference: ReferenceDocument?

    public init(directory: URL, labels: Labels, html: HTMLTemplates? = nil, docxReference: ReferenceDocument? = nil) {
        self.directory = directory
        self.labels = labels
        self.loadedHTML = html
        self.loadedReference = docxReference
    }

    /// The web page templates, when the HTML format was loaded.
    public var html: HTMLTemplates {
        guard let loadedHTML else { preconditionFailure("Webbmallarna lästes inte in: ange .html bland formaten.") }
        return loadedHTML
    }

    /// The Word reference document, when the DOCX format was loaded.
    public var docxReference: ReferenceDocument {
        guard let loadedReference else { preconditionFailure("Referensdokumentet lästes inte in: ange .docx bland formaten.") }
        return loadedReference
    }

    /// The label file's name inside the templates folder.
    public static let labelFile = "labels.sv.yaml"
    /// The folder of the web page templates inside the templates folder.
    public static let htmlFolder = "html"
    /// The Word reference document's path inside the templates folder.
    public static let docxReferenceFile = "docx/reference.docx"

    /// Reads and checks the label file and the template files of `formats`; a problem is
    /// a `TemplateError` naming the file.
    public static func load(from directory: URL, formats: Set<OutputFormat> = Set(OutputFormat.allCases))
        throws(TemplateError) -> Templates {
        let labels = try Labels(yaml: read(labelFile, in: directory), file: path(labelFile, in: directory))
        let reference = formats.contains(.docx)
            ? try ReferenceDocument(data: readData(docxReferenceFile, in: directory), file: path(docxReferenceFile, in: directory))
            : nil
        let html = formats.contains(.html) ? try loadHTML(from: directory) : nil
        return Templates(directory: directory, labels: labels, html: html, docxReference: reference)
    }

    /// The page templates (`*.mustache`) and the files beside them, such as the stylesheet.
    static func loadHTML(from directory: URL) throws(TemplateError) -> HTMLTemplates {
        let folder = directory.appendingPathComponent(htmlFolder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw TemplateError(file: folder.relativePath, message: "Mappen med webbmallarna saknas eller kan inte läsas.")
        }
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for name in names where OutputDirectory.isPlainFileName(name) {
            let relative = "\(htmlFolder)/\(name)"
            if name.hasSuffix("." + HTMLTemplates.templateExtension) {
                templates[name] = try read(relative, in: directory)
            } else if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
                assets[name] = data
            }
        }
        return try HTMLTemplates(templates: templates, assets: assets, folder: folder.relativePath)
    }

    /// The file's path as messages show it.
    static func path(_ name: String, in directory: URL) -> String {
        directory.appendingPathComponent(name).relativePath
    }

    static func readData(_ name: String, in directory: URL) throws(TemplateError) -> Data {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TemplateError(file: path(name, in: directory), message: "Mallfilen saknas eller kan inte läsas.")
        }
        return data
    }

    static func read(_ name: String, in directory: URL) throws(TemplateError) -> String {
        let data = try readData(name, in: directory)
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: path(name, in: directory), message: "Mallfilen är inte UTF-8-text.")
        }
        return text
    }
}

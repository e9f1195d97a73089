import DOCXWriter
import DocumentModel
import Foundation
import HTMLWriter
import SystemFiles
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

    /// The web page templates, when the HTML format was loaded.
    public var html: HTMLTemplates {
        guard let loadedHTML else { preconditionFailure("Webbmallarna lästes inte in: ange .html bland formaten.") }
        return loadedHTML
    }

    /// Whether the web page templates were loaded.
    public var hasHTML: Bool { loadedHTML != nil }

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
        // The label file first, so that a problem in it is the one reported first. The
        // reference document comes from the cache folder in all but a first run, too quickly
        // for another thread to pay for itself.
        let labelText = try read(labelFile, in: directory)
        let labels = try Labels(yaml: labelText, file: path(labelFile, in: directory))
        var referenceData: Data?
        var reference: ReferenceDocument?
        if formats.contains(.docx) || formats.contains(.pdf) {
            let data = try readData(docxReferenceFile, in: directory)
            referenceData = data
            reference = try ReferenceDocument(data: data, file: path(docxReferenceFile, in: directory))
        }
        var html: HTMLSources?
        if formats.contains(.html) {
            html = try HTMLSources(from: directory)
            guard html != nil else {
                let folder = directory.appendingPathComponent(htmlFolder)
                throw TemplateError(file: folder.relativePath, message: "Mappen med webbmallarna saknas.")
            }
        }
        return try Templates(directory: directory, labels: labels, sources: Sources(labels: labelText, reference: referenceData, html: html),
                             docxReference: reference, checkedHTML: nil)
    }

    /// These templates with the files of `directory` in place of theirs, file by file: a
    /// label file there replaces only the entries it has, `html/` only the files it has,
    /// `docx/reference.docx` the whole reference document. An organisation's look
    /// (`templates/<id>/`) and a package's own `templates/` over the defaults are read so.
    /// A file the same, byte for byte, as the one it replaces is not read and checked again.
    ///
    /// ```swift
    /// let vänersborg = try shared.overridden(by: URL(fileURLWithPath: "templates/vanersborg"), formats: [.html])
    /// ```
    public func overridden(by directory: URL, formats: Set<OutputFormat> = Set(OutputFormat.allCases))
        throws(TemplateError) -> Templates {
        let manager = FileManager.default
        var labels = self.labels
        var sources = self.sources
        if manager.fileExists(atPath: directory.appendingPathComponent(Self.labelFile).path) {
            let text = try Self.read(Self.labelFile, in: directory)
            if text != sources.labels {
                labels = try labels.overridden(by: text, file: Self.path(Self.labelFile, in: directory))
                sources.labels = text
            }
        }
        var reference = loadedReference
        if formats.contains(.docx) || formats.contains(.pdf),
           manager.fileExists(atPath: directory.appendingPathComponent(Self.docxReferenceFile).path) {
            let data = try Self.readData(Self.docxReferenceFile, in: directory)
            if data != sources.reference {
                reference = try ReferenceDocument(data: data, file: Self.path(Self.docxReferenceFile, in: directory))
                sources.reference = data
            }
        }
        var checkedHTML: HTMLTemplates?
        if formats.contains(.html), let own = try HTMLSources(from: directory) {
            let merged = HTMLSources(templates: (sources.html?.templates ?? [:]).merging(own.templates) { _, own in own },
                                     assets: (sources.html?.assets ?? [:]).merging(own.assets) { _, own in own }, folder: own.folder)
            // Files the same as those already checked need no second check.
            if merged.templates == sources.html?.templates && merged.assets == sources.html?.assets { checkedHTML = loadedHTML }
            sources.html = merged
        } else {
            checkedHTML = loadedHTML
        }
        return try Templates(directory: directory, labels: labels, sources: sources, docxReference: reference,
                             checkedHTML: checkedHTML)
    }

    private let sources: Sources

    /// `checkedHTML`: the web templates already made from `sources.html`, if they were.
    private init(directory: URL, labels: Labels, sources: Sources, docxReference: ReferenceDocument?,
                 checkedHTML: HTMLTemplates?) throws(TemplateError) {
        self.directory = directory
        self.labels = labels
        self.sources = sources
        if let checkedHTML {
            self.loadedHTML = checkedHTML
        } else {
            self.loadedHTML = try sources.html.map { html throws(TemplateError) in
                try HTMLTemplates(templates: html.templates, assets: html.assets, folder: html.folder)
            }
        }
        self.loadedReference = docxReference
    }

    // The bytes the templates were made from, so that a folder over them with the same
    // files costs reading those files only.
    private struct Sources: Sendable {
        var labels: String
        var reference: Data?
        var html: HTMLSources?
    }

    // The text of the page templates (`*.mustache`) and the files beside them, such as the
    // stylesheet, as read from one folder or merged from several.
    private struct HTMLSources: Sendable {
        var templates: [String: String]
        var assets: [String: Data]
        var folder: String

        init(templates: [String: String], assets: [String: Data], folder: String) {
            self.templates = templates
            self.assets = assets
            self.folder = folder
        }

        /// The files of `directory/html/`, nil when there is no such folder. Notes and
        /// backups staff leave there (README, `*~`, `*.bak`, `*.orig`) are not templates and
        /// are not copied beside the pages.
        init?(from directory: URL) throws(TemplateError) {
            let folder = directory.appendingPathComponent(Templates.htmlFolder)
            let listed: [String]?
            do {
                listed = try FileReader.names(inFolder: folder.path)
            } catch {
                throw TemplateError(file: folder.relativePath, message: "Mappen med webbmallarna kan inte läsas: \(error.reason).")
            }
            guard let names = listed else { return nil }
            templates = [:]
            assets = [:]
            self.folder = folder.relativePath
            for name in names where OutputDirectory.isPlainFileName(name) && !Self.isNote(name) {
                let relative = "\(Templates.htmlFolder)/\(name)"
                if name.hasSuffix("." + HTMLTemplates.templateExtension) {
                    templates[name] = try Templates.read(relative, in: directory)
                } else if let data = try Templates.readAsset(relative, in: directory) {
                    assets[name] = data
                }
            }
        }

        /// Whether the file is a note or a backup rather than part of the pages.
        static func isNote(_ name: String) -> Bool {
            name.uppercased().hasPrefix("README") || name.hasSuffix("~")
                || [".bak", ".orig", ".tmp", ".swp"].contains { name.lowercased().hasSuffix($0) }
        }
    }

    /// The file's path as messages show it.
    static func path(_ name: String, in directory: URL) -> String {
        directory.appendingPathComponent(name).relativePath
    }

    static func readData(_ name: String, in directory: URL) throws(TemplateError) -> Data {
        do {
            return try FileReader.contents(of: directory.appendingPathComponent(name).path)
        } catch {
            throw TemplateError(file: path(name, in: directory),
                                message: error.code == ENOENT ? "Mallfilen saknas." : "Mallfilen kan inte läsas: \(error.reason).")
        }
    }

    /// A file beside the page templates, nil for a folder there (pages copy files only).
    static func readAsset(_ name: String, in directory: URL) throws(TemplateError) -> Data? {
        do {
            return try FileReader.contents(of: directory.appendingPathComponent(name).path)
        } catch where error.code == EISDIR {
            return nil
        } catch {
            throw TemplateError(file: path(name, in: directory), message: "Filen kan inte läsas, så den kan inte följa med sidorna: \(error.reason).")
        }
    }

    static func read(_ name: String, in directory: URL) throws(TemplateError) -> String {
        let data = try readData(name, in: directory)
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: path(name, in: directory), message: "Mallfilen är inte UTF-8-text.")
        }
        return text
    }
}

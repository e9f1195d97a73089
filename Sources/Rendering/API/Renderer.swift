import AnalysisLayout
import AnalysisModel
import DOCXWriter
import DocumentModel
import Foundation
import HTMLWriter
import PlanAnalysis
import PlanLayout
import PlanModel
import SiteLayout
import TextWriter

/// Turns plans into document files: layout once, then each requested writer. Pure: it
/// returns bytes and leaves writing them to `OutputDirectory`.
///
/// ```swift
/// let renderer = Renderer(templates: templates, date: "2022-11-21")
/// let data = try renderer.render(plan, as: .txt)
/// for file in renderer.site(plans: plans, regionalGoals: RegionaltMål.barnOchUnga) { … }
/// ```
public struct Renderer: Sendable {
    public let templates: Templates
    /// Line width of plain text.
    public let textWidth: Int
    /// The generation date web pages show (ISO). Nil: a page shows its document's latest
    /// revision and the site the latest of all plans', so output never depends on the clock.
    public let date: String?

    public init(templates: Templates, textWidth: Int = 80, date: String? = nil) {
        self.templates = templates
        self.textWidth = textWidth
        self.date = date
    }

    /// A file to write: its plain name, its bytes, and what its writer had to change.
    public struct File: Sendable {
        public let name: String
        public let data: Data
        /// In Swedish, for the command line to print (a character a Word file cannot hold, say).
        public let warnings: [String]
        /// Why the file could not be made, in Swedish; then `data` is empty and must not be written.
        public let failure: String?

        public init(name: String, data: Data, warnings: [String] = [], failure: String? = nil) {
            self.name = name
            self.data = data
            self.warnings = warnings
            self.failure = failure
        }
    }

    /// A file could not be made (a Word file, when libzip or libxml2 fails).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The plan's document tree.
    public func document(for plan: Handlingsplan) -> Document {
        HandlingsplanLayout(labels: templates.labels).document(for: plan)
    }

    /// The plan in one format.
    public func render(_ plan: Handlingsplan, as format: OutputFormat) throws -> Data {
        try write(document(for: plan), as: format)
    }

    /// The analysis report's document tree.
    public func document(for rapport: Analysrapport) -> Document {
        AnalysrapportLayout(labels: templates.labels).document(for: rapport)
    }

    /// The analysis report in one format.
    public func render(_ rapport: Analysrapport, as format: OutputFormat) throws -> Data {
        try write(document(for: rapport), as: format)
    }

    /// The document of the analysis the order asks for, computed from its plans.
    public func document(for uppdrag: Analysuppdrag) -> Document {
        document(for: Planalys(uppdrag).rapport(labels: templates.labels))
    }

    /// A document in one format.
    public func write(_ document: Document, as format: OutputFormat) throws(Failure) -> Data {
        let file = file(document, named: "", as: format)
        if let failure = file.failure { throw Failure(message: failure) }
        return file.data
    }

    /// A document in one format as the file `name`, with the warnings of writing it.
    public func file(_ document: Document, named name: String, as format: OutputFormat) -> File {
        switch format {
        case .txt: return File(name: name, data: Data(TextWriter(width: textWidth).write(document).utf8))
        case .html:
            let settings = PageSettings(date: date ?? document.metadata.modified, kind: .plan)
            return File(name: name, data: Data(templates.html.page(document, settings: settings).utf8))
        case .docx:
            do {
                let output = try DOCXWriter(reference: templates.docxReference, injectedFault: TestFault.docx).package(document)
                return File(name: name, data: output.data, warnings: output.warnings.map(\.message))
            } catch {
                return File(name: name, data: Data(), failure: error.message)
            }
        }
    }

    /// A web page's body alone, for pasting into a content-management system.
    public func htmlFragment(_ document: Document) -> Data {
        Data(HTMLWriter().fragment(document).utf8)
    }

    /// The files a format's documents refer to, written once beside them (the web
    /// pages' stylesheet and logo).
    public func assets(for format: OutputFormat) -> [File] {
        switch format {
        case .txt, .docx: return []
        case .html: return templates.html.assets.map { File(name: $0.name, data: $0.data) }
        }
    }

    /// The regional site: every page, then the stylesheet and logo, all for one folder.
    public func site(plans: [Handlingsplan], regionalGoals: [RegionaltMål]) -> [File] {
        let siteDate = date ?? plans.compactMap(\.senastÄndrad).max()?.iso
        let pages = RegionalSiteLayout(labels: templates.labels).pages(plans: plans, regionalGoals: regionalGoals)
        return pages.map { page in
            let settings = PageSettings(date: siteDate, kind: kind(of: page), startPage: RegionalSiteLayout.startPage)
            return File(name: page.fileName, data: Data(templates.html.page(page.document, settings: settings).utf8))
        } + assets(for: .html)
    }

    private func kind(of page: SitePage) -> PageKind {
        switch page.kind {
        case .start: return .start
        case .plan: return .plan
        case .regionalGoal: return .regionalGoal
        case .focusArea: return .focusArea
        }
    }
}

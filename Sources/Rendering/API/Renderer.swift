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
    /// The date web pages say they were made (ISO): `--datum` or the build's
    /// `SOURCE_DATE_EPOCH`. Nil: pages give no such date (never the clock, so output stays
    /// reproducible, and never a plan's revision passed off as the page's date).
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

        public init(name: String, data: Data, warnings: [String] = []) {
            self.name = name
            self.data = data
            self.warnings = warnings
        }
    }

    /// The plan's document tree.
    public func document(for plan: Handlingsplan) -> Document {
        HandlingsplanLayout(labels: templates.labels).document(for: plan)
    }

    /// The plan in one format.
    public func render(_ plan: Handlingsplan, as format: OutputFormat) throws -> Data {
        write(document(for: plan), as: format)
    }

    /// The analysis report's document tree.
    public func document(for rapport: Analysrapport) -> Document {
        AnalysrapportLayout(labels: templates.labels).document(for: rapport)
    }

    /// The analysis report in one format.
    public func render(_ rapport: Analysrapport, as format: OutputFormat) throws -> Data {
        write(document(for: rapport), as: format)
    }

    /// The document of the analysis the order asks for, computed from its plans.
    public func document(for uppdrag: Analysuppdrag) -> Document {
        document(for: Planalys(uppdrag).rapport(labels: templates.labels))
    }

    /// A document in one format.
    public func write(_ document: Document, as format: OutputFormat) -> Data {
        file(document, named: "", as: format).data
    }

    /// A document in one format as the file `name`, with the warnings of writing it.
    public func file(_ document: Document, named name: String, as format: OutputFormat) -> File {
        switch format {
        case .txt: return File(name: name, data: Data(TextWriter(width: textWidth).write(document).utf8))
        case .html:
            let settings = PageSettings(date: date, kind: .plan)
            return File(name: name, data: Data(templates.html.page(document, settings: settings).utf8))
        case .docx:
            let output = DOCXWriter(reference: templates.docxReference).package(document)
            return File(name: name, data: output.data, warnings: output.warnings.map(\.message))
        }
    }

    /// A web page's body alone, for pasting into a content-management system.
    public func htmlFragment(_ document: Document) -> Data {
        Data(HTMLWriter().fragment(document).utf8)
    }

    /// The files a format's documents refer to, written once beside them (the web
    /// pages' stylesheet and logo; the search script only on a site with search).
    public func assets(for format: OutputFormat, search: Bool = false) -> [File] {
        switch format {
        case .txt, .docx: return []
        case .html:
            return templates.html.assets.filter { search || $0.name != HTMLTemplates.searchScript }
                .map { File(name: $0.name, data: $0.data) }
        }
    }

    /// The regional site: every page, then the stylesheet and logo, all for one folder.
    /// With `search`, every page has the search field for the index `SiteSearch` builds.
    public func site(plans: [Handlingsplan], regionalGoals: [RegionaltMål], search: Bool = false) -> [File] {
        let pages = RegionalSiteLayout(labels: templates.labels).pages(plans: plans, regionalGoals: regionalGoals)
        return pages.map { page in
            let settings = PageSettings(date: date, kind: kind(of: page), startPage: RegionalSiteLayout.startPage,
                                        search: search)
            return File(name: page.fileName, data: Data(templates.html.page(page.document, settings: settings).utf8))
        } + assets(for: .html, search: search)
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

import AnalysisLayout
import AnalysisModel
import DOCXWriter
import DocumentModel
import Foundation
import HTMLWriter
import Hyphenation
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
            let settings = PageSettings(date: date ?? document.metadata.modified, kind: .plan)
            let (paged, warnings) = Self.paged(document, portrait: .screen, landscape: .screen)
            return File(name: name, data: Data(templates.html.page(paged, settings: settings).utf8), warnings: warnings)
        case .docx:
            let (paged, warnings) = Self.paged(document, portrait: .portrait, landscape: .landscape)
            let output = DOCXWriter(reference: templates.docxReference).package(paged)
            return File(name: name, data: output.data, warnings: warnings + output.warnings.map(\.message))
        }
    }

    /// The document prepared for pages of a fixed width: soft hyphens in table cells, then
    /// column widths from the content for the width of each section's pages (a web page's
    /// column is as wide for every table). Without the Swedish dictionary the
    /// files are still written, and the first of them carries the warning.
    private static func paged(_ document: Document, portrait: TableWidths, landscape: TableWidths) -> (Document, [String]) {
        switch Hyphenator.swedish {
        case .success(let hyphenator):
            return (TableWidths.apply(to: SoftHyphens(hyphenator).apply(to: document), portrait: portrait, landscape: landscape), [])
        case .failure(let error):
            return (TableWidths.apply(to: document, portrait: portrait, landscape: landscape), HyphenationWarning.once(error.message))
        }
    }

    /// A web page's body alone, for pasting into a content-management system: its tables
    /// hyphenated and fitted as on the page (without the dictionary, as they are).
    public func htmlFragment(_ document: Document) -> Data {
        Data(HTMLWriter().fragment(Self.paged(document, portrait: .screen, landscape: .screen).0).utf8)
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
            let (paged, warnings) = Self.paged(page.document, portrait: .screen, landscape: .screen)
            return File(name: page.fileName, data: Data(templates.html.page(paged, settings: settings).utf8), warnings: warnings)
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

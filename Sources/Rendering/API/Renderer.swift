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
    /// For `.pdf` this is the Word document the PDF is made from: see `pdfSource`.
    public func file(_ document: Document, named name: String, as format: OutputFormat) -> File {
        writer(for: format).file(document, named: name)
    }

    /// The writer of a format. PDF has none of its own: it is made from the DOCX by
    /// `PDFConverter`, for a whole batch at once, so its writer is the DOCX writer.
    public func writer(for format: OutputFormat) -> any DocumentWriter {
        switch format {
        case .txt: return TextDocumentWriter(width: textWidth)
        case .html: return HTMLPageWriter(templates: templates.html, date: date)
        case .docx, .pdf: return DOCXDocumentWriter(reference: templates.docxReference)
        }
    }

    /// What `PDFConverter` needs to make the PDF `name` of a document: its Word file and
    /// the metadata the PDF's properties carry.
    public func pdfSource(_ document: Document, named name: String) -> PDFConverter.Source {
        let docx = file(document, named: name, as: .docx)
        return PDFConverter.Source(name: name, docx: docx.data, metadata: document.metadata, warnings: docx.warnings)
    }

    /// The document prepared for pages of a fixed width: soft hyphens in table cells, then
    /// column widths from the content for the width of each section's pages (a web page's
    /// column is as wide for every table). Without the Swedish dictionary the
    /// files are still written, and the first of them carries the warning.
    static func paged(_ document: Document, portrait: TableWidths, landscape: TableWidths) -> (Document, [String]) {
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
    /// pages' stylesheet and logo; the search script only on a site with search).
    public func assets(for format: OutputFormat, search: Bool = false) -> [File] {
        switch format {
        case .txt, .docx, .pdf: return []
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
            let (paged, warnings) = Self.paged(page.document, portrait: .screen, landscape: .screen)
            return File(name: page.fileName, data: Data(templates.html.page(paged, settings: settings).utf8), warnings: warnings)
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

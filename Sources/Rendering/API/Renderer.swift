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
    /// Every organisation's look, when the renderer was made from them.
    private var looks: Looks?
    /// Where this renderer's web pages find their stylesheet and logo ("" or "vanersborg/").
    private var assetFolder = ""

    public init(templates: Templates, textWidth: Int = 80, date: String? = nil) {
        self.templates = templates
        self.textWidth = textWidth
        self.date = date
    }

    /// A renderer over every organisation's look: plans render in their own with
    /// `look(of:)`, everything else in the shared templates.
    public init(looks: Looks, textWidth: Int = 80, date: String? = nil) {
        self.init(templates: looks.shared, textWidth: textWidth, date: date)
        self.looks = looks
    }

    /// The renderer for the plan's organisation: its look's labels, logo, stylesheet and
    /// reference document, with the same settings.
    public func look(of plan: Handlingsplan) -> Renderer {
        guard let looks else { return self }
        var renderer = Renderer(templates: looks.templates(for: plan), textWidth: textWidth, date: date)
        renderer.looks = looks
        renderer.assetFolder = looks.assetFolder(for: plan)
        return renderer
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
    /// For `.pdf` this is the Word document the PDF is made from: see `pdfSource`. Handed
    /// the only reference to the document (`consume`), the writer prepares it in place.
    public func file(_ document: consuming Document, named name: String, as format: OutputFormat) -> File {
        writer(for: format).file(consume document, named: name)
    }

    /// The writer of a format. PDF has none of its own: it is made from the DOCX by
    /// `PDFConverter`, for a whole batch at once, so its writer is the DOCX writer.
    public func writer(for format: OutputFormat) -> any DocumentWriter {
        switch format {
        case .txt: return TextDocumentWriter(width: textWidth)
        case .html: return HTMLPageWriter(templates: templates.html, date: date, assetFolder: assetFolder)
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
    /// column is as wide for every table), in one walk over its tables. Without the Swedish
    /// dictionary the files are still written, and the first of them carries the warning.
    /// A document passed on (`consume`) is changed in place and costs no second tree.
    static func paged(_ document: consuming Document, portrait: TableWidths, landscape: TableWidths) -> (Document, [String]) {
        var paged = consume document
        switch Hyphenator.swedish {
        case .success(let hyphenator):
            let hyphens = SoftHyphens(hyphenator)
            TableWidths.apply(to: &paged, portrait: portrait, landscape: landscape, preparing: hyphens.prepare)
            return (paged, [])
        case .failure(let error):
            TableWidths.apply(to: &paged, portrait: portrait, landscape: landscape)
            return (paged, HyphenationWarning.once(error.message))
        }
    }

    /// A web page's body alone, for pasting into a content-management system: its tables
    /// hyphenated and fitted as on the page (without the dictionary, as they are).
    public func htmlFragment(_ document: Document) -> Data {
        HTMLWriter().fragmentData(Self.paged(document, portrait: .screen, landscape: .screen).0)
    }

    /// The files a format's documents refer to, written once beside them (the web
    /// pages' stylesheet and logo, and the plans' organisations' own in their folders; the
    /// search script only on a site with search).
    public func assets(for format: OutputFormat, plans: [Handlingsplan] = [], search: Bool = false) -> [File] {
        if let looks { return looks.assets(for: format, plans: plans, search: search) }
        switch format {
        case .txt, .docx, .pdf: return []
        case .html:
            return templates.html.assets.filter { search || $0.name != HTMLTemplates.searchScript }
                .map { File(name: $0.name, data: $0.data) }
        }
    }

    /// The regional site: every page, then the stylesheet and logo, all for one folder.
    /// Each plan's page has its organisation's look and words; the site's own pages the shared ones,
    /// naming the plans' region when the look has no logo. With `search`, every page has
    /// the search field for the index `SiteSearch` builds.
    public func site(plans: [Handlingsplan], regionalGoals: [RegionaltMål], search: Bool = false) -> [File] {
        let looks = plans.map(look(of:))
        let labels = Dictionary(zip(plans.map(\.id), looks.map(\.templates.labels)), uniquingKeysWith: { first, _ in first })
        let pages = RegionalSiteLayout(labels: templates.labels).pages(plans: plans, regionalGoals: regionalGoals,
                                                                       planLabels: { labels[$0.id] ?? templates.labels })
        let regions = Set(plans.map(\.region))
        let regionName = regions.count == 1 ? regions.first!?.namn : nil
        var planLooks = looks.makeIterator()
        return pages.map { page in
            let renderer = page.kind == .plan ? planLooks.next() ?? self : self
            let settings = PageSettings(date: date, kind: kind(of: page), startPage: RegionalSiteLayout.startPage,
                                        search: search, assetFolder: renderer.assetFolder,
                                        organisation: page.kind == .plan ? nil : regionName)
            let (paged, warnings) = Self.paged(page.document, portrait: .screen, landscape: .screen)
            return File(name: page.fileName, data: renderer.templates.html.pageData(paged, settings: settings), warnings: warnings)
        } + assets(for: .html, plans: plans, search: search)
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

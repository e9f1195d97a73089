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
            let settings = PageSettings(date: date ?? document.metadata.modified, kind: .plan, assetFolder: assetFolder)
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
    /// pages' stylesheet and logo, and the plans' organisations' own in their folders).
    public func assets(for format: OutputFormat, plans: [Handlingsplan] = []) -> [File] {
        if let looks { return looks.assets(for: format, plans: plans) }
        switch format {
        case .txt, .docx: return []
        case .html: return templates.html.assets.map { File(name: $0.name, data: $0.data) }
        }
    }

    /// The regional site: every page, then the stylesheet and logo, all for one folder.
    /// Each plan's page has its organisation's look; the site's own pages the shared one,
    /// naming the plans' region when the look has no logo.
    public func site(plans: [Handlingsplan], regionalGoals: [RegionaltMål]) -> [File] {
        let siteDate = date ?? plans.compactMap(\.senastÄndrad).max()?.iso
        let pages = RegionalSiteLayout(labels: templates.labels).pages(plans: plans, regionalGoals: regionalGoals)
        let regions = Set(plans.map(\.region))
        let regionName = regions.count == 1 ? regions.first!?.namn : nil
        var planLooks = plans.map(look(of:)).makeIterator()
        return pages.map { page in
            let renderer = page.kind == .plan ? planLooks.next() ?? self : self
            let settings = PageSettings(date: siteDate, kind: kind(of: page), startPage: RegionalSiteLayout.startPage,
                                        assetFolder: renderer.assetFolder, organisation: page.kind == .plan ? nil : regionName)
            return File(name: page.fileName, data: Data(renderer.templates.html.page(page.document, settings: settings).utf8))
        } + assets(for: .html, plans: plans)
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

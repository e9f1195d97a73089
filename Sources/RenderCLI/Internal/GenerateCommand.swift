import AnalysisModel
import ArgumentParser
import DocumentModel
import Foundation
import PlanModel
import Rendering

// `render [<id>…] [--format …] [--out …]`: the process leader's main job.
struct GenerateCommand: ParsableCommand {
    // Named as a pseudo-command of `render` (`_superCommandName`), which only matters where
    // it is parsed as the root: a plain run (`RenderCLI.plainRun`). There it spares the
    // parser's check for `--generate-completion-script`, which builds and fails two more
    // parsers (a third of what parsing a plain run costs); such a run falls back to the
    // whole tree, which checks for it. Help and messages come from the tree, whose root is
    // `RenderCommand`, so they are unchanged.
    static let configuration = CommandConfiguration(
        commandName: "generera",
        _superCommandName: "render",
        abstract: "Skriv planernas och rapporternas dokument (standard när inget underkommando anges).",
        discussion: "Filerna heter OUT/<id>.<format>; webbsidornas stilmall och logotyp skrivs bredvid dem. "
            + "Planer med fel skrivs inte; övriga skrivs ändå och slutkoden blir 1.\n\n"
            + ExitStatus.helpText)

    @Argument(help: ArgumentHelp("Planernas och rapporternas id (se `render list`). Utan id: alla.", valueName: "id"))
    var ids: [String] = []

    @OptionGroup var options: DocumentOptions

    @Flag(name: .long, help: "Skriv bara webbsidans innehåll, utan sidram, som OUT/<id>.fragment.html för att klistra in i en webbpublicering.")
    var fragment = false

    @Option(name: .customLong("datum"), help: PublicationDate.help)
    var datum: String?

    func validate() throws { try PublicationDate.check(datum) }

    func run() throws {
        try Catalog.shared.requireUniqueIds(relativeTo: FileManager.default.currentDirectoryPath)
        let formats = try options.formats()
        let selection = try Catalog.shared.selectDocuments(ids)
        let looks = try TemplateFolder.looks(options.templates, for: formats)
        try TemplateFolder.checkFolders(of: selection.plans, in: looks)
        let renderer = Renderer(looks: looks, textWidth: options.width, date: PublicationDate.date(datum))
        let files = DocumentFiles(output: try options.outputDirectory(), verbose: options.verbose)
        let cwd = FileManager.default.currentDirectoryPath
        let plans = selection.plans
        let reports = selection.reports.map(Report.written) + selection.analyses.map(Report.derived)
        let progress = Progress(total: plans.count + reports.count, quiet: options.quiet)

        // Plans and reports are laid out and written in parallel; files are written in
        // catalogue order afterwards, so the result is the same as a sequential run.
        let results = parallelMap(plans) { plan -> PlanResult in
            defer { progress.advance(plan.id) }
            let diagnostics = plan.validera()
            guard !diagnostics.contains(where: { $0.allvarlighet == .fel }) else { return PlanResult(diagnostics: diagnostics) }
            let own = renderer.look(of: plan)
            return PlanResult(diagnostics: diagnostics, rendered: DocumentFiles.render(
                own.document(for: plan), id: plan.id, formats: formats, fragment: fragment, with: own))
        }
        let reportResults = parallelMap(reports) { report -> DocumentFiles.Rendered in
            defer { progress.advance(report.id) }
            return DocumentFiles.render(report.document(renderer), id: report.id, formats: formats, fragment: fragment,
                                        with: renderer)
        }
        progress.finish()

        var failed: [String] = []
        var pdfs: [PDFConverter.Source] = []
        for (plan, result) in zip(plans, results) {
            let errors = result.diagnostics.filter { $0.allvarlighet == .fel }
            for diagnostic in options.verbose ? result.diagnostics : errors {
                Console.error(diagnostic.text(relativTill: cwd))
            }
            guard errors.isEmpty else {
                failed.append(plan.id)
                continue
            }
            files.write(result.rendered.files)
            pdfs += [result.rendered.pdf].compactMap { $0 }
        }
        for report in reportResults {
            files.write(report.files)
            pdfs += [report.pdf].compactMap { $0 }
        }
        if failed.count < plans.count || !reports.isEmpty {
            for format in formats where !(format == .html && fragment) {
                files.write(renderer.assets(for: format, plans: plans))
            }
        }
        // Last, so every other format is written even where LibreOffice is missing or fails.
        files.writePDFs(pdfs)
        try files.finish()
        if !failed.isEmpty {
            Console.error("\(failed.count) plan(er) har fel och skrevs inte: \(failed.joined(separator: ", ")). Kör `render validate`.")
            throw ExitStatus.invalidPlan.exitCode
        }
        if !options.quiet {
            Console.error("Klart: \(plans.count - failed.count) plan(er)"
                + (reports.isEmpty ? "" : " och \(reports.count) rapport(er)") + " i \(formats.count) format till \(options.out)/.")
        }
    }
}

// What rendering one plan gave: its diagnostics and, when it has no errors, its files.
private struct PlanResult: Sendable {
    var diagnostics: [Diagnos]
    var rendered = DocumentFiles.Rendered()
}

// A report to write: one written in the DSL, or one derived from plans.
private enum Report: Sendable {
    case written(Analysrapport)
    case derived(Analysuppdrag)

    var id: String {
        switch self {
        case .written(let rapport): return rapport.id
        case .derived(let uppdrag): return uppdrag.id
        }
    }

    func document(_ renderer: Renderer) -> Document {
        switch self {
        case .written(let rapport): return renderer.document(for: rapport)
        case .derived(let uppdrag): return renderer.document(for: uppdrag)
        }
    }
}

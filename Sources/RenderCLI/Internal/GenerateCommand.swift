import ArgumentParser
import Foundation
import PlanModel
import Rendering

// `render [<id>…] [--format …] [--out …]`: the process leader's main job.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generera",
        abstract: "Skriv planernas dokument (standard när inget underkommando anges).",
        discussion: "Filerna heter OUT/<id>.<format>. Planer med fel skrivs inte; övriga skrivs ändå och slutkoden blir 1.\n\n"
            + ExitStatus.helpText)

    @Argument(help: ArgumentHelp("Planernas och rapporternas id (se `render list`). Utan id: alla.", valueName: "id"))
    var ids: [String] = []

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var options: SharedOptions

    func run() throws {
        let formats = try formatOptions.formats()
        let selection = try Catalog.shared.selectDocuments(ids)
        let renderer = Renderer(templates: try options.loadTemplates(), textWidth: formatOptions.width)
        let files = DocumentFiles(output: try options.outputDirectory(), formats: formats, verbose: options.verbose)
        let cwd = FileManager.default.currentDirectoryPath
        let total = selection.plans.count + selection.reports.count + selection.analyses.count

        var failed: [String] = []
        for (index, plan) in selection.plans.enumerated() {
            if !options.quiet { Console.progress(index + 1, of: total, plan.id) }
            let diagnostics = plan.validera()
            let errors = diagnostics.filter { $0.allvarlighet == .fel }
            let shown = options.verbose ? diagnostics : errors
            if !shown.isEmpty { Console.endProgress() }
            for diagnostic in shown { Console.error(diagnostic.text(relativTill: cwd)) }
            guard errors.isEmpty else {
                failed.append(plan.id)
                continue
            }
            try files.write(plan.id) { try renderer.render(plan, as: $0) }
        }
        var done = selection.plans.count
        for rapport in selection.reports {
            done += 1
            if !options.quiet { Console.progress(done, of: total, rapport.id) }
            try files.write(rapport.id) { try renderer.render(rapport, as: $0) }
        }
        if !options.quiet { Console.endProgress() }
        if !failed.isEmpty {
            Console.error("\(failed.count) plan(er) har fel och skrevs inte: \(failed.joined(separator: ", ")). Kör `render validate`.")
            throw ExitStatus.invalidPlan.exitCode
        }
        if !options.quiet {
            let reports = selection.reports.count + selection.analyses.count
            Console.error("Klart: \(selection.plans.count - failed.count) plan(er)"
                + (reports > 0 ? " och \(reports) rapport(er)" : "") + " i \(formats.count) format till \(options.out)/.")
        }
    }
}

import ArgumentParser
import Foundation
import PlanModel
import Rendering

// `render [<id>…] [--format …] [--out …]`: the process leader's main job.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generera",
        abstract: "Skriv planernas dokument (standard när inget underkommando anges).",
        discussion: "Filerna heter OUT/<id>.<format>; webbsidornas stilmall och logotyp skrivs bredvid dem. "
            + "Planer med fel skrivs inte; övriga skrivs ändå och slutkoden blir 1.\n\n"
            + ExitStatus.helpText)

    @Argument(help: ArgumentHelp("Planernas id (se `render list`). Utan id: alla planer.", valueName: "id"))
    var ids: [String] = []

    @Option(name: .long, help: ArgumentHelp("Format, kommaseparerade: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
                                            valueName: "format"))
    var format: String = OutputFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: ArgumentHelp("Radbredd för textformatet, i tecken.", valueName: "tecken"))
    var width: Int = 80

    @Flag(name: .long, help: "Skriv bara webbsidans innehåll, utan sidram, som OUT/<id>.fragment.html för att klistra in i en webbpublicering.")
    var fragment = false

    @OptionGroup var date: DateOption

    @OptionGroup var options: SharedOptions

    func run() async throws {
        let formats: [OutputFormat]
        switch OutputFormat.parseList(format) {
        case .success(let parsed) where !parsed.isEmpty: formats = parsed
        case .success: throw ValidationError("Ange minst ett format.")
        case .failure(let unknown):
            throw ValidationError("Okänt format \"\(unknown.name)\"; kända format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard width >= 20 else { throw ValidationError("Radbredden måste vara minst 20 tecken.") }
        let plans = try Catalog.shared.select(ids)
        let renderer = Renderer(templates: try options.loadTemplates(), textWidth: width, date: date.date)
        let output = try options.outputDirectory()
        let cwd = FileManager.default.currentDirectoryPath
        let progress = Progress(total: plans.count, quiet: options.quiet)

        // Plans are laid out and written in parallel; files are written in plan order
        // afterwards, so the result is the same as a sequential run.
        let results = await parallelMap(plans) { plan -> PlanResult in
            defer { progress.advance(plan.id) }
            let diagnostics = plan.validera()
            guard !diagnostics.contains(where: { $0.allvarlighet == .fel }) else { return PlanResult(diagnostics: diagnostics) }
            let document = renderer.document(for: plan)
            return PlanResult(diagnostics: diagnostics, files: formats.map { format in
                format == .html && fragment
                    ? ("\(plan.id).fragment.html", renderer.htmlFragment(document))
                    : ("\(plan.id).\(format.fileExtension)", renderer.write(document, as: format))
            })
        }
        progress.finish()

        var failed: [String] = []
        for (plan, result) in zip(plans, results) {
            let errors = result.diagnostics.filter { $0.allvarlighet == .fel }
            for diagnostic in options.verbose ? result.diagnostics : errors {
                Console.error(diagnostic.text(relativTill: cwd))
            }
            guard errors.isEmpty else {
                failed.append(plan.id)
                continue
            }
            for (name, data) in result.files { try write(data, named: name, to: output) }
        }
        if failed.count < plans.count {
            for format in formats where !(format == .html && fragment) {
                for asset in renderer.assets(for: format) { try write(asset.data, named: asset.name, to: output) }
            }
        }
        if !failed.isEmpty {
            Console.error("\(failed.count) plan(er) har fel och skrevs inte: \(failed.joined(separator: ", ")). Kör `render validate`.")
            throw ExitStatus.invalidPlan.exitCode
        }
        if !options.quiet {
            Console.error("Klart: \(plans.count - failed.count) plan(er) i \(formats.count) format till \(options.out)/.")
        }
    }

    private func write(_ data: Data, named name: String, to output: OutputDirectory) throws {
        do {
            try output.write(data, named: name)
        } catch {
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
        if options.verbose { Console.error("skrev \(output.url.appendingPathComponent(name).relativePath)") }
    }
}

// What rendering one plan gave: its diagnostics and, when it has no errors, its files.
private struct PlanResult: Sendable {
    var diagnostics: [Diagnos]
    var files: [(String, Data)] = []
}

import ArgumentParser
import Foundation
import PlanModel
import Rendering

// `render [<id>…] [--format …] [--out …]`: the process leader's main job.
struct GenerateCommand: ParsableCommand {
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

    func run() throws {
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

        var failed: [String] = []
        for (index, plan) in plans.enumerated() {
            if !options.quiet { Console.progress(index + 1, of: plans.count, plan.id) }
            let diagnostics = plan.validera()
            let errors = diagnostics.filter { $0.allvarlighet == .fel }
            let shown = options.verbose ? diagnostics : errors
            if !shown.isEmpty { Console.endProgress() }
            for diagnostic in shown { Console.error(diagnostic.text(relativTill: cwd)) }
            guard errors.isEmpty else {
                failed.append(plan.id)
                continue
            }
            for format in formats {
                if format == .html && fragment {
                    try write(renderer.htmlFragment(plan), named: "\(plan.id).fragment.html", to: output)
                } else {
                    try write(try renderer.render(plan, as: format), named: "\(plan.id).\(format.fileExtension)", to: output)
                }
            }
        }
        if failed.count < plans.count {
            for format in formats where !(format == .html && fragment) {
                for asset in renderer.assets(for: format) { try write(asset.data, named: asset.name, to: output) }
            }
        }
        if !options.quiet { Console.endProgress() }
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
            Console.endProgress()
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
        if options.verbose { Console.error("skrev \(output.url.appendingPathComponent(name).relativePath)") }
    }
}

import ArgumentParser
import FollowUpLayout
import Foundation
import PlanModel
import Rendering

// `render uppföljning [<id>…] --datum ÅÅÅÅ-MM-DD`: the yearly follow-up report of plans.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uppföljning",
        abstract: "Årlig uppföljning: varje aktivitets status på ett datum, per fokusområde och mål, med indikatorer över tid.",
        discussion: """
            Rapporten heter OUT/uppfoljning-<id>-<id>….<format> (OUT/uppfoljning-alla.<format> utan id). \
            Status är den senaste uppföljningen till och med datumet som anger en status; en aktivitet \
            vars tid gått ut utan uppföljning listas. Indikatorer med Kolada-källa hämtar sina värden \
            ur sparade svar från Koladas API i mappen --kolada (se README).

            \(ExitStatus.helpText)
            """)

    @Argument(help: ArgumentHelp("Planernas id (se `render list`). Utan id: alla planer.", valueName: "id"))
    var ids: [String] = []

    @Option(name: .long, help: ArgumentHelp("Dagen uppföljningen avser, ÅÅÅÅ-MM-DD.", valueName: "datum"))
    var datum: String

    @Option(name: .long, help: ArgumentHelp("Mappen med sparade svar från Koladas API (*.json).", valueName: "mapp"))
    var kolada = "data/kolada"

    @OptionGroup var options: DocumentOptions

    func run() throws {
        let formats = try options.formats()
        guard let day = Datum(iso: datum), day.ärGiltigt else {
            throw ValidationError("Ogiltigt datum \"\(datum)\"; skriv det som ÅÅÅÅ-MM-DD, till exempel 2022-12-31.")
        }
        let plans = try Catalog.shared.select(ids)
        try AnalysisCommand.refuseInvalid(plans)
        let data: KoladaData
        do {
            data = try KoladaData.load(folder: URL(fileURLWithPath: kolada), shownAs: kolada)
        } catch {
            Console.error("fel: \(error)")
            throw ExitStatus.io.exitCode
        }
        let renderer = Renderer(templates: try options.loadTemplates(for: formats), textWidth: options.width)
        let document = FollowUpLayout(labels: renderer.templates.labels, date: day, kolada: data).document(for: plans)
        let id = AnalysisCommand.reportId(ids.isEmpty ? nil : plans.map(\.id), prefix: "uppfoljning")
        let files = DocumentFiles(output: try options.outputDirectory(), verbose: options.verbose)
        let rendered = DocumentFiles.render(document, id: id, formats: formats, with: renderer)
        files.write(rendered.files)
        for format in formats { files.write(renderer.assets(for: format)) }
        files.writePDFs([rendered.pdf].compactMap { $0 })
        try files.finish()
        if !options.quiet {
            Console.error("Klart: uppföljningen av \(plans.count) plan(er) den \(day.iso) i \(formats.count) format till \(options.out)/.")
        }
    }
}

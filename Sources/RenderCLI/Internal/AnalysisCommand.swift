import AnalysisModel
import ArgumentParser
import Foundation
import PlanModel
import Rendering

// `render analys [<id>…] [--datum …]`: the analysis the regional office makes of plans,
// computed from the plans themselves.
struct AnalysisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analys",
        abstract: "Analysera planerna: arbetet per regionalt mål och en verksamhetslogisk granskning.",
        discussion: """
            Rapporten heter OUT/analys-<id>-<id>….<format> (OUT/analys-alla.<format> utan id). \
            Målen som analyseras är de regionala målen för de målgrupper som planerna tar upp.

            \(ExitStatus.helpText)
            """)

    @Argument(help: ArgumentHelp("Planernas id (se `render list`). Utan id: alla planer.", valueName: "id"))
    var ids: [String] = []

    @Option(name: .long, help: ArgumentHelp("Dagen analysen avser, ÅÅÅÅ-MM-DD: aktiviteter vars tid gått ut före den ska ha en uppföljning. Standard: i dag.",
                                            valueName: "datum"))
    var datum: String?

    @Option(name: .long, help: ArgumentHelp("Hur stor andel av planerna, i procent, som ska ha aktiviteter för ett mål för att arbetet ska räknas som utbrett. Standard: två tredjedelar.",
                                            valueName: "procent"))
    var utbrett: Double?

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var options: SharedOptions

    func run() throws {
        let formats = try formatOptions.formats()
        let threshold = utbrett.map { $0 / 100 } ?? Analysuppdrag.standardtröskel
        guard (0...1).contains(threshold) else { throw ValidationError("Andelen för utbrett arbete ska vara 0–100 procent.") }
        let day = try analysisDate()
        let plans = try Catalog.shared.select(ids)
        let uppdrag = Analysuppdrag(id: "analys-" + (ids.isEmpty ? "alla" : ids.joined(separator: "-")), planer: plans,
                                    mål: goals(for: plans), datum: day, tröskelFörUtbrett: threshold)
        let renderer = Renderer(templates: try options.loadTemplates(for: formats), textWidth: formatOptions.width)
        let files = DocumentFiles(output: try options.outputDirectory(), verbose: options.verbose)
        try files.write(DocumentFiles.render(renderer.document(for: uppdrag), id: uppdrag.id, formats: formats, with: renderer))
        if !options.quiet {
            Console.error("Klart: analysen av \(plans.count) plan(er) i \(formats.count) format till \(options.out)/.")
        }
    }

    /// The day given, or today in the computer's time zone.
    private func analysisDate() throws -> Datum {
        guard let datum else {
            let today = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
            return Datum(today.year ?? 1970, today.month ?? 1, today.day ?? 1)
        }
        guard let day = Datum(iso: datum) else {
            throw ValidationError("Ogiltigt datum \"\(datum)\"; skriv det som ÅÅÅÅ-MM-DD, till exempel 2022-12-31.")
        }
        return day
    }

    /// The regional goals of every target group the plans implement goals for; all goals
    /// where the plans refer to none.
    private func goals(for plans: [Handlingsplan]) -> [RegionaltMål] {
        let all = Catalog.shared.regionalGoals
        let referred = Set(plans.flatMap { $0.allaMål.flatMap(\.mål.regionalaMålId) })
        let groups = Set(all.filter { referred.contains($0.id) }.map(\.målgrupp))
        return groups.isEmpty ? all : all.filter { groups.contains($0.målgrupp) }
    }
}

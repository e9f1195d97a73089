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
            Rapporten heter OUT/analys-<id>-<id>….<format> (OUT/analys-alla.<format> utan id); med många id \
            OUT/analys-<antal>-planer-<kod>.<format>, där koden är densamma för samma planer. \
            Målen som analyseras är de regionala målen för de målgrupper som planerna tar upp. \
            Planer med fel analyseras inte: kommandot visar felen och slutar med slutkod 1.

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

    @Option(name: .long, help: ArgumentHelp("Organisationen som gör analysen och står som dess författare på omslaget, i sidhuvudet och i filens egenskaper, till exempel \"Västra Götalandsregionen\".",
                                            valueName: "namn"))
    var organisation: String?

    @OptionGroup var options: DocumentOptions

    func run() throws {
        let formats = try options.formats()
        let threshold = utbrett.map { $0 / 100 } ?? Analysuppdrag.standardtröskel
        guard (0...1).contains(threshold) else { throw ValidationError("Andelen för utbrett arbete ska vara 0–100 procent.") }
        let day = try analysisDate()
        let plans = try Catalog.shared.select(ids)
        try Self.refuseInvalid(plans)
        let uppdrag = Analysuppdrag(id: Self.reportId(ids.isEmpty ? nil : plans.map(\.id)), organisation: organisation,
                                    planer: plans, mål: goals(for: plans), datum: day, tröskelFörUtbrett: threshold)
        let renderer = Renderer(templates: try options.loadTemplates(for: formats), textWidth: options.width)
        let files = DocumentFiles(output: try options.outputDirectory(), verbose: options.verbose)
        let rendered = DocumentFiles.render(renderer.document(for: uppdrag), id: uppdrag.id, formats: formats, with: renderer)
        files.write(rendered.files)
        // The web page's stylesheet and logo, as `render` writes them beside its pages.
        for format in formats { files.write(renderer.assets(for: format)) }
        files.writePDFs([rendered.pdf].compactMap { $0 })
        try files.finish()
        if !options.quiet {
            Console.error("Klart: analysen av \(plans.count) plan(er) i \(formats.count) format till \(options.out)/.")
        }
    }

    /// `analys-<id>-<id>…` while that is short; for many plans a name of bounded length
    /// that is the same for the same plans in any order.
    static func reportId(_ ids: [String]?, prefix: String = "analys") -> String {
        guard let ids else { return "\(prefix)-alla" }
        let joined = "\(prefix)-" + ids.joined(separator: "-")
        guard joined.count > 64 else { return joined }
        // FNV-1a over the sorted ids: stable across runs and machines, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ids.sorted().joined(separator: ",").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return "\(prefix)-\(ids.count)-planer-" + String(String(hash, radix: 16).prefix(10))
    }

    /// Prints the errors of plans that have any and exits with code 1, as `render` does.
    static func refuseInvalid(_ plans: [Handlingsplan]) throws {
        let cwd = FileManager.default.currentDirectoryPath
        var failed: [String] = []
        for plan in plans {
            let errors = plan.validera().filter { $0.allvarlighet == .fel }
            for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
            if !errors.isEmpty { failed.append(plan.id) }
        }
        guard failed.isEmpty else {
            Console.error("\(failed.count) plan(er) har fel: \(failed.joined(separator: ", ")). Kör `render validate` och rätta dem först.")
            throw ExitStatus.invalidPlan.exitCode
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

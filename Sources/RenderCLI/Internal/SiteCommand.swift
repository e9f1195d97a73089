import ArgumentParser
import Foundation
import PlanModel
import Rendering

// `render site --out DIR`: the regional office's site across all plans.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Skriv den regionala webbplatsen: startsida, en sida per plan, per regionalt mål och per fokusområde.",
        discussion: "Alla sidor, stilmallen och logotypen hamnar i samma mapp och länkar till varandra med relativa adresser, "
            + "så mappen fungerar både direkt från disken och på vilken webbserver som helst. "
            + "Finns Pagefind (pip install 'pagefind[bin]') får webbplatsen en sökruta på varje sida och ett sökindex i mappen pagefind/; "
            + "annars byggs den utan sökning. "
            + "Planer med fel tas inte med; slutkoden blir då 1.\n\n" + ExitStatus.helpText)

    @Option(name: .long, help: ArgumentHelp("Mapp som webbplatsen skrivs till.", valueName: "mapp"))
    var out: String = "out/site"

    @Option(name: .long, help: ArgumentHelp("Mapp med mallar och etiketter.", valueName: "mapp"))
    var templates: String = "templates"

    @OptionGroup var date: DateOption

    @Flag(name: .shortAndLong, help: "Skriv inget utom fel.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Visa varje skriven fil.")
    var verbose = false

    func run() throws {
        let renderer = Renderer(templates: try SharedOptions.loadTemplates(from: templates, for: [.html]), date: date.date)
        let cwd = FileManager.default.currentDirectoryPath
        try Catalog.shared.requireUniqueIds(relativeTo: cwd)
        var plans: [Handlingsplan] = []
        var failed: [String] = []
        for plan in Catalog.shared.all {
            let errors = plan.validera().filter { $0.allvarlighet == .fel }
            for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
            if errors.isEmpty { plans.append(plan) } else { failed.append(plan.id) }
        }
        // The site has a page per goal for children and young people, the plans' target group.
        let search = SiteSearch.find()
        if search == nil && !quiet {
            Console.error("Pagefind finns inte, så webbplatsen byggs utan sökning. Installera det med: python3 -m pip install 'pagefind[bin]'")
        }
        let files = renderer.site(plans: plans, regionalGoals: Catalog.shared.regionalGoals.filter { $0.målgrupp == .barnOchUnga },
                                  search: search != nil)
        let output = try SharedOptions.outputDirectory(out)
        try DocumentFiles(output: output, verbose: verbose).write(files)
        if let search {
            do {
                try search.index(output.url)
            } catch {
                Console.error("fel: \(error)")
                throw ExitStatus.io.exitCode
            }
            if verbose { Console.error("skrev sökindexet \(output.url.appendingPathComponent(SiteSearch.folder).relativePath)/") }
        }
        if !failed.isEmpty {
            Console.error("\(failed.count) plan(er) har fel och togs inte med: \(failed.joined(separator: ", ")). Kör `render validate`.")
            throw ExitStatus.invalidPlan.exitCode
        }
        if !quiet {
            Console.error("Klart: webbplatsen med \(files.count) filer i \(out)/\(search == nil ? "" : ", med sökindex i \(out)/\(SiteSearch.folder)/").")
        }
    }
}

import ArgumentParser
import Foundation
import PlanModel
import Rendering

// `render site --out DIR`: the regional office's site across all plans.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Skriv regionens webbplats: startsida, en sida per plan, per regionalt mål och per fokusområde.",
        discussion: "En webbplats per region, med regionens planer och regionala mål. Hör planerna till flera regioner "
            + "skrivs varje regions webbplats i en egen mapp, OUT/<region>/, om inte --region väljer en. "
            + "Alla sidor, stilmallen och logotyperna hamnar i samma mapp och länkar till varandra med relativa adresser, "
            + "så mappen fungerar både direkt från disken och på vilken webbserver som helst. "
            + "Planer med fel tas inte med; slutkoden blir då 1.\n\n" + ExitStatus.helpText)

    @Option(name: .long, help: ArgumentHelp("Mapp som webbplatsen skrivs till.", valueName: "mapp"))
    var out: String = "out/site"

    @Option(name: .long, help: ArgumentHelp(
        "Regionen vars webbplats skrivs: \(Region.allCases.map(\.id).joined(separator: ", ")). Standard: varje region som planerna hör till.",
        valueName: "region"))
    var region: Region?

    @Option(name: .long, help: ArgumentHelp(TemplateFolder.help, valueName: "mapp"))
    var templates: String?

    @OptionGroup var date: DateOption

    @Flag(name: .shortAndLong, help: "Skriv inget utom fel.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Visa varje skriven fil.")
    var verbose = false

    func run() throws {
        let renderer = Renderer(looks: try TemplateFolder.looks(templates, for: [.html]), date: date.date)
        let cwd = FileManager.default.currentDirectoryPath
        var plans: [Handlingsplan] = []
        var failed: [String] = []
        for plan in Catalog.shared.all {
            let errors = plan.validera().filter { $0.allvarlighet == .fel }
            for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
            if errors.isEmpty { plans.append(plan) } else { failed.append(plan.id) }
        }
        // A site per region: its plans, and a page per its goals for children and young
        // people, the plans' target group. Plans without a region form a site of their own.
        var regions: [Region?] = region.map { [$0] } ?? []
        if region == nil { for plan in plans where !regions.contains(plan.region) { regions.append(plan.region) } }
        var written = 0
        for siteRegion in regions {
            let goals = Catalog.shared.regionalGoals.filter { $0.målgrupp == .barnOchUnga && $0.region == siteRegion }
            let files = renderer.site(plans: plans.filter { $0.region == siteRegion }, regionalGoals: goals)
            let folder = regions.count == 1 ? out : out + "/" + (siteRegion?.id ?? "utan-region")
            try DocumentFiles(output: try SharedOptions.outputDirectory(folder), verbose: verbose).write(files)
            written += files.count
        }
        if !failed.isEmpty {
            Console.error("\(failed.count) plan(er) har fel och togs inte med: \(failed.joined(separator: ", ")). Kör `render validate`.")
            throw ExitStatus.invalidPlan.exitCode
        }
        if !quiet {
            Console.error("Klart: \(regions.count == 1 ? "webbplatsen" : "\(regions.count) webbplatser") med \(written) filer i \(out)/.")
        }
    }
}

// `--region skane`: a region by its id.
extension Region: ExpressibleByArgument {}

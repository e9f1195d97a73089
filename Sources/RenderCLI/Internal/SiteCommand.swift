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
            + "Finns Pagefind (pip install 'pagefind[bin]') får webbplatsen en sökruta på varje sida och ett sökindex i mappen pagefind/; "
            + "annars byggs den utan sökning. "
            + "Planer med fel tas inte med; slutkoden blir då 1.\n\n" + ExitStatus.helpText)

    @Option(name: .long, help: ArgumentHelp("Mapp som webbplatsen skrivs till.", valueName: "mapp"))
    var out: String = "out/site"

    @Option(name: .long, help: ArgumentHelp(
        "Regionen vars webbplats skrivs: \(Region.allCases.map(\.id).joined(separator: ", ")). Standard: varje region som planerna hör till.",
        valueName: "region"))
    var region: Region?

    @Option(name: .long, help: ArgumentHelp(TemplateFolder.help, valueName: "mapp"))
    var templates: String?

    @Option(name: .customLong("datum"), help: PublicationDate.help)
    var datum: String?

    @Flag(name: .shortAndLong, help: "Skriv inget utom fel.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Visa varje skriven fil.")
    var verbose = false

    func validate() throws { try PublicationDate.check(datum) }

    func run() throws {
        let looks = try TemplateFolder.looks(templates, for: [.html])
        let renderer = Renderer(looks: looks, date: PublicationDate.date(datum))
        let cwd = FileManager.default.currentDirectoryPath
        try Catalog.shared.requireUniqueIds(relativeTo: cwd)
        var plans: [Handlingsplan] = []
        var failed: [String] = []
        for plan in try Catalog.shared.all() {
            let errors = plan.validera().filter { $0.allvarlighet == .fel }
            for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
            if errors.isEmpty { plans.append(plan) } else { failed.append(plan.id) }
        }
        try TemplateFolder.checkFolders(of: plans, in: looks)
        let search = SiteSearch.find()
        if search == nil && !quiet {
            Console.error("Pagefind finns inte, så webbplatsen byggs utan sökning. Installera det med: python3 -m pip install 'pagefind[bin]'")
        }
        // A site per region: its plans, and a page per its goals for children and young
        // people, the plans' target group. Plans without a region form a site of their own.
        // Each site has its own search index in its own folder.
        var regions: [Region?] = region.map { [$0] } ?? []
        if region == nil { for plan in plans where !regions.contains(plan.region) { regions.append(plan.region) } }
        var written = 0
        for siteRegion in regions {
            let goals = Catalog.shared.regionalGoals.filter { $0.målgrupp == .barnOchUnga && $0.region == siteRegion }
            let files = renderer.site(plans: plans.filter { $0.region == siteRegion }, regionalGoals: goals, search: search != nil)
            let folder = regions.count == 1 ? out : out + "/" + (siteRegion?.id ?? "utan-region")
            let output = try DocumentOptions.outputDirectory(folder)
            let writer = DocumentFiles(output: output, verbose: verbose)
            writer.write(files)
            try writer.finish()
            written += files.count
            if let search {
                do {
                    try search.index(output.url)
                } catch {
                    Console.error("fel: \(error)")
                    throw ExitStatus.io.exitCode
                }
                if verbose { Console.error("skrev sökindexet \(output.url.appendingPathComponent(SiteSearch.folder).relativePath)/") }
            }
        }
        if !failed.isEmpty {
            Console.error("\(failed.count) plan(er) har fel och togs inte med: \(failed.joined(separator: ", ")). Kör `render validate`.")
            throw ExitStatus.invalidPlan.exitCode
        }
        if !quiet {
            let sites = regions.count == 1 ? "webbplatsen" : "\(regions.count) webbplatser"
            let index = search == nil ? "" : (regions.count == 1 ? ", med sökindex i \(out)/\(SiteSearch.folder)/" : ", med ett sökindex i varje webbplats mapp \(SiteSearch.folder)/")
            Console.error("Klart: \(sites) med \(written) filer i \(out)/\(index).")
        }
    }
}

// `--region skane`: a region by its id.
extension Region: ExpressibleByArgument {}

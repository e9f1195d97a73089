import PlanModel

// The files of a new municipality package, by path inside it: the manifest, the plan in
// a small module of its own (an edit rebuilds only it and relinks), the executable over
// it, the templates staff change, and a README.
struct NewPackage {
    enum Dependency {
        case path(String)
        case url(String, version: String)

        var manifestLine: String {
            switch self {
            case .path(let path): return ".package(path: \(quoted(path)))"
            case .url(let url, let version): return ".package(url: \(quoted(url)), from: \(quoted(version)))"
            }
        }

        /// SwiftPM's identity of the dependency: its folder's or repository's last name.
        var identity: String {
            let last: Substring
            switch self {
            case .path(let path): last = path.split(separator: "/").last ?? ""
            case .url(let url, _): last = url.split(separator: "/").last.map { $0.hasSuffix(".git") ? $0.dropLast(4) : $0 } ?? ""
            }
            return last.lowercased()
        }
    }

    let id: String
    let kommun: String
    let titel: String
    let layout: NewPackageCommand.Layout
    let region: Region
    let från: Int
    let till: Int
    let dependency: Dependency

    var files: [(String, String)] {
        [("Package.swift", manifest), ("Sources/Planer/Plan.swift", plan), ("Sources/Planer/Planer.swift", catalogue),
         ("Sources/plan/main.swift", main), ("templates/labels.sv.yaml", labels), ("templates/html/README.md", htmlNote),
         ("README.md", readme)]
    }

    private var hasGoals: Bool { region == .västraGötaland }

    private var regionCase: String {
        Region.allCases.firstIndex(of: region).map { _ in "\(region)" } ?? "västraGötaland"
    }

    var manifest: String {
        let project = dependency.identity
        let goals = hasGoals ? #", .product(name: "RegionVastraGotaland", package: \#(quoted(project)))"# : ""
        return """
            // swift-tools-version: 6.1
            import PackageDescription

            // \(kommun)s handlingsplan. Planen står i Sources/Planer/Plan.swift; `swift run plan`
            // skriver alla dokument till out/. Mallar som kommunen ändrar ligger i templates/.
            let package = Package(
                name: \(quoted(id)),
                platforms: [.macOS(.v14)],
                dependencies: [
                    \(dependency.manifestLine),
                ],
                targets: [
                    // Planen, i en liten modul för sig: en ändring bygger bara om den.
                    .target(name: "Planer", dependencies: [.product(name: "PlanModel", package: \(quoted(project)))\(goals)]),
                    // `swift run plan`: hela render-kommandot över kommunens planer.
                    .executableTarget(name: "plan", dependencies: [
                        "Planer", .product(name: "RenderCLI", package: \(quoted(project))), .product(name: "PlanModel", package: \(quoted(project)))\(goals),
                    ]),
                ],
                swiftLanguageModes: [.v6]
            )

            """
    }

    var catalogue: String {
        """
        import PlanModel

        /// Kommunens planer, i den ordning `render list` visar dem. En ny plan (till exempel
        /// för vuxna) skrivs i en egen fil här bredvid och läggs till i listan.
        public let planer: [Handlingsplan] = [plan]

        """
    }

    var main: String {
        """
        import Planer
        import PlanModel
        \(hasGoals ? "import RegionVastraGotaland\n" : "")import RenderCLI

        // Hela render-kommandot över kommunens egna planer: `swift run plan --help`.
        RenderCLI.run(plans: planer\(hasGoals ? ", regionalGoals: RegionaltMål.alla" : ""))

        """
    }

    var plan: String {
        let tabellayout: String
        let fokusrubrik: String
        switch layout {
        case .delmal: (tabellayout, fokusrubrik) = (".delmål", ".nummer")
        case .tanum: (tabellayout, fokusrubrik) = (".vadOchIndikator", ".medOrd")
        case .tema: (tabellayout, fokusrubrik) = (".teman", ".medOrd")
        }
        return """
            import PlanModel
            \(hasGoals ? "import RegionVastraGotaland\n" : "")
            // \(titel)
            //
            // Hela planen skrivs här, en gång; alla dokument (Word, webb, text, öppna data) skrivs
            // från den med `swift run plan`. Texterna nedan är platshållare: skriv kommunens egna.
            // Se projektets README ("Din kommuns egen plan") för alla byggstenar.
            public let plan: Handlingsplan = Handlingsplan(
                id: \(quoted(id)),
                organisationer: [\(quoted(kommun))],
                titel: \(quoted(titel)),
                undertitel: "Lokal handlingsplan för psykisk hälsa, barn och unga",
                period: .årsintervall(\(från), \(till)),
                // När planen har fastställts: vem som beslutade och när.
                // fastställd: Fastställande(av: "kommunstyrelsen", Datum(\(från), 1, 31)),
                // revideringar: [Datum(\(från + 1), 1, 31)],
                tabellayout: \(tabellayout),
                fokusrubrik: \(fokusrubrik),
                region: .\(regionCase)
            ) {
                Kapitel("Bakgrund") {
                    // Varför planen finns och hur den har tagits fram.
                    Stycke("Skriv här varför planen finns och vilka som har tagit fram den.")
                }
                Fokus(.förebyggandeOchFrämjande) {
                    // Ett stycke om fokusområdet i kommunen (kan tas bort).
                    Stycke("Skriv här vad fokusområdet innebär i kommunen.")
                    // Fokusområdets mål, i ordning. Varje mål skrivs för sig nedanför planen.
                    \(goalName)
                }
            }

            // Varje mål (eller tema) är en egen konstant, ett `let` som fokusområdet ovan räknar
            // upp: då granskar kompilatorn målen ett i taget, och planen byggs lika fort per mål
            // hur stor den än blir. Ett nytt mål skrivs som ett nytt `let` med eget namn, till
            // exempel \(layout == .tema ? "tema1_2" : "mål1_2"), och läggs till i sitt fokusområde. Har ett mål väldigt många
            // aktiviteter (fler än ett tjugotal) kan aktiviteterna skrivas som egna konstanter.

            \(goalBlock)

            """
    }

    private var goalName: String { layout == .tema ? "tema1_1" : "mål1_1" }

    private var goalBlock: String {
        let regional = hasGoals ? ", genomför: .b1_1" : ""
        switch layout {
        case .delmal:
            return """
                // Ett mål med nummer och rubrik; genomför: anger det regionala mål det bidrar till.
                private let mål1_1 = Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt"\(regional)) {
                    // En aktivitet och dess delmål: vad som ska uppnås, när och vem som ansvarar.
                    Aktivitet("Skriv aktivitetens namn") {
                        Delmål("Skriv delmålet", när: [.år(\(från))], ansvar: "Skriv ansvarig förvaltning")
                    }
                }
                """
        case .tanum:
            return """
                // Ett mål med nummer och rubrik; genomför: anger det regionala mål det bidrar till.
                private let mål1_1 = Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt"\(regional)) {
                    // En aktivitet: vad som görs, och indikatorn som följer upp den.
                    Aktivitet("Skriv aktivitetens namn", ansvar: "Skriv ansvarig förvaltning") {
                        Stycke("Skriv vad som görs.")
                        Indikator("Skriv indikatorn, till exempel antal deltagare", .process)
                    }
                }
                """
        case .tema:
            return """
                // Ett tema med kortsiktiga mål (aktiviteter för perioden) och långsiktiga mål.
                private let tema1_1 = Tema("Skriv temats rubrik"\(regional)) {
                    KortsiktigaMål(.årsintervall(\(från), \(till))) {
                        Aktivitet("Skriv aktiviteten")
                        Indikatorer {
                            Indikator("Skriv indikatorn, till exempel antal deltagare", .process)
                        }
                    }
                    LångsiktigaMål {
                        "Skriv det långsiktiga målet."
                    }
                }
                """
        }
    }

    var labels: String {
        """
        # Kommunens egna ord. Bara etiketter som står här ersätter standardtexterna; alla
        # etiketter och deras standardtexter står i projektets templates/README.md.
        # Ta bort # framför en rad för att använda den.
        #
        # omslag:
        #   fastställd_av: "Antagen av {av} {datum}"
        #   reviderad: "Reviderad {datum}"
        {}

        """
    }

    var htmlNote: String {
        """
        # Kommunens webbmallar

        Lägg kommunens logotyp här som `logo.svg` (eller `logo.png`); utan logotyp visar
        webbsidorna kommunens namn i text. En egen `stil.css` här ersätter standardstilmallen.
        Word-mallen läggs som `templates/docx/reference.docx` (utgå från `swift run plan
        template docx --out templates/docx/reference.docx`). Allt som inte finns här hämtas
        från standardmallarna.

        """
    }

    var readme: String {
        """
        # \(titel)

        \(kommun)s handlingsplan för psykisk hälsa, skriven en gång i Swift. Alla dokument
        skrivs från planen i `Sources/Planer/Plan.swift`.

        Två kommandon:

        ```
        swift run plan            # alla format (Word, webb, text) till out/
        swift run plan validate   # granska planen: saknade uppgifter, fel med fil och rad
        ```

        Fler: `swift run plan --help`. Kommunens logotyp, Word-mall och egna ord läggs i
        `templates/` (se `templates/html/README.md` och `templates/labels.sv.yaml`); allt
        annat kommer från standardmallarna.

        """
    }
}

private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

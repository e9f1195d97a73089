import Examples
import Foundation
import PlanModel
import Testing

@Suite("Helsingborg example against seed 002")
struct HelsingborgTests {
    let plan = Exempel.plan("helsingborg")!

    var teman: [(fokus: Fokus, tema: Mål)] { plan.allaMål.map { ($0.fokus, $0.mål) } }
    var aktiviteter: [Aktivitet] { teman.flatMap(\.tema.aktiviteter) }

    /// An example text as the seed extraction writes it, so it can be looked up in the
    /// normalised seed: a bare URL was extracted as `<url>` (which `Seed.normaliserad`
    /// blanks out), a link with other text as `[text](url)`.
    func somISeed(_ text: Löptext) -> String {
        Seed.normaliserad(text.delar.map { del in
            switch del {
            case .länk(let text, let adress): return text == adress ? " " : "[\(text)](\(adress))"
            default: return del.ren
            }
        }.joined())
    }

    /// The bullets of one kind of section in the seed: after a line whose text starts with
    /// `rubrik`, up to the next section label, heading or rule. Blank lines do not end a
    /// section (the extraction breaks lists at page breaks).
    func punkter(i seed: String, under rubrik: String) -> [String] {
        let etiketter = ["Kortsiktiga mål", "Mätbara indikatorer", "Långsiktig"]
        var inne = false
        var punkter: [String] = []
        for rad in seed.components(separatedBy: "\n") {
            let text = rad.trimmingCharacters(in: .whitespaces)
            let utanStreck = text.hasPrefix("- ") ? String(text.dropFirst(2)) : text
            if text.hasPrefix("#") || text == "---" {
                inne = false
            } else if etiketter.contains(where: { utanStreck.hasPrefix($0) }) {
                inne = utanStreck.hasPrefix(rubrik)
            } else if inne && text.hasPrefix("- ") {
                punkter.append(Seed.normaliserad(utanStreck))
            }
        }
        return punkter
    }

    // MARK: - Validation

    @Test("validates with no errors and exactly the expected warnings")
    func validates() {
        let diagnoser = plan.validera()
        #expect(diagnoser.filter { $0.allvarlighet == .fel } == [])
        let varningar = diagnoser.filter { $0.allvarlighet == .varning }.map(\.meddelande)
        #expect(varningar == [
            "Temat \"Utbildningssatsning psykisk ohälsa barn och unga\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"Vart vänder man sig?\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"Kommunikatör för brukardelaktighet\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"Ensamkommande och nyanlända barn och unga\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"Barn som anhöriga\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"LSS/personkrets 1\" saknar indikatorer för de kortsiktiga målen.",
            "Temat \"LSS/personkrets 1\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"Barn med utåtagerande beteende\" saknar indikatorer för de långsiktiga målen.",
            "Temat \"Resultat och uppföljning\" saknar indikatorer för de långsiktiga målen.",
        ])
    }

    @Test("metadata of the cover and the signature block")
    func metadata() {
        #expect(plan.tabellayout == .teman)
        #expect(plan.fokusrubrik == .medOrd)
        #expect(plan.organisationer == ["Helsingborgs stad"])
        #expect(plan.förvaltningar == ["AMF", "SFF", "SOF", "VOF"])
        #expect(plan.period == .årsintervall(2020, 2022))
        #expect(plan.fastställd == Fastställande(Datum(2019, 12, 20)))
        #expect(plan.revideringar == [Datum(2020, 12, 17)])
        #expect(plan.underskrifter.map(\.namn) == ["Maria Norrby", "Tony Mufic", "Emilie Erixon", "Annika Andersson"])
        #expect(plan.underskrifter.map(\.titel) == ["arbetsmarknadsdirektör", "utbildningsdirektör", "socialdirektör", "omsorgsdirektör"])
        #expect(plan.underskrifter.compactMap(\.förvaltning) == [
            "arbetsmarknadsförvaltningen", "skol- och fritidsförvaltningen",
            "socialförvaltningen", "vård- och omsorgsförvaltningen",
        ])
        // The theme layout has no times, responsible parties or follow-ups per activity.
        #expect(aktiviteter.allSatisfy { $0.allaTider.isEmpty && $0.allaUppföljningar.isEmpty })
    }

    // MARK: - Seed fidelity

    @Test("cover, intro and signatures are the seed's", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func omslagOchInledning() throws {
        let seed = try Seed.text("002")
        let normaliserad = Seed.normaliserad(seed)
        let iSeed = { (text: String) in normaliserad.contains(text) }
        let omslag = Seed.normaliserad("# HELSINGBORG \(plan.förvaltningar.joined(separator: " ")) \(plan.fastställd!.datum.iso) "
            + "REVIDERAD \(plan.revideringar[0].iso) ## \(plan.titel)")
        let börjarMedOmslaget = normaliserad.hasPrefix(omslag)
        #expect(börjarMedOmslaget, "omslaget: \(omslag)")
        let stycken = plan.innehåll.compactMap { del -> Textblock? in
            if case .text(let block) = del { return block } else { return nil }
        }
        #expect(stycken.count == 2)
        for stycke in stycken { #expect(iSeed(Seed.normaliserad(stycke.ren)), "\(stycke.ren)") }
        for underskrift in plan.underskrifter {
            #expect(iSeed("\(underskrift.namn), \(underskrift.titel) \(underskrift.förvaltning!)"))
        }
    }

    @Test("fokusområden and themes are the seed's, in order", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func fokusOchTeman() throws {
        let seed = try Seed.text("002")
        // Heading levels in the extraction are not meaningful: every heading after a
        // "Fokusområde N." heading, up to the next, is a theme of that area.
        var fokus: [(nummer: Int, namn: String)] = []
        var seedTeman: [(fokus: Int, rubrik: String)] = []
        for rad in seed.components(separatedBy: "\n") where rad.hasPrefix("#") {
            let rubrik = Seed.normaliserad(rad.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces))
            if let träff = rubrik.firstMatch(of: /^Fokusområde (\d)\. (.+)$/) {
                fokus.append((Int(träff.1)!, String(träff.2)))
            } else if let sista = fokus.last {
                seedTeman.append((sista.nummer, rubrik))
            }
        }
        #expect(fokus.map(\.nummer) == [1, 2, 3, 4, 5])
        #expect(plan.fokusavsnitt.map(\.område.nummer) == fokus.map(\.nummer))
        #expect(plan.fokusavsnitt.map(\.namn) == fokus.map(\.namn))
        #expect(seedTeman.count == 22)
        #expect(teman.count == seedTeman.count)
        #expect(teman.map(\.tema.rubrik) == seedTeman.map(\.rubrik))
        #expect(teman.map(\.fokus.område.nummer) == seedTeman.map(\.fokus))
        #expect(teman.allSatisfy { $0.tema.nummer == nil && $0.tema.regionalaMål.isEmpty })
    }

    @Test("short-term periods are the seed's", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func perioder() throws {
        let seed = try Seed.text("002")
        let seedPerioder = seed.matches(of: /Kortsiktiga mål och aktiviteter (\d{4})(?:\s*-\s*(\d{4}))?/).map { träff -> Tid in
            if let slut = träff.2 { return .årsintervall(Int(träff.1)!, Int(slut)!) }
            return .år(Int(träff.1)!)
        }
        #expect(seedPerioder.count == 22)
        #expect(teman.map(\.tema.kortsiktigPeriod) == seedPerioder)
    }

    /// The opening words of every activity, in the seed's order (bullets the extraction
    /// moved out of their list included).
    static let aktivitetsinledningar: [String] = [
        // Fokusområde 1. Attityder till psykisk ohälsa
        "Helsingborgs stad fortsätter arbetet med aktiviteter och föreläsningar under Skåneveckan",
        "Helsingborgs stad fortsätter arbetet med aktiviteter och föreläsningar som berör området",
        // Godkänd grundskola
        "Elevhälsoteamen är en resurs för hälsofrämjande skolutveckling",
        "Hälsofrämjande skolutveckling ska enligt Skolverket",
        "I elevhälsoteamet finns det tillgång till personal",
        "Skol- och fritidsförvaltningen arbetar för ett förbättrat samarbete",
        "Tillsammans med vård- och omsorgsförvaltningen har skol- och fritidsförvaltning",
        // Familjecentraler
        "Helsingborgs stad fortsätter sitt läns-gemensamma arbete",
        // Suicidprevention
        "Helsingborgs stad ska se över arbetet med den regionala suicidpreventiva",
        "Vård- och omsorgsförvaltningen erbjuder medarbetare inom staden tillgång till e-Learning",
        "Arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, socialförvaltningen, och vård- och omsorgsförvaltningen ska öka",
        "Socialförvaltningen utbildar samtliga medarbetare i MHFA",
        "Skol- och fritidsförvaltningen kommer att införa YAM",
        "Arbetsmarknadsförvaltningen planerar delta i forskningsprojekt",
        // Utbildningssatsning psykisk ohälsa barn och unga
        "Staden ska erbjuda utbildningsinsatser",
        "Helsingborgs stads socialförvaltning och vård- och omsorgsförvaltning samverkar",
        "Arbetsmarknadsförvaltningen ska erbjuda utbildning i missbruksproblematik",
        "Vård- och omsorgsförvaltningen ska erbjuda utbildningar i MHFA",
        "Socialförvaltningen ska erbjuda utbildningar i diagnoser",
        "Skol- och fritidsförvaltningen ska erbjuda utbildning av kuratorer",
        // ANDTS
        "Fortsatt samverkan genom Skånesamverkan mot droger.",
        "Socialförvaltningen i Helsingborg har en ANDTS-samordnare.",
        "ANDTS-samordnaren omvärldsbevakar i frågorna.",
        // Fokusområde 2. Vart vänder man sig?
        "Helsingborgs stad ska fortsätta ge relevant information",
        "Sommarpraktiserande ungdomar har hjälpt till",
        // Föräldrastöd
        "Helsingborgs stad har genomfört den nationella strategin",
        "Familjehuset fortsätter erbjuda och utveckla sina föräldraskapsstödkurser",
        "Socialförvaltningen erbjuder stöd till föräldrar med placerade barn",
        "Maria Skåne Nordväst erbjuder föräldragrupp",
        "Nätverkslaget på socialförvaltningen erbjuder nätverksmöten",
        "Vård- och omsorgsförvaltningen erbjuder det digitala anhörigstödet",
        "Anhörigstödet på vård- och omsorgsförvaltningen erbjuder föreläsningar",
        "Part (Preventivt arbete tillsammans",
        "Förbättrad samverkan mellan kommuner, länsstyrelsen",
        // Fokusområde 3. Delaktighet
        "Socialförvaltningen har ett digitalt team",
        "Socialförvaltningen arbetar med att engagera fler unga",
        "Fortsätt arbete med Feedback Informed Treatment (FIT)",
        "Barns delaktighet i den sociala barn- och ungdomsvården ska öka",
        "Barns delaktighet i socialförvaltningen ska öka genom det digitala verktyget, OmMej.",
        "Arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, socialförvaltningen och vård- och omsorgsförvaltningen har genomfört",
        "Barn, unga och familj ska göra en kompetenssatsning",
        "Skol- och fritidsförvaltningen ska fortsätta arbetet med elevdemokrati",
        "Vård- och omsorgsförvaltningen arbetar med delaktighetsmodellen.",
        "En gång om året görs en nationell brukarundersökning",
        "På vård- och omsorgsförvaltningens boenden finns regelbundna husmöten",
        "Arbetsmarknadsförvaltningen använder sig av utvecklingsgrupper",
        "Arbetsmarknadsförvaltningen arbetar med en app",
        "Arbetsmarknadsförvaltningen inför ett nytt arbetssätt",
        // Samordnad individuell plan (SIP)
        "Gemensam utbildningsatsning om SIP",
        "Helsingborgs stad ska erbjuda alla barn och unga",
        "Helsingborgs stad ska enligt vår regionala handlingsplan verka för att Mina planer",
        "Personal i Helsingborgs stad ska ha tillgång till information och webbutbildningar om SIP",
        "Helsingborgs stads invånare ska ha tillgång till information om SIP",
        // Kommunikatör för brukardelaktighet
        "Fler brukarorganisationer och unga som är delaktiga",
        "Ökad kommunikation om utvecklingsprojekt",
        "Ökad tillgänglighet till stadens tjänster",
        "Unga med erfarenhet av psykisk ohälsa får möjlighet",
        // Fokusområde 4. Barn i samhällsvård
        "Fortsatt samarbete mellan Helsingborgs stad och Region Skåne om barn i samhällsvård.",
        "Helsingborgs stad använder BBIC",
        "Samtliga handläggare inom barnvårdsområdet",
        "Specialiserade handläggare har fått utbildning i standardiserade",
        "Specialiserade handläggare på socialförvaltningen kommer få utbildning i utredningsverktyget Eraser",
        "Socialförvaltningen arbetar tillsammans med skol- och fritidsförvaltningen genom Skolfam",
        "Socialförvaltningen arbetar tillsammans med skol- och fritidsförvaltningen genom i att",
        "Genom Sisam-avtalet samverkar",
        "Socialförvaltningen deltar under 2020 i ett projekt",
        // Unga 16-20 år i kommunens aktivitetsansvar
        "Kommunernas aktivitetsansvar (KAA) innebär",
        "Att en högre andel ungdomar 16-20 år",
        // Ensamkommande och nyanlända barn och unga
        "Helsingborgs stad arbetar för att utveckla förebyggande och hälsofrämjande insatser för ensamkommande",
        "Helsingborg stad har en samverkansgrupp",
        "Integrationshandläggare på arbetsmarknadsförvaltningen",
        "Socialförvaltningen i samarbete med arbetsmarknadsförvaltningen och ideella organisationer",
        // Barn som anhöriga
        "Fortsatt spridning av Region Skånes handlingsprogram",
        "Familjehuset fortsätter erbjuda och utveckla arbetet med stödgrupper",
        // Samsjuklighet och missbruk, barn och unga
        "Helsingborgs stad är delaktig i avtal med Maria Skåne Nordväst",
        // LSS/personkrets 1
        "Vård- och omsorgsförvaltningen tar ansvar för sociala insatser",
        "Vård- och omsorgsförvaltningen, skol- och fritidsförvaltning och socialförvaltningen har en samverkansgrupp",
        // HBTQ
        "En familjecentral i Helsingborgs stad är HBTQ-certifierad.",
        "Ytterligare en familjecentral har gått en grundutbildning i HBTQ.",
        "Samtliga medarbetare inom elevhälsan har gått grundutbildning i HBTQ.",
        "Samtliga medarbetare inom solteamet har gått grundutbildning i HBTQ.",
        "Samtliga socialrådgivare på familjecentralerna har gått en grundutbildning.",
        "Medarbetarna på Maria Skåne Nordväst har gått grundutbildning",
        "Maria Skåne Nordväst utvecklar samverkan med Ung HBTQ.",
        "Socialförvaltningen har genomfört två grundutbildningar i HBTQ 2018-2019",
        // Våld i nära relation
        "Helsingborgs stad följer Socialstyrelsens handbok \"Våld\".",
        "Socialförvaltningen håller regelbundet utbildning om våld i nära relationer",
        "Helsingborgs stad håller regelbundna informationsträffar",
        "Helsingborgs stad kommer under året att göra en kartläggning",
        "Helsingborgs stad använder de standardiserade bedömnings- och riskbedömningsinstrumenten",
        "Specialiserade handläggare på socialförvaltningen kommer få utbildning i utredningsverktyg, Eraser",
        // Barn med utåtagerande beteende
        "Förbättra bemötande och handläggning vid insatser",
        "Socialförvaltningen har fått kompetensutveckling i lågaffektivt bemötande",
        "Vård- och omsorgsförvaltningen har fått utbildningen i lågaffektivt bemötande",
        "Personal på vård- och omsorgsförvaltningen erbjuds en regelbunden utbildning",
        "Elevhälsan (skol- och fritidsförvaltningen)erbjuder utbildning i ICDP",
        // Fokusområde 5. Resultat och uppföljning
        "Lokalt samråd Helsingborg upprättar Helsingborgs stads handlingsplan: Överenskommelse",
        "Varje verksamhet samordnar, driver på utveckling och sprider information",
        "Psykiatrisamordnaren sammankallar lokalt samråd Helsingborg för att övergripande utvärdera de insatser som står i Helsingborgs stads handlingsplaner och revidera vid behov. I samband med mötet har vi en genomgång av nya länsgemensamma",
        // Samordning av psykiatrifrågor i Helsingborg stad
        "Samordna, driva på utveckling, strukturera och skapa samsyn",
        "Målet är att skapa god samverkan i alla möten",
        "Lokalt samråd Helsingborg upprättar Helsingborgs stads handlingsplan.",
        "Varje verksamhet samordnar, driver på utveckling och sprida information",
        "Psykiatrisamordnaren sammankallar lokalt samråd Helsingborg för att övergripande utvärdera de insatser som står i Helsingborgs stads handlingsplaner och revidera vid behov. I samband med mötet har vi en genomgång av nya läns-gemensamma",
    ]

    @Test("every activity is the seed's, in order, and none is missing", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func aktiviteterNamn() throws {
        let seed = try Seed.text("002")
        let normaliserad = Seed.normaliserad(seed)
        let iSeed = { (text: String) in normaliserad.contains(text) }
        let inledningar = Self.aktivitetsinledningar.map(Seed.normaliserad)

        // Counted in the seed: the bullets of every "Kortsiktiga mål och aktiviteter" section.
        let seedPunkter = punkter(i: seed, under: "Kortsiktiga mål")
        #expect(seedPunkter.count == 104)
        #expect(inledningar.count == seedPunkter.count)
        #expect(aktiviteter.count == seedPunkter.count)

        let namn = aktiviteter.map { somISeed($0.namn) }
        for (inledning, punkt) in zip(inledningar, seedPunkter) {
            #expect(iSeed(inledning), "inte i seed: \(inledning)")
            #expect(punkt.hasPrefix(inledning), "\(punkt) börjar inte med \(inledning)")
        }
        for (inledning, namn) in zip(inledningar, namn) {
            #expect(namn.hasPrefix(inledning), "\(namn) börjar inte med \(inledning)")
        }
        // Each activity's whole text, and any second paragraph, stands in the seed as written.
        for aktivitet in aktiviteter {
            #expect(iSeed(somISeed(aktivitet.namn)), "inte i seed: \(aktivitet.namn.ren)")
            for block in aktivitet.vad {
                #expect(iSeed(Seed.normaliserad(block.ren)), "inte i seed: \(block.ren)")
            }
        }
        #expect(aktiviteter.flatMap(\.vad).count == 1)
    }

    @Test("long-term goals are the seed's", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func långsiktigaMål() throws {
        let seed = try Seed.text("002")
        let seedMål = punkter(i: seed, under: "Långsiktig")
        let exempel = teman.flatMap(\.tema.långsiktigaMål).map { somISeed($0) }
        #expect(seedMål.count == 38)
        #expect(exempel == seedMål)
    }

    @Test("indicators are the seed's, and \"Saknas\" is missing, not empty", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func indikatorer() throws {
        let seed = try Seed.text("002")
        let seedIndikatorer = punkter(i: seed, under: "Mätbara indikatorer")
        let saknas = seedIndikatorer.filter { $0.hasPrefix("Saknas") }
        let exempelSaknas = teman.map { ($0.tema.indikatorer == nil ? 1 : 0) + ($0.tema.långsiktigaIndikatorer == nil ? 1 : 0) }
        #expect(saknas.count == 9)
        #expect(exempelSaknas.reduce(0, +) == saknas.count)
        #expect(teman.allSatisfy { $0.tema.indikatorer?.isEmpty != true && $0.tema.långsiktigaIndikatorer?.isEmpty != true })

        let exempel = teman.flatMap { ($0.tema.indikatorer ?? []) + ($0.tema.långsiktigaIndikatorer ?? []) }
        let seedUtanSaknas = seedIndikatorer.filter { !$0.hasPrefix("Saknas") }
        #expect(seedUtanSaknas.count == 85)
        #expect(exempel.map { somISeed($0.text) } == seedUtanSaknas)
        #expect(aktiviteter.allSatisfy { $0.indikatorer.isEmpty })

        // Kinds and sources as judged in the transcription; a change here is deliberate.
        #expect(exempel.filter { $0.typ == .process }.count == 64)
        #expect(exempel.filter { $0.typ == .resultat }.count == 21)
        #expect(exempel.filter { $0.källa != nil }.count == 9)
        // Typed where the seed names the kind of source: a register, official statistics, a survey.
        #expect(exempel.compactMap(\.källa).filter { if case .fritext = $0 { false } else { true } }
                == [.register("Dödsorsaksregistret"), .enkät("elevenkät"), .enkät("nationell enkät"),
                    .register("Skolverket"), .register("Skolverket")])
    }
}

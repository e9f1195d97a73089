import Examples
import Foundation
import PlanModel
import Testing

@Suite("Vänersborg example against seed 000")
struct VanersborgTests {
    let plan = Exempel.plan("vanersborg")!

    /// The activities of the seed's tables, in the seed's order, as the seed words them.
    static let aktiviteter: [String] = [
        // Mål 1.1
        "Universellt föräldrastöd ABC (Alla Barn i Centrum) 3–12 år.",
        "Utveckling av föräldrassidan",
        "KOMET - Regelbundna riktade föräldrastödsgrupper för minskat bråk mellan barn/förälder",
        "KAKTUS- Förebyggande gruppverksamheter för barn (barn m förälder med missbruk/psyk ohälsa) samt Mina föräldrar är skilda.",
        "Stöd till barn och föräldrar i familjer med konflikter i samband med separation, BIFF och \"Mina föräldrar är skilda\".",
        "\"Föräldraskap i Sverige\" Utbildning till nyanlända föräldrar med barn 0–18 år",
        // Mål 1.2
        "Utveckling samordnas av tvärssektoriell arbetsgrupp för fullföljda studier. Varje aktör ska medverka till uppfyllelse av inriktningsmålet: Fler barn och unga uppnår bättre skolresultat och fullföljer sina studier.",
        "Sedd och saknad; närvaroarbete på 7–9-enheterna. Skolans ordinarie personal, närvarokoordinatorer, elevhälsans personal Intensiv statistikuppföljning, både inom 1-6 och 7-9",
        "Insatser som riktas till elever med psykisk ohälsa och svårigheter att komma till skolan. Eleverna blir sedda och saknade och anpassad lösning för varje individ görs av ansvarig pedagog/resursperson",
        "Samverkan skola, socialtjänst för att främja elevers mående och möjlighet att nå utbildningens mål",
        "Deltagande i två projekt: Fullföljda studier Fyrbodal",
        "VI-projektet",
        // Mål 2.1
        "Tydliggöra samverkan och flödet mellan elevhälsa och vårdcentraler vid lättare psykisk ohälsa hos barn och unga",
        "Ungdomsmottagningen arbetar mot hedersrelaterat våld och förtryck",
        "Ungdomsmottagningen önskar bidra till att inspirera i sex-och samlevnadsundervisningen",
        "ACT för unga",
        // Mål 2.2
        "Utbildning och kompetenshöjande insatser kring ANDTS-förebyggande metoder för framförallt skolpersonal men också andra aktörer som möter barn och ungdomar i sitt dagliga arbete samt föräldrar",
        "Ungdomsmottagningen har fått medel att arbeta i projektform gällande risk- och skadligt bruk gällande alkohol, droger och spelberoende gällande pengar, för ungdomar i Fyrbodalen samt övriga Ungdomsmottagningar i VGR. Detta är en möjlighet att öka kunskapen inom området och även samverka med kommunen inom detta område",
        "Utredning om uppstart av Mini-Maria pågår",
        // Mål 3.1
        "Upprätta lokal handlingsplan enligt ny överenskommelse för samverkan kring barn och ungas hälsa samt för SIP",
        // Mål 3.2
        "Socialtjänsten ingår i årlig nationell kundundersökning Utvecklingsbehov inom målområdet finns hos flera aktörer",
        "Genomföra kundenkät",
        "Uppstart av arbete för att öka ungdomsinflytandet",
        // Mål 4.1
        "Transpersoners livsvillkor. Filmvisning och workshop. Utvecklingsbehov inom målområdet finns hos flera aktörer. Inga aktiviteter finns planerade i nuläget.",
        // Mål 5.1
        "Revidering av lokal handlingsplan i enlighet med ny länsgemensam handlingsplan för suicidprevention, januari 2021",
        "Framtagande av utbildningspaket suicidprevention",
    ]

    /// Every dated follow-up, in the seed's order: its date as the seed writes it (with
    /// enough context to find that cell) and the typed time the example gives it.
    static let dateradeUppföljningar: [(seed: String, tid: Tid)] = [
        ("Maj 2020: Ytterligare en gruppledare", .månad(.maj, 2020)),
        ("23/11 - 20 : under hösten", .datum(Datum(2020, 11, 23))),
        ("22-09-28 gått ut inbjudan", .datum(Datum(2022, 9, 28))),
        ("I samband med uppföljning av handlingsplanen våren 2022", .termin(.vt, 2022).med("i samband med uppföljning av handlingsplanen")),
        ("I samband med uppföljning av handlingsplanen våren 2022", .termin(.vt, 2022).med("i samband med uppföljning av handlingsplanen")),
        ("I samband med uppföljning av handlingsplanen våren 2022", .termin(.vt, 2022).med("i samband med uppföljning av handlingsplanen")),
        ("Vid läsårsslut juni 2023", .månad(.juni, 2023).med("vid läsårsslut")),
        ("Varje termin inom ramen för projektupplägg", .återkommande(.varje(.termin))),
        ("Efter projektets avslut 2022-11-16", .datum(Datum(2022, 11, 16)).med("efter projektets avslut")),
        ("Ungdomsmottagningen 2023", .år(2023)),
        ("Ungdomsmottagningen 2023", .år(2023)),
        ("Ungdomsmottagningen 2023", .år(2023)),
        ("Ny uppföljning 2021", .år(2021).med("ny uppföljning")),
        ("Ungdomsmottagningen 2021", .år(2021)),
        ("Kommunstyrelseförvaltningen 2021", .år(2021)),
    ]

    var aktiviteterIPlanen: [Aktivitet] { plan.allaMål.flatMap(\.mål.aktiviteter) }

    @Test("validates with no errors and exactly the expected warnings")
    func validates() {
        let diagnoser = plan.validera()
        #expect(diagnoser.filter { $0.allvarlighet == .fel } == [])
        #expect(diagnoser.filter { $0.allvarlighet == .varning }.map(\.meddelande) == [
            "Aktiviteten \"\"Föräldraskap i Sverige\" Utbildning till nyanlända föräld…\" saknar delmål.",
            "Aktiviteten \"Utveckling samordnas av tvärssektoriell arbetsgrupp för f…\" saknar delmål.",
            "Aktiviteten \"Sedd och saknad; närvaroarbete på 7–9-enheterna. Skolans …\" saknar delmål.",
            "Tiden för \"Ungdomsmottagningen arbetar mot hedersrelaterat våld och …\" ligger utanför planens period.",
            "Tiden för \"Ungdomsmottagningen önskar bidra till att inspirera i sex…\" ligger utanför planens period.",
            "Tiden för \"ACT för unga\" ligger utanför planens period.",
            "Aktiviteten \"Utredning om uppstart av Mini-Maria pågår\" saknar delmål.",
            "Aktiviteten \"Upprätta lokal handlingsplan enligt ny överenskommelse fö…\" saknar delmål.",
            "Aktiviteten \"Socialtjänsten ingår i årlig nationell kundundersökning U…\" saknar ansvarig.",
            "Aktiviteten \"Socialtjänsten ingår i årlig nationell kundundersökning U…\" saknar delmål.",
        ])
    }

    @Test("every goal of the seed, and no other", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func mål() throws {
        let seed = try Seed.text("000")
        let regex = try NSRegularExpression(pattern: "Mål (\\d\\.\\d)")
        let iSeed = regex.matches(in: seed, range: NSRange(seed.startIndex..., in: seed)).map {
            String(seed[Range($0.range(at: 1), in: seed)!])
        }
        let iPlanen = plan.allaMål.compactMap(\.mål.nummer)
        #expect(iSeed == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "5.1"])
        #expect(iPlanen == iSeed)
        #expect(plan.allaMål.map(\.mål.regionalaMålId) == iSeed.map { ["B" + $0] })
        for (_, mål) in plan.allaMål {
            #expect(Seed.normaliserad(seed).contains("Mål \(mål.nummer!) \(Seed.normaliserad(mål.rubrik))"))
        }
    }

    @Test("every activity of the seed, in order", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func aktiviteterna() throws {
        let seed = Seed.normaliserad(try Seed.text("000"))
        let iPlanen = aktiviteterIPlanen.map { Seed.normaliserad($0.namn.ren) }
        for namn in Self.aktiviteter.map(Seed.normaliserad) {
            #expect(seed.contains(namn), "saknas i seed: \(namn)")
            #expect(iPlanen.contains(namn), "saknas i exemplet: \(namn)")
        }
        #expect(iPlanen == Self.aktiviteter.map(Seed.normaliserad))
        #expect(iPlanen.count == 26)
    }

    @Test("the ABC activity spans four delmål rows")
    func abc() throws {
        let abc = try #require(aktiviteterIPlanen.first)
        #expect(abc.rader.map { $0.text?.ren.prefix(24) } == [
            "Utbilda fler gruppledare", "För att verksamheten ska", "Nå ut till föräldrar til", "Digitala grupper",
        ])
        #expect(abc.rader[0].när.count == 2)
        #expect(abc.rader[1].när == [.fritext("När behov finnes")])
        #expect(abc.rader[1].ansvar == nil)
        #expect(abc.rader.map(\.uppföljning.count) == [2, 0, 1, 1])
        #expect(aktiviteterIPlanen.reduce(0) { $0 + $1.rader.count } == 29)
    }

    @Test("every dated follow-up, with its typed time", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func uppföljningar() throws {
        let seed = Seed.normaliserad(try Seed.text("000"))
        for (text, antal) in Dictionary(Self.dateradeUppföljningar.map { (Seed.normaliserad($0.seed), 1) }, uniquingKeysWith: +) {
            #expect(seed.components(separatedBy: text).count - 1 == antal, "\(text) ska finnas \(antal) gång(er) i seed")
        }
        let daterade = aktiviteterIPlanen.flatMap(\.allaUppföljningar).compactMap(\.tid)
        #expect(daterade.count == Self.dateradeUppföljningar.count)
        #expect(daterade == Self.dateradeUppföljningar.map(\.tid))
    }

    @Test("the working group, with its revision marks", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func arbetsgrupp() throws {
        let seed = try Seed.text("000")
        let grupp = try #require(plan.innehåll.compactMap { del -> Arbetsgrupp? in
            if case .arbetsgrupp(let grupp) = del { return grupp } else { return nil }
        }.first)
        #expect(grupp.rader.count == 9)
        #expect(grupp.rader.filter { $0.reviderat == 2022 }.count
                == seed.components(separatedBy: "Reviderat 2022").count - 1)
        let normaliserad = Seed.normaliserad(seed)
        for rad in grupp.rader {
            #expect(normaliserad.contains(rad.förvaltning))
            for namn in rad.namn { #expect(normaliserad.contains(namn)) }
        }
    }
}

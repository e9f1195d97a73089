import Examples
@testable import PlanModel
import Testing

/// Validation's text review walks the plan through its types (`Texthållare`), not by
/// reflection. These tests hold it to what a reflecting walk over every stored field finds:
/// the same texts and links, at the same places, in the same order, on every example plan
/// and on a plan with every kind of text slot filled.
@Suite("The text walk meets every text a reflecting walk meets")
struct TextWalkTests {
    /// One text or link met by a walk.
    enum Met: Equatable, CustomStringConvertible {
        case text(String, Källplats)
        case link(String, address: String, Källplats)

        var description: String {
            switch self {
            case .text(let text, let plats): return "text \(text.debugDescription) at \(plats)"
            case .link(let text, let address, let plats): return "link \(text.debugDescription) → \(address) at \(plats)"
            }
        }
    }

    /// What the typed walk meets.
    struct Log: Textbesökare {
        var met: [Met] = []
        mutating func text(_ text: String, plats: Källplats) { met.append(.text(text, plats)) }
        mutating func länk(_ text: String, adress: String, plats: Källplats) { met.append(.link(text, address: adress, plats)) }
    }

    /// What reflection meets: every stored `String`, and each `Textdel.länk` as a link, at
    /// the nearest value with a stored `plats`.
    static func reflected(_ value: Any, plats: Källplats, into met: inout [Met]) {
        if let text = value as? String {
            met.append(.text(text, plats))
            return
        }
        if let del = value as? Textdel, case .länk(let text, let adress) = del {
            met.append(.link(text, address: adress, plats))
            return
        }
        if value is Källplats { return }
        let mirror = Mirror(reflecting: value)
        let own = mirror.children.first { $0.label == "plats" }?.value as? Källplats ?? plats
        for child in mirror.children { reflected(child.value, plats: own, into: &met) }
    }

    static func walks(_ plan: Handlingsplan) -> (typed: [Met], reflected: [Met]) {
        var log = Log()
        plan.besökTexter(&log, plats: plan.plats)
        var met: [Met] = []
        reflected(plan, plats: plan.plats, into: &met)
        return (log.met, met)
    }

    /// Where the walks part: the first text one meets and the other does not, or nil.
    static func difference(_ typed: [Met], _ reflected: [Met]) -> String? {
        guard typed != reflected else { return nil }
        let index = zip(typed, reflected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(typed.count, reflected.count)
        let mine = index < typed.count ? "\(typed[index])" : "nothing"
        let theirs = index < reflected.count ? "\(reflected[index])" : "nothing"
        return "at \(index): typed walk meets \(mine), reflection \(theirs)"
    }

    @Test("on every example plan", arguments: Exempel.planer.map(\.id))
    func examples(id: String) throws {
        let plan = try #require(Exempel.planer.first { $0.id == id })
        let (typed, reflected) = Self.walks(plan)
        #expect(!typed.isEmpty)
        #expect(Self.difference(typed, reflected) == nil)
    }

    /// A plan with a text in every optional slot and every case that holds text.
    static var everySlot: Handlingsplan {
        var plan = Handlingsplan(id: "alla-falt", organisationer: ["Org"], titel: "Titel", undertitel: "Undertitel",
                                 period: .intervall(.inledd("från", .år(2020)), .kommenterad(.frånOchMed(.fritext("fri")), "kommentar")),
                                 fastställd: Fastställande(av: "Kommunfullmäktige", Datum(2020, 1, 1)),
                                 förvaltningar: ["Förvaltning"], kommunkod: "1487",
                                 underskrifter: [Underskrift("Namn", titel: "Roll", förvaltning: "Enhet")],
                                 kortTitel: "Kort", mallmapp: "egen") {}
        let länk = Löptext(delar: [.text("a"), .betonad("b"), .fet("c"), .länk("d", adress: "https://example.org"),
                                   .hänvisning("e", till: "f")])
        var aktivitet = Aktivitet(länk, när: [.återkommande(.antal(2, "grupper", per: .termin)), .återkommande(.varje(.år))],
                                  ansvar: "Ansvar") {}
        aktivitet.vad = [.punktlista(punkter: [Listpunkt(text: "p", underpunkter: [Listpunkt(text: "q")])])]
        var indikator = Indikator("Indikator", .resultat, källa: .enkät("Enkät"))
        indikator.utgångsvärde = Mätvärde(1, "procent", .läsår(2020))
        indikator.målvärde = Mätvärde(2, "st", .fritext("mål"))
        indikator.serier = [Indikatorserie(.flickor, [Mätvärde(3, "andel", .termin(.vt, 2021))])]
        aktivitet.indikatorer = [indikator]
        aktivitet.rader.append(Delmål("Delmål", när: [.fritext("tid")], ansvar: "Någon", fil: "d.swift", rad: 3) {
            Uppföljning(.fritext("uppföljd"), "Gjort", fil: "u.swift", rad: 4)
        })
        var mål = Mål("1.1", "Mål", genomför: RegionaltMål.barnOchUnga.first!)
        mål.ledtext = "Ledtext"
        mål.aktiviteter = [aktivitet]
        mål.kortsiktigPeriod = .kommenterad(.år(2021), "kort")
        mål.indikatorer = [Indikator("Kort indikator", .process, källa: .kolada("N1"))]
        mål.långsiktigaMål = ["Långsiktigt"]
        mål.långsiktigaIndikatorer = [Indikator("Lång", .resultat, källa: .register("Register"))]
        var fokus = Fokus(.förebyggandeOchFrämjande, rubrik: "Fokus") {}
        fokus.text = [.numreradLista(punkter: [Listpunkt(text: "n")])]
        fokus.mål = [mål]
        var kapitel = Kapitel("Kapitel", nummer: "2") {}
        kapitel.innehåll = [.text(.stycke(text: "Stycke")), .fokus(fokus)]
        plan.innehåll = [
            .kapitel(kapitel),
            .arbetsgrupp(Arbetsgrupp(fil: "a.swift", rad: 5) { Medlemmar("Förvaltning", "A", "B", reviderat: 2021, anmärkning: "Anm") }),
            .effektmål(Effektmålstabell("Effektmål", delområde: "Delområde", etapper: [Etapp(slag: .effektmål, tid: .fritext("etapp"))],
                                        fil: "e.swift", rad: 6) { Delområde("Namn", "Mål 1", "Mål 2", fil: "o.swift", rad: 7) }),
        ]
        return plan
    }

    @Test("on a plan with every kind of text slot filled")
    func everyKindOfSlot() {
        let (typed, reflected) = Self.walks(Self.everySlot)
        #expect(typed.count > 40)
        #expect(typed.contains(.link("d", address: "https://example.org", Self.everySlot.innehåll.first.flatMap {
            if case .kapitel(let kapitel) = $0, case .fokus(let fokus) = kapitel.innehåll[1] { return fokus.mål[0].aktiviteter[0].plats }
            return nil
        }!)))
        #expect(Self.difference(typed, reflected) == nil)
    }
}

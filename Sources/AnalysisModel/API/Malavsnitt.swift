import PlanModel

/// The report's section on one regional goal: the goal, its background, its indicators
/// and the county-wide activities the plan names, then the report's pages on the work
/// done (`Avsnitt`, `Fördjupning`).
///
/// Target group and fokusområde come from the typed goal. The heading is the goal's
/// own unless the report words it differently.
///
/// ```swift
/// Målavsnitt(.v1_1) {
///     Bakgrundsbeskrivning("Varje år tar cirka 200 personer i Västra Götaland sitt eget liv. …")
///     Målindikatorer {
///         Indikator("Antal suicid i befolkningen.", .resultat)
///         Indikator("Handlingsplan för suicidprevention.", .process)
///     }
///     LänsgemensammaAktiviteter {
///         Länsaktivitet("Länsgemensam handlingsplan för suicidprevention ska tas fram …",
///                       genomförd: "Framtagen 2020: …")
///     }
///     Avsnitt("Vårdsamverkansområdena har huvudsakligen arbetat med …") { … }
///     Fördjupning { Områdesaktiviteter(.fyrbodal) { … } }
/// }
/// ```
public struct Målavsnitt: Sendable, Hashable, Codable {
    public var mål: Målreferens
    public var bakgrund: [Textblock]
    public var indikatorer: [Indikator]
    /// The county-wide activities the plan names for the goal; empty where it has none.
    public var länsaktiviteter: [Länsaktivitet]
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ mål: Målreferens, fil: String = #filePath, rad: Int = #line,
                @Samla<any Målavsnittsdel> _ delar: () -> [any Målavsnittsdel]) {
        self.mål = mål
        self.bakgrund = []
        self.indikatorer = []
        self.länsaktiviteter = []
        self.innehåll = []
        self.plats = Källplats(fil: fil, rad: rad)
        for del in delar() { del.lägg(till: &self) }
    }

    public init(_ mål: RegionaltMål, rubrik: String? = nil, fil: String = #filePath, rad: Int = #line,
                @Samla<any Målavsnittsdel> _ delar: () -> [any Målavsnittsdel]) {
        self.init(Målreferens(mål, rubrik: rubrik), fil: fil, rad: rad, delar)
    }

    /// The areas the section's Fördjupning has a heading for, in order.
    public var fördjupadeOmråden: [Vårdsamverkansområde] {
        Rapportinnehåll.samla(innehåll) { del in
            if case .områdesaktiviteter(let aktiviteter) = del { return aktiviteter.område }
            return nil
        }
    }
}

/// A county-wide activity the regional plan names for a goal, with its outcome where it
/// is done (✓ in the seed).
///
/// ```swift
/// Länsaktivitet("Inrättande av regionalt resurscentra för psykisk hälsa.")
/// Länsaktivitet("Vid behov revidera den länsgemensamma riktlinjen …", genomförd: "Revidering genomförd 2020.")
/// ```
public struct Länsaktivitet: Sendable, Hashable, Codable {
    public var text: Löptext
    public var genomförd: Bool
    /// What came of it, where the report says.
    public var utfall: Löptext?
    public var plats: Källplats

    public init(_ text: Löptext, fil: String = #filePath, rad: Int = #line) {
        self.text = text
        self.genomförd = false
        self.utfall = nil
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// A done activity and its outcome.
    public init(_ text: Löptext, genomförd utfall: Löptext, fil: String = #filePath, rad: Int = #line) {
        self.text = text
        self.genomförd = true
        self.utfall = utfall
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// The section *Fördjupning av vårdsamverkansområdenas aktiviteter*: per area, what it has
/// done and when, and what comes next.
///
/// ```swift
/// Fördjupning {
///     Områdesaktiviteter(.fyrbodal) {
///         Insats("Stöttat lokalt arbete med suicidprevention", .årsintervall(2018, 2021))
///         Kommande("lokala utbildningsinsatser.")
///     }
///     Not("SPISS står för Suicidprevention I Svensk Sjukvård.")
/// }
/// ```
public struct Fördjupning: Sendable, Hashable, Codable {
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(fil: String = #filePath, rad: Int = #line, @Samla<any Fördjupningsdel> _ innehåll: () -> [any Fördjupningsdel]) {
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// What one vårdsamverkansområde has done for a goal, as a list.
///
/// ```swift
/// Områdesaktiviteter(.skaraborg) {
///     Insats("Genomfört förstudie om samsjuklighet", .år(2021))
///     BidrarIndirekt(.v3_1)
///     Kommande("fortsatt arbete med förstudie.")
/// }
/// ```
public struct Områdesaktiviteter: Sendable, Hashable, Codable {
    public var område: Vårdsamverkansområde
    public var punkter: [Områdespunkt]
    public var plats: Källplats

    public init(_ område: Vårdsamverkansområde, fil: String = #filePath, rad: Int = #line,
                @Samla<Områdespunkt> _ punkter: () -> [Områdespunkt]) {
        self.område = område
        self.punkter = punkter()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// One line of an area's list in a Fördjupning. Written with `Insats`, `Kommande`,
/// `Etiketterad` and `BidrarIndirekt`, or a plain string.
///
/// ```swift
/// Områdesaktiviteter(.samla) {
///     "Inga aktiviteter har rapporterats."        // .insats with no time
///     Insats("Genomfört brukardialoger", .årsintervall(2019, 2020))
/// }
/// ```
public enum Områdespunkt: Sendable, Hashable, Codable {
    /// Something done, with the years it was done in and further detail:
    /// "Anställt delregional samordnare (2021). Samordnaren kommer …"
    case insats(text: Löptext, när: [Tid], detalj: Löptext?)
    /// What the area plans next (*Kommande aktiviteter:*); `ental` for the singular label.
    case kommande(text: Löptext, ental: Bool)
    /// A line under the report's own label: "*Lokal handlingsplan:* Framtagen i …".
    case etiketterad(etikett: String, text: Löptext)
    /// The area says its work on other goals serves this one too.
    case bidrarIndirekt([Målreferens])
}

extension Samla where Element == Områdespunkt {
    public static func buildExpression(_ text: String) -> [Områdespunkt] {
        [.insats(text: Löptext(text), när: [], detalj: nil)]
    }
}

/// Something an area has done. With times, write the text without its final period: the
/// layout prints "text (2018–2021)." and then the detail.
///
/// ```swift
/// Insats("Anställt delregional samordnare", .år(2021), detalj: "Samordnaren kommer bland annat …")
/// Insats("Genomfört inspirationsdagar om vård och stödsamordning", .år(2018), .år(2019), .år(2021))
/// ```
public func Insats(_ text: Löptext, _ när: Tid..., detalj: Löptext? = nil) -> Områdespunkt {
    .insats(text: text, när: när, detalj: detalj)
}

/// What an area plans next.
///
/// ```swift
/// Kommande("Nätverksträffar för SIP-samordnare.")
/// Kommande("Starta upp en Mini Maria-mottagningar.", ental: true)   // "Kommande aktivitet:"
/// ```
public func Kommande(_ text: Löptext, ental: Bool = false) -> Områdespunkt { .kommande(text: text, ental: ental) }

/// A line under the report's own label.
///
/// ```swift
/// Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare 6 kommuner.")
/// ```
public func Etiketterad(_ etikett: String, _ text: Löptext) -> Områdespunkt { .etiketterad(etikett: etikett, text: text) }

/// The area's statement that its work on other goals serves this one too.
///
/// ```swift
/// BidrarIndirekt(.v3_1, .v4_2)
/// ```
public func BidrarIndirekt(_ mål: RegionaltMål...) -> Områdespunkt { .bidrarIndirekt(mål.map { Målreferens($0) }) }

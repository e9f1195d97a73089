import PlanModel

/// An analysis report (*fördjupad analys*): the cover's title block, who wrote it, and
/// the content in the report's order.
///
/// A report is written once in the DSL and rendered by the same writers as the plans:
///
/// ```swift
/// let rapport = Analysrapport(
///     id: "fordjupad-analys-2021",
///     titel: "Fördjupad analys 2021",
///     undertitel: "Fördjupad analys av arbetet med handlingsplanen",
///     avser: "Det goda livet i Västra Götaland – Handlingsplan för psykisk hälsa 2018–2022",
///     organisationer: ["VästKom", "Västra Götalandsregionen"],
///     utförare: Utförare("Lumell Associates", webbplats: "www.lumell.se"),
///     period: .år(2021)
/// ) {
///     Sammanfattning("I rapporten presenteras observationer inom tre områden") { … }
///     Rapportkapitel(1, "Kort om handlingsplan för psykisk hälsa") { … }
/// }
/// ```
public struct Analysrapport: Sendable, Hashable, Codable, Identifiable {
    /// The report's short name, used for file names: lowercase letters, digits and hyphens.
    public var id: String
    public var titel: String
    public var undertitel: String?
    /// The plan or work the report analyses, as the cover names it.
    public var avser: String?
    /// Further lines of the cover, in the report's words.
    public var omslagstexter: [String]
    public var organisationer: [String]
    /// Who compiled the report (an external evaluator, or the program for a derived analysis).
    public var utförare: Utförare?
    public var kontakter: [Kontakt]
    /// The time the report covers or was written in, as precisely as it says.
    public var period: Tid?
    /// The day the report states its findings for, where it has one.
    public var datum: Datum?
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(id: String, titel: String, undertitel: String? = nil, avser: String? = nil,
                omslagstexter: [String] = [], organisationer: [String] = [], utförare: Utförare? = nil,
                kontakter: [Kontakt] = [], period: Tid? = nil, datum: Datum? = nil,
                fil: String = #fileID, rad: Int = #line,
                @Samla<any Rapportdel> _ innehåll: () -> [any Rapportdel]) {
        self.init(id: id, titel: titel, undertitel: undertitel, avser: avser, omslagstexter: omslagstexter,
                  organisationer: organisationer, utförare: utförare, kontakter: kontakter, period: period,
                  datum: datum, innehåll: innehåll().map(\.rapportinnehåll), plats: Källplats(fil: fil, rad: rad))
    }

    /// A report assembled by a program rather than written in the DSL.
    public init(id: String, titel: String, undertitel: String? = nil, avser: String? = nil,
                omslagstexter: [String] = [], organisationer: [String] = [], utförare: Utförare? = nil,
                kontakter: [Kontakt] = [], period: Tid? = nil, datum: Datum? = nil,
                innehåll: [Rapportinnehåll], plats: Källplats) {
        self.id = id
        self.titel = titel
        self.undertitel = undertitel
        self.avser = avser
        self.omslagstexter = omslagstexter
        self.organisationer = organisationer
        self.utförare = utförare
        self.kontakter = kontakter
        self.period = period
        self.datum = datum
        self.innehåll = innehåll
        self.plats = plats
    }

    /// Every per-goal section of the report, wherever it stands, in order.
    public var målavsnitt: [Målavsnitt] {
        Rapportinnehåll.samla(innehåll) { del in
            if case .målavsnitt(let avsnitt) = del { return avsnitt }
            return nil
        }
    }
}

/// Who compiled a report.
///
/// ```swift
/// Utförare("Lumell Associates", webbplats: "www.lumell.se")
/// ```
public struct Utförare: Sendable, Hashable, Codable {
    public var namn: String
    public var webbplats: String?

    public init(_ namn: String, webbplats: String? = nil) {
        self.namn = namn
        self.webbplats = webbplats
    }
}

/// A contact person named on the report.
///
/// ```swift
/// Kontakt("Catharina Sundström", epost: "catharina.sundstrom@vastkom.se")
/// ```
public struct Kontakt: Sendable, Hashable, Codable {
    public var namn: String
    public var epost: String?

    public init(_ namn: String, epost: String? = nil) {
        self.namn = namn
        self.epost = epost
    }
}

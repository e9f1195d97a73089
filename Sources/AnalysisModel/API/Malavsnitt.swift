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

    public init(_ mål: Målreferens, fil: String = #fileID, rad: Int = #line,
                @Samla<any Målavsnittsdel> _ delar: () -> [any Målavsnittsdel]) {
        self.mål = mål
        self.bakgrund = []
        self.indikatorer = []
        self.länsaktiviteter = []
        self.innehåll = []
        self.plats = Källplats(fil: fil, rad: rad)
        for del in delar() { del.lägg(till: &self) }
    }

    public init(_ mål: RegionaltMål, rubrik: String? = nil, fil: String = #fileID, rad: Int = #line,
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

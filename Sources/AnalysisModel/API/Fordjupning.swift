import PlanModel

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

    public init(fil: String = #fileID, rad: Int = #line, @Samla<any Fördjupningsdel> _ innehåll: () -> [any Fördjupningsdel]) {
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// How a plan will see whether something happened or worked.
///
/// The kind matters for the regional analysis: process indicators measure what was done
/// (close to the activity), result indicators measure effects (far from it).
///
/// ```swift
/// Indikator("Antal deltagare", .process)
/// Indikator("Andel elever med gymnasiebehörighet", .resultat, källa: .kolada("N15419"),
///           utgångsvärde: Mätvärde(79, "%", .år(2022)), målvärde: Mätvärde(85, "%", .år(2025)))
/// ```
public struct Indikator: Sendable, Hashable, Codable {
    public var text: Löptext
    public var typ: Indikatortyp
    /// Where the figures come from: a Kolada KPI id, a survey, a register.
    public var källa: Indikatorkälla?
    /// The value when the work started.
    public var utgångsvärde: Mätvärde?
    /// The value the plan aims for.
    public var målvärde: Mätvärde?
    /// Values measured over time, per gender group, as the plan writes them (Kolada's come
    /// from saved files instead); nil where the plan gives none.
    public var serier: [Indikatorserie]?
    public var plats: Källplats

    public init(_ text: Löptext, _ typ: Indikatortyp, källa: Indikatorkälla? = nil,
                utgångsvärde: Mätvärde? = nil, målvärde: Mätvärde? = nil, serier: [Indikatorserie]? = nil,
                fil: String = #fileID, rad: Int = #line) {
        self.serier = serier
        self.text = text
        self.typ = typ
        self.källa = källa
        self.utgångsvärde = utgångsvärde
        self.målvärde = målvärde
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// Process (prestation: what was done) or result (resultat/effekt: what changed).
public enum Indikatortyp: String, Sendable, Hashable, Codable, CaseIterable {
    case process
    case resultat
}

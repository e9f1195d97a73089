/// How a plan will see whether something happened or worked.
///
/// The kind matters for the regional analysis: process indicators measure what was done
/// (close to the activity), result indicators measure effects (far from it).
///
/// ```swift
/// Indikator("Antal deltagare", .process)
/// Indikator("Andel elever med gymnasiebehörighet", .resultat, källa: "Kolada N15419")
/// ```
public struct Indikator: Sendable, Hashable, Codable {
    public var text: Löptext
    public var typ: Indikatortyp
    /// Where the figures come from: a Kolada KPI id, a survey, a register.
    public var källa: String?
    public var plats: Källplats

    public init(_ text: Löptext, _ typ: Indikatortyp, källa: String? = nil,
                fil: String = #filePath, rad: Int = #line) {
        self.text = text
        self.typ = typ
        self.källa = källa
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// Process (prestation: what was done) or result (resultat/effekt: what changed).
public enum Indikatortyp: String, Sendable, Hashable, Codable, CaseIterable {
    case process
    case resultat
}

import PlanModel

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

    public init(_ text: Löptext, fil: String = #fileID, rad: Int = #line) {
        self.text = text
        self.genomförd = false
        self.utfall = nil
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// A done activity and its outcome.
    public init(_ text: Löptext, genomförd utfall: Löptext, fil: String = #fileID, rad: Int = #line) {
        self.text = text
        self.genomförd = true
        self.utfall = utfall
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

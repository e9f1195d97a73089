/// The working group behind a plan: per administration its members, with the year a
/// line was last revised.
///
/// ```swift
/// Arbetsgrupp {
///     Medlemmar("Socialförvaltning", "Jennie Nielsen", reviderat: 2022)
///     Medlemmar("Kunskapsförbundet Väst", reviderat: 2022)        // no name given
///     Medlemmar("BUP", anmärkning: "Fråga om revidering skickad till Sara Klingstedt")
/// }
/// ```
public struct Arbetsgrupp: Sendable, Hashable, Codable {
    public var rader: [Medlemmar]
    public var plats: Källplats

    public init(fil: String = #fileID, rad: Int = #line, @Samla<Medlemmar> _ rader: () -> [Medlemmar]) {
        self.rader = rader()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// One administration's line in the working group.
public struct Medlemmar: Sendable, Hashable, Codable {
    public var förvaltning: String
    /// The members' names; empty where the plan names nobody.
    public var namn: [String]
    /// The year of the revision mark ("Reviderat 2022").
    public var reviderat: Int?
    /// What the plan says instead of, or beside, names.
    public var anmärkning: String?
    public var plats: Källplats

    public init(_ förvaltning: String, _ namn: String..., reviderat: Int? = nil, anmärkning: String? = nil,
                fil: String = #fileID, rad: Int = #line) {
        self.förvaltning = förvaltning
        self.namn = namn
        self.reviderat = reviderat
        self.anmärkning = anmärkning
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

import PlanModel

/// Ways forward for one area of the findings, per level of actor.
///
/// ```swift
/// VägarFramåt("Fördelning av medel") {
///     Nivå(.västKomVGR) { Punktlista { "Uppmuntra och stötta vårdsamverkansområdena …" } }
///     Nivå(.statenSKR) { Punktlista { "Skapa en långsiktighet i tilldelningen av medel …" } }
/// }
/// ```
public struct VägarFramåt: Sendable, Hashable, Codable {
    public var rubrik: String
    public var nivåer: [Nivå]
    public var plats: Källplats

    public init(_ rubrik: String, fil: String = #fileID, rad: Int = #line, @Samla<Nivå> _ nivåer: () -> [Nivå]) {
        self.rubrik = rubrik
        self.nivåer = nivåer()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// The ways forward for one level of actor, under the level's name from the label file.
///
/// ```swift
/// Nivå(.vårdsamverkansområden) { Punktlista { "Fortsätt att nyttja medel flexibelt …" } }
/// ```
public struct Nivå: Sendable, Hashable, Codable {
    public var aktörsnivå: Aktörsnivå
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ aktörsnivå: Aktörsnivå, fil: String = #fileID, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.aktörsnivå = aktörsnivå
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

import PlanModel

/// An overview of goals for one target group where the work is of one extent, each with
/// the report's description of the work.
///
/// ```swift
/// Målöversikt(.vuxna, .begränsat) {
///     Målbedömning(.v2_1, "Få vårdsamverkansområden har arbetat aktivt med området.")
/// }
/// ```
public struct Målöversikt: Sendable, Hashable, Codable {
    public var målgrupp: Målgrupp
    public var omfattning: Omfattning
    public var rader: [Målbedömning]
    public var plats: Källplats

    public init(_ målgrupp: Målgrupp, _ omfattning: Omfattning, fil: String = #fileID, rad: Int = #line,
                @Samla<Målbedömning> _ rader: () -> [Målbedömning]) {
        self.init(målgrupp: målgrupp, omfattning: omfattning, rader: rader(), plats: Källplats(fil: fil, rad: rad))
    }

    /// An overview assembled by a program.
    public init(målgrupp: Målgrupp, omfattning: Omfattning, rader: [Målbedömning], plats: Källplats) {
        self.målgrupp = målgrupp
        self.omfattning = omfattning
        self.rader = rader
        self.plats = plats
    }
}

/// A row of a goal overview: the goal and what the report says about the work on it.
///
/// ```swift
/// Målbedömning(.v1_1, "Samtliga vårdsamverkansområden har arbetat aktivt med området.")
/// ```
public struct Målbedömning: Sendable, Hashable, Codable {
    public var mål: Målreferens
    public var text: Löptext
    public var plats: Källplats

    public init(_ mål: Målreferens, _ text: Löptext, fil: String = #fileID, rad: Int = #line) {
        self.mål = mål
        self.text = text
        self.plats = Källplats(fil: fil, rad: rad)
    }

    public init(_ mål: RegionaltMål, _ text: Löptext, fil: String = #fileID, rad: Int = #line) {
        self.init(Målreferens(mål), text, fil: fil, rad: rad)
    }
}

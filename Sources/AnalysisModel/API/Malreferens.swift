import PlanModel

/// A reference to a regional goal, with the report's own wording of its heading where
/// the report words it differently from the goal's definition. The goal itself is never
/// retyped: it is the typed constant (`.v1_1`).
///
/// ```swift
/// let b3_1 = Målreferens(.b3_1, rubrik: "Barn och unga som har behov av samordnade insatser ska ha en SIP/Västbusplan")
/// Mållista(.barnOchUnga) { .b1_1; .b1_2; b3_1 }
/// ```
public struct Målreferens: Sendable, Hashable, Codable {
    public var mål: RegionaltMål
    /// The report's wording of the heading; nil where it is the goal's own.
    public var egenRubrik: String?

    public init(_ mål: RegionaltMål, rubrik: String? = nil) {
        self.mål = mål
        self.egenRubrik = rubrik
    }

    /// The heading as the report prints it.
    public var rubrik: String { egenRubrik ?? mål.rubrik }

    public var id: String { mål.id }
}

extension Samla where Element == Målreferens {
    public static func buildExpression(_ mål: RegionaltMål) -> [Målreferens] { [Målreferens(mål)] }
}

/// The report's list of the plan's goals for one target group, grouped by fokusområde.
///
/// ```swift
/// Mållista(.vuxna) { .v1_1; .v2_1; .v3_1; .v3_2; .v4_1; .v4_2; .v5_1 }
/// ```
public struct Mållista: Sendable, Hashable, Codable {
    public var målgrupp: Målgrupp
    public var mål: [Målreferens]
    public var plats: Källplats

    public init(_ målgrupp: Målgrupp, fil: String = #filePath, rad: Int = #line,
                @Samla<Målreferens> _ mål: () -> [Målreferens]) {
        self.målgrupp = målgrupp
        self.mål = mål()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

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

    public init(_ målgrupp: Målgrupp, _ omfattning: Omfattning, fil: String = #filePath, rad: Int = #line,
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

    public init(_ mål: Målreferens, _ text: Löptext, fil: String = #filePath, rad: Int = #line) {
        self.mål = mål
        self.text = text
        self.plats = Källplats(fil: fil, rad: rad)
    }

    public init(_ mål: RegionaltMål, _ text: Löptext, fil: String = #filePath, rad: Int = #line) {
        self.init(Målreferens(mål), text, fil: fil, rad: rad)
    }
}

import PlanModel

/// The report's list of the plan's goals for one target group, grouped by fokusområde.
///
/// ```swift
/// Mållista(.vuxna) { .v1_1; .v2_1; .v3_1; .v3_2; .v4_1; .v4_2; .v5_1 }
/// ```
public struct Mållista: Sendable, Hashable, Codable {
    public var målgrupp: Målgrupp
    public var mål: [Målreferens]
    public var plats: Källplats

    public init(_ målgrupp: Målgrupp, fil: String = #fileID, rad: Int = #line,
                @Samla<Målreferens> _ mål: () -> [Målreferens]) {
        self.målgrupp = målgrupp
        self.mål = mål()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

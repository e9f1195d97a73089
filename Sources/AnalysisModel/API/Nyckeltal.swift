import PlanModel

/// A key figure shown large, with the words around it.
///
/// ```swift
/// Nyckeltal(.msek(6450), "fördelades i statliga stimulansmedel för psykisk hälsa mellan 2018-2021")
/// Nyckeltal("Medel som gått till Västra Götaland", .cirka(.msek(1034)), "(2018-2021)")
/// ```
public struct Nyckeltal: Sendable, Hashable, Codable {
    public var före: String?
    public var tal: Tal
    public var efter: String
    public var plats: Källplats

    public init(_ tal: Tal, _ efter: String, fil: String = #fileID, rad: Int = #line) {
        self.före = nil
        self.tal = tal
        self.efter = efter
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// A key figure with words before it too.
    public init(_ före: String, _ tal: Tal, _ efter: String, fil: String = #fileID, rad: Int = #line) {
        self.init(tal, efter, fil: fil, rad: rad)
        self.före = före
    }
}

/// An indicator's measured values over time for one gender group, as the plan writes them.
///
/// ```swift
/// Indikator("Andel elever som känner sig trygga", .resultat, källa: .enkät("Skolenkäten"),
///           serier: [
///               Indikatorserie(.flickor, [Mätvärde(71, "%", .år(2021)), Mätvärde(74, "%", .år(2022))]),
///               Indikatorserie(.pojkar, [Mätvärde(80, "%", .år(2021)), Mätvärde(79, "%", .år(2022))]),
///           ])
/// ```
public struct Indikatorserie: Sendable, Hashable, Codable {
    public var kön: Kön
    /// One value per year or term; a time without a value is not listed.
    public var värden: [Mätvärde]

    public init(_ kön: Kön = .totalt, _ värden: [Mätvärde]) {
        self.kön = kön
        self.värden = värden
    }
}

/// Whom a value counts: everyone, girls, or boys.
public enum Kön: String, Sendable, Hashable, Codable, CaseIterable {
    case totalt, flickor, pojkar
}

/// The levels the report gives ways forward for.
///
/// ```swift
/// Nivå(.statenSKR) { Punktlista { "Sprid goda exempel på aktiviteter mellan olika län." } }
/// ```
public enum Aktörsnivå: String, Sendable, Hashable, Codable, CaseIterable {
    /// VästKom and Västra Götalandsregionen, at county level.
    case västKomVGR
    case vårdsamverkansområden
    /// The state and SKR, at national level.
    case statenSKR
}

/// A measured or wanted value of an indicator: a number, its unit, and when it holds.
///
/// Used for an indicator's baseline (*utgångsvärde*) and target (*målvärde*):
///
/// ```swift
/// Indikator("Andel elever som känner sig trygga i skolan", .resultat,
///           källa: .enkät("Skolenkäten"),
///           utgångsvärde: Mätvärde(79, "%", .år(2022)),
///           målvärde: Mätvärde(85, "%", .år(2025)))
/// ```
public struct Mätvärde: Sendable, Hashable, Codable {
    /// The number, as the plan states it.
    public var värde: Double
    /// The unit the number is in: "%", "elever", "per 1 000 invånare".
    public var enhet: String?
    /// When the value was measured or is to be reached.
    public var tid: Tid?

    public init(_ värde: Double, _ enhet: String? = nil, _ tid: Tid? = nil) {
        self.värde = värde
        self.enhet = enhet
        self.tid = tid
    }
}

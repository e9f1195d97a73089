import PlanModel

/// The findings from the interviews on a subject, under the heading *Observationer från
/// intervjuer*.
///
/// ```swift
/// Observationer { Stycke("Intervjuade påtalar att det är svårt att koppla …") }
/// ```
public struct Observationer: Sendable, Hashable, Codable {
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(fil: String = #fileID, rad: Int = #line, @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

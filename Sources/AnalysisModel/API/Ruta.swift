import PlanModel

/// A boxed summary with a title, such as the summary's three areas.
///
/// ```swift
/// Ruta("Fördelning av medel") {
///     Punktlista { "I Västra Götaland har 229 miljoner av stimulansmedlen …" }
/// }
/// ```
public struct Ruta: Sendable, Hashable, Codable {
    public var rubrik: String
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ rubrik: String, fil: String = #fileID, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.rubrik = rubrik
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

import PlanModel

/// A page of the report's summary, headed "Sammanfattning: …".
///
/// ```swift
/// Sammanfattning("I rapporten presenteras observationer inom tre områden") {
///     Stycke("Rapporten syftar till att …")
///     Ruta("Fördelning av medel") { Punktlista { "I Västra Götaland har 229 miljoner …" } }
/// }
/// ```
public struct Sammanfattning: Sendable, Hashable, Codable {
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

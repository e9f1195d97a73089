import PlanModel

/// A kind of work done for a goal, with the vårdsamverkansområden the report names for it
/// (in bold in the seed) and the report's description and quotes.
///
/// The heading is the kind's name from the label file unless the report words it
/// differently (`rubrik:`).
///
/// ```swift
/// Aktivitetsgrupp(.planerOchRiktlinjer, rubrik: "Framtagande av handlingsplan",
///                 områden: [.samla, .simba, .södraÄlvsborg]) {
///     Stycke { "Hälften av vårdsamverkansområdena ("; Fet("SAMLA, SIMBA och Södra Älvsborg"); ") har tagit fram …" }
///     Citat("Vi har nu en delregional handlingsplan.")
/// }
/// ```
public struct Aktivitetsgrupp: Sendable, Hashable, Codable {
    /// One kind, or two where the report treats them together.
    public var slag: [Aktivitetsslag]
    public var egenRubrik: String?
    public var områden: [Vårdsamverkansområde]
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ slag: Aktivitetsslag..., rubrik: String? = nil, områden: [Vårdsamverkansområde] = [],
                fil: String = #fileID, rad: Int = #line, @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.slag = slag
        self.egenRubrik = rubrik
        self.områden = områden
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

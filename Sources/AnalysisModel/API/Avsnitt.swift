import PlanModel

/// A section under a heading; sections nest. In the seed report each page has one, its
/// heading being the page's message.
///
/// ```swift
/// Avsnitt("Handlingsplanen togs fram mellan år 2016 och år 2017") {
///     Avsnitt("Framtagandet av handlingsplanen") { Stycke("Arbetet med …") }
/// }
/// Avsnitt("..och kategoriserar medlen i breda delområden..", nummer: "2") { … }
/// Avsnitt("Resultat för invånaren är svåra att uppskatta", id: "resultat") { … }   // Hänvisning(…, till: "resultat")
/// ```
public struct Avsnitt: Sendable, Hashable, Codable {
    public var nummer: String?
    public var rubrik: String
    /// The section's anchor, for `Hänvisning(…, till: id)`; nil: made from the heading.
    public var id: String?
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ rubrik: String, nummer: String? = nil, id: String? = nil, fil: String = #fileID, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.init(rubrik: rubrik, nummer: nummer, id: id, innehåll: innehåll().map(\.rapportinnehåll),
                  plats: Källplats(fil: fil, rad: rad))
    }

    /// A section assembled by a program.
    public init(rubrik: String, nummer: String? = nil, id: String? = nil, innehåll: [Rapportinnehåll], plats: Källplats) {
        self.nummer = nummer
        self.rubrik = rubrik
        self.id = id
        self.innehåll = innehåll
        self.plats = plats
    }
}

import PlanModel

/// A numbered chapter of a report, with its lead paragraph (*ingress*).
///
/// Named `Rapportkapitel` so it does not clash with a plan's `Kapitel`.
///
/// ```swift
/// Rapportkapitel(3, "Fördelning av medel", ingress: "Sedan 2019 har arbetet …") {
///     Avsnitt("22 procent (229 miljoner) av stimulansmedlen har gått till länsgemensamt arbete") { … }
/// }
/// ```
public struct Rapportkapitel: Sendable, Hashable, Codable {
    public var nummer: Int
    public var rubrik: String
    public var ingress: Löptext?
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ nummer: Int, _ rubrik: String, ingress: Löptext? = nil, fil: String = #fileID, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.init(nummer: nummer, rubrik: rubrik, ingress: ingress, innehåll: innehåll().map(\.rapportinnehåll),
                  plats: Källplats(fil: fil, rad: rad))
    }

    /// A chapter assembled by a program.
    public init(nummer: Int, rubrik: String, ingress: Löptext? = nil, innehåll: [Rapportinnehåll], plats: Källplats) {
        self.nummer = nummer
        self.rubrik = rubrik
        self.ingress = ingress
        self.innehåll = innehåll
        self.plats = plats
    }
}

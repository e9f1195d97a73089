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

    public init(_ nummer: Int, _ rubrik: String, ingress: Löptext? = nil, fil: String = #filePath, rad: Int = #line,
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

    public init(_ rubrik: String, fil: String = #filePath, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.rubrik = rubrik
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// A section under a heading; sections nest. In the seed report each page has one, its
/// heading being the page's message.
///
/// ```swift
/// Avsnitt("Handlingsplanen togs fram mellan år 2016 och år 2017") {
///     Avsnitt("Framtagandet av handlingsplanen") { Stycke("Arbetet med …") }
/// }
/// Avsnitt("..och kategoriserar medlen i breda delområden..", nummer: "2") { … }
/// ```
public struct Avsnitt: Sendable, Hashable, Codable {
    public var nummer: String?
    public var rubrik: String
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(_ rubrik: String, nummer: String? = nil, fil: String = #filePath, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.init(rubrik: rubrik, nummer: nummer, innehåll: innehåll().map(\.rapportinnehåll),
                  plats: Källplats(fil: fil, rad: rad))
    }

    /// A section assembled by a program.
    public init(rubrik: String, nummer: String? = nil, innehåll: [Rapportinnehåll], plats: Källplats) {
        self.nummer = nummer
        self.rubrik = rubrik
        self.innehåll = innehåll
        self.plats = plats
    }
}

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

    public init(_ rubrik: String, fil: String = #filePath, rad: Int = #line,
                @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.rubrik = rubrik
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// The findings from the interviews on a subject, under the heading *Observationer från
/// intervjuer*.
///
/// ```swift
/// Observationer { Stycke("Intervjuade påtalar att det är svårt att koppla …") }
/// ```
public struct Observationer: Sendable, Hashable, Codable {
    public var innehåll: [Rapportinnehåll]
    public var plats: Källplats

    public init(fil: String = #filePath, rad: Int = #line, @Samla<any Avsnittsdel> _ innehåll: () -> [any Avsnittsdel]) {
        self.innehåll = innehåll().map(\.rapportinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// A *handlingsplan*: metadata from the cover, and the content in the plan's order.
///
/// A plan is written once, in Swift, and every document is rendered from it:
///
/// ```swift
/// let plan: Handlingsplan = Handlingsplan(
///     id: "vanersborg",
///     organisationer: ["Vänersborgs kommun", "Västra Götalandsregionen"],
///     titel: "Det goda livet i Vänersborgs kommun",
///     undertitel: "Lokal handlingsplan för psykisk hälsa, barn och unga",
///     period: .årsintervall(2020, 2022),
///     fastställd: Fastställande(av: "närsjukvårdsgrupp barn och unga i Vänersborg", Datum(2020, 6, 4)),
///     revideringar: [Datum(2021, 9, 20), Datum(2022, 11, 21)],
///     tabellayout: .delmål,
///     region: .västraGötaland
/// ) {
///     Kapitel("Bakgrund") { Stycke("År 2016 slöt regeringen …") }
///     Fokus(.förebyggandeOchFrämjande) {
///         mål1_1
///     }
/// }
///
/// private let mål1_1 = Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt") { … }
/// ```
///
/// Each goal is best written as a constant of its own: the compiler type-checks one
/// expression (with every closure nested in it) as one constraint system, in time that
/// grows with the square of its size, and separate constants separately.
public struct Handlingsplan: Sendable, Hashable, Codable, Identifiable {
    /// The plan's short name, used for file names: lowercase letters, digits and hyphens.
    public var id: String
    public var organisationer: [String]
    public var titel: String
    public var undertitel: String?
    public var period: Tid
    public var fastställd: Fastställande?
    public var revideringar: [Datum]
    /// The administrations behind the plan (Helsingborg: AMF SFF SOF VOF).
    public var förvaltningar: [String]
    /// The municipality's code in official statistics (kommunkod: Vänersborg "1487"), which
    /// joins Kolada figures to the plan's indicators.
    public var kommunkod: String?
    public var underskrifter: [Underskrift]
    public var tabellayout: Tabellayout
    public var fokusrubrik: Fokusrubrik
    /// The orientation of every goal section; nil lets each table's width decide.
    public var orientering: Orientering?
    /// A short title for page headers, where the title is too long for one line.
    public var kortTitel: String?
    public var innehåll: [Planinnehåll]
    /// The region the plan belongs to; the regional site is built per region.
    public var region: Region?
    /// The folder under `templates/` with the organisation's own look (logo, reference
    /// document, labels, stylesheet); nil: the folder named after the plan's id, if any.
    public var mallmapp: String?
    public var plats: Källplats

    public init(id: String, organisationer: [String], titel: String, undertitel: String? = nil,
                period: Tid, fastställd: Fastställande? = nil, revideringar: [Datum] = [],
                förvaltningar: [String] = [], kommunkod: String? = nil, underskrifter: [Underskrift] = [],
                tabellayout: Tabellayout = .delmål, fokusrubrik: Fokusrubrik = .nummer,
                orientering: Orientering? = nil, kortTitel: String? = nil,
                region: Region? = nil, mallmapp: String? = nil,
                fil: String = #fileID, rad: Int = #line,
                @Samla<any Plandel> _ innehåll: () -> [any Plandel]) {
        self.id = id
        self.organisationer = organisationer
        self.titel = titel
        self.undertitel = undertitel
        self.period = period
        self.fastställd = fastställd
        self.revideringar = revideringar
        self.förvaltningar = förvaltningar
        self.kommunkod = kommunkod
        self.underskrifter = underskrifter
        self.tabellayout = tabellayout
        self.fokusrubrik = fokusrubrik
        self.orientering = orientering
        self.kortTitel = kortTitel
        self.innehåll = innehåll().map(\.planinnehåll)
        self.region = region
        self.mallmapp = mallmapp
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// The folder under `templates/` with the plan's own look: `mallmapp`, else the id.
    public var utseende: String { mallmapp ?? id }

    /// The date of the latest revision, else of adoption.
    public var senastÄndrad: Datum? { revideringar.max() ?? fastställd?.datum }

    /// Every fokusområde section, wherever in the chapters it stands, in order.
    public var fokusavsnitt: [Fokus] {
        func samla(_ innehåll: [Planinnehåll]) -> [Fokus] {
            innehåll.flatMap { del -> [Fokus] in
                switch del {
                case .fokus(let fokus): return [fokus]
                case .kapitel(let kapitel): return samla(kapitel.innehåll)
                case .text, .arbetsgrupp, .effektmål: return []
                }
            }
        }
        return samla(innehåll)
    }

    /// Every goal of the plan, in order, with its fokusområde.
    public var allaMål: [(fokus: Fokus, mål: Mål)] {
        fokusavsnitt.flatMap { fokus in fokus.mål.map { (fokus, $0) } }
    }
}

/// A goal (*mål*) of a fokusområde, with its text and what is done for it.
///
/// ```swift
/// Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt", genomför: .b1_1, .b2_1) {
///     Stycke("Föräldrar är viktiga i varje barns liv.")
///     Aktivitet("Universellt föräldrastöd ABC") { … }
/// }
/// ```
///
/// The regional plan states its own goals from their definitions: `Mål(.b1_1)`.
/// Helsingborg's themes are goals without a number, written with `Tema`.
public struct Mål: Sendable, Hashable, Codable {
    /// "1.1"; nil for a theme.
    public var nummer: String?
    public var rubrik: String
    /// The regional goals this goal implements, in the plan's order.
    public var regionalaMål: [RegionaltMål]
    public var text: [Textblock]
    /// The lead before the activity table (Tanum's "Lokal handlingsplan: …").
    public var ledtext: Löptext?
    public var aktiviteter: [Aktivitet]
    /// The period of the short-term goals and activities (Helsingborg's layout).
    public var kortsiktigPeriod: Tid?
    /// Indicators of the goal's activities; nil where the plan says they are missing.
    public var indikatorer: [Indikator]?
    public var långsiktigaMål: [Löptext]
    /// Indicators of the long-term goals; nil where the plan says they are missing.
    public var långsiktigaIndikatorer: [Indikator]?
    public var plats: Källplats

    public init(_ nummer: String, _ rubrik: String, genomför regionala: RegionaltMål...,
                fil: String = #filePath, rad: Int = #line,
                @Samla<any Måldel> _ innehåll: () -> [any Måldel] = { [] }) {
        self.init(nummer: nummer, rubrik: rubrik, regionalaMål: regionala, text: [],
                  plats: Källplats(fil: fil, rad: rad), innehåll: innehåll())
    }

    /// The regional plan's own statement of one of its goals.
    public init(_ regionalt: RegionaltMål, fil: String = #filePath, rad: Int = #line,
                @Samla<any Måldel> _ innehåll: () -> [any Måldel] = { [] }) {
        self.init(nummer: regionalt.nummer, rubrik: regionalt.rubrik, regionalaMål: [regionalt],
                  text: regionalt.text, plats: Källplats(fil: fil, rad: rad), innehåll: innehåll())
    }

    init(nummer: String?, rubrik: String, regionalaMål: [RegionaltMål], text: [Textblock],
         plats: Källplats, innehåll: [any Måldel]) {
        self.nummer = nummer
        self.rubrik = rubrik
        self.regionalaMål = regionalaMål
        self.text = text
        self.aktiviteter = []
        self.indikatorer = []
        self.långsiktigaMål = []
        self.långsiktigaIndikatorer = []
        self.plats = plats
        for del in innehåll { del.lägg(till: &self) }
    }

    /// The ids of the regional goals this goal implements: ["B1.1"].
    public var regionalaMålId: [String] { regionalaMål.map(\.id) }

    /// Every indicator the goal names: its own and its activities'.
    public var allaIndikatorer: [Indikator] {
        (indikatorer ?? []) + (långsiktigaIndikatorer ?? []) + aktiviteter.flatMap(\.indikatorer)
    }
}

/// A theme (Helsingborg's layout): a goal without a number, with short-term goals and
/// activities, long-term goals, and indicators for each.
///
/// ```swift
/// Tema("Attityder till psykisk ohälsa") {
///     KortsiktigaMål(.årsintervall(2020, 2022)) {
///         Aktivitet("Helsingborgs stad fortsätter arbetet under Skåneveckan.")
///         Indikatorer { Indikator("Antal arrangemang", .process) }
///     }
///     LångsiktigaMål {
///         "Kunskapen om psykisk ohälsa ska öka."
///         Indikatorer.saknas
///     }
/// }
/// ```
public struct Tema: Fokusdel {
    public let mål: Mål

    public init(_ rubrik: String, genomför regionala: RegionaltMål...,
                fil: String = #filePath, rad: Int = #line,
                @Samla<any Måldel> _ innehåll: () -> [any Måldel]) {
        mål = Mål(nummer: nil, rubrik: rubrik, regionalaMål: regionala, text: [],
                  plats: Källplats(fil: fil, rad: rad), innehåll: innehåll())
    }

    public func lägg(till fokus: inout Fokus) { fokus.mål.append(mål) }
}

/// The lead before a goal's activity table: Tanum's "Lokal handlingsplan: …".
///
/// ```swift
/// Ledtext("I Tanums kommun vänder sig våra insatser till alla föräldrar.")
/// ```
public struct Ledtext: Måldel {
    public let text: Löptext

    public init(_ text: Löptext) { self.text = text }

    public func lägg(till mål: inout Mål) { mål.ledtext = text }
}

/// The short-term goals and activities of a theme, for a period, with their indicators.
///
/// ```swift
/// KortsiktigaMål(.årsintervall(2020, 2022)) {
///     Aktivitet("Fortsatt samverkan genom Skånesamverkan mot droger.")
///     Indikatorer { Indikator("Antal samverkansmöten", .process) }
/// }
/// ```
public struct KortsiktigaMål: Måldel {
    let period: Tid?
    let delar: [any Måldel]

    public init(_ period: Tid? = nil, @Samla<any Måldel> _ delar: () -> [any Måldel]) {
        self.period = period
        self.delar = delar()
    }

    public func lägg(till mål: inout Mål) {
        mål.kortsiktigPeriod = period
        for del in delar { del.lägg(till: &mål) }
    }
}

/// The long-term goals of a theme and their indicators.
///
/// ```swift
/// LångsiktigaMål {
///     "Andelen elever med hög frånvaro ska halveras."
///     Indikatorer { Indikator("Skolnärvaro", .resultat) }
/// }
/// ```
public struct LångsiktigaMål: Måldel {
    let delar: [any Långsiktigdel]

    public init(@Samla<any Långsiktigdel> _ delar: () -> [any Långsiktigdel]) { self.delar = delar() }

    public func lägg(till mål: inout Mål) {
        for del in delar { del.läggLångsiktig(till: &mål) }
    }
}

/// The indicators of a theme's short- or long-term goals, or the plan's explicit
/// "Saknas" where it has none.
///
/// Inside `KortsiktigaMål` they follow up the activities; inside `LångsiktigaMål` the
/// long-term goals.
///
/// ```swift
/// Indikatorer { Indikator("Skolnärvaro", .resultat) }
/// Indikatorer.saknas
/// ```
public struct Indikatorer: Måldel, Långsiktigdel {
    let lista: [Indikator]?

    public init(@Samla<Indikator> _ lista: () -> [Indikator]) { self.lista = lista() }

    private init(saknas: Void) { lista = nil }

    /// The plan says the indicators are missing.
    public static let saknas = Indikatorer(saknas: ())

    /// Inside `KortsiktigaMål`: the indicators of the activities.
    public func lägg(till mål: inout Mål) { mål.indikatorer = lista }

    /// Inside `LångsiktigaMål`: the indicators of the long-term goals.
    public func läggLångsiktig(till mål: inout Mål) { mål.långsiktigaIndikatorer = lista }
}


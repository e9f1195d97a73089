import PlanModel

/// The kind of work a report groups activities under: one of the plan model's activity
/// kinds, or work for another goal that also serves this one (*arbete med andra mål*).
///
/// ```swift
/// Aktivitetsgrupp(.kunskapshöjande, områden: [.göteborgsregionen]) { … }
/// Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.samla, .skaraborg, .södraÄlvsborg]) { … }
/// ```
public enum Aktivitetsslag: Sendable, Hashable, Codable {
    case typ(Aktivitetstyp)
    case arbeteMedAndraMål

    public static let kunskapshöjande = Aktivitetsslag.typ(.kunskapshöjande)
    public static let personellaResurser = Aktivitetsslag.typ(.personellaResurser)
    public static let samverkansstrukturer = Aktivitetsslag.typ(.samverkansstrukturer)
    public static let planerOchRiktlinjer = Aktivitetsslag.typ(.planerOchRiktlinjer)
    public static let förändratVerksamhetsarbete = Aktivitetsslag.typ(.förändratVerksamhetsarbete)
}

/// How widespread the work on a goal is across the organisations analysed.
///
/// ```swift
/// Målöversikt(.vuxna, .utbrett) { Målbedömning(.v1_1, "Samtliga vårdsamverkansområden …") }
/// ```
public enum Omfattning: String, Sendable, Hashable, Codable, CaseIterable {
    /// Most organisations work on the goal (*utbrett länsgemensamt arbete*).
    case utbrett
    /// Few organisations work on the goal (*begränsat länsgemensamt arbete*).
    case begränsat
    /// No organisation reports any activity for the goal.
    case saknas
}

/// The levels the report gives ways forward for.
///
/// ```swift
/// Nivå(.statenSKR) { Punktlista { "Sprid goda exempel på aktiviteter mellan olika län." } }
/// ```
public enum Aktörsnivå: String, Sendable, Hashable, Codable, CaseIterable {
    /// VästKom and Västra Götalandsregionen, at county level.
    case västKomVGR
    case vårdsamverkansområden
    /// The state and SKR, at national level.
    case statenSKR
}

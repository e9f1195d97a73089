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

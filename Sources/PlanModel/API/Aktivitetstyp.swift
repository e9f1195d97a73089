/// The kind of an activity, as the regional analysis groups them (seed 004).
///
/// ```swift
/// Aktivitet("ACT för unga", typ: .kunskapshöjande) { … }
/// ```
public enum Aktivitetstyp: String, Sendable, Hashable, Codable, CaseIterable {
    case kunskapshöjande
    case personellaResurser
    case samverkansstrukturer
    case planerOchRiktlinjer
    case förändratVerksamhetsarbete
}

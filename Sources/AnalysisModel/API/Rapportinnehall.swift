import PlanModel

/// One element of a report's, a chapter's or a section's content, in the report's order.
///
/// You write these with the DSL words (`Rapportkapitel`, `Avsnitt`, `Stycke`, `Citat`,
/// `Not`, `Datatabell`, `Verksamhetslogik`, `Målavsnitt`, …); the layout walks them.
///
/// ```swift
/// for del in rapport.innehåll {
///     if case .kapitel(let kapitel) = del { print(kapitel.nummer, kapitel.rubrik) }
/// }
/// ```
public indirect enum Rapportinnehåll: Sendable, Hashable, Codable {
    case text(Textblock)
    case sammanfattning(Sammanfattning)
    case kapitel(Rapportkapitel)
    case avsnitt(Avsnitt)
    case ruta(Ruta)
    case citat(Citat)
    case anmärkning(Anmärkning)
    case figur(Figur)
    case nyckeltal(Nyckeltal)
    case datatabell(Datatabell)
    case verksamhetslogik(Verksamhetslogik)
    case mållista(Mållista)
    case målöversikt(Målöversikt)
    case typöversikt(Typöversikt)
    case aktivitetsgrupp(Aktivitetsgrupp)
    case observationer(Observationer)
    case vägarFramåt(VägarFramåt)
    case intervjutabell(Intervjutabell)
    case målavsnitt(Målavsnitt)
    case fördjupning(Fördjupning)
    case områdesaktiviteter(Områdesaktiviteter)

    /// The content nested directly inside this element.
    public var inre: [Rapportinnehåll] {
        switch self {
        case .sammanfattning(let s): return s.innehåll
        case .kapitel(let k): return k.innehåll
        case .avsnitt(let a): return a.innehåll
        case .ruta(let r): return r.innehåll
        case .aktivitetsgrupp(let g): return g.innehåll
        case .observationer(let o): return o.innehåll
        case .vägarFramåt(let v): return v.nivåer.flatMap(\.innehåll)
        case .målavsnitt(let m): return m.innehåll
        case .fördjupning(let f): return f.innehåll
        case .text, .citat, .anmärkning, .figur, .nyckeltal, .datatabell, .verksamhetslogik, .mållista,
             .målöversikt, .typöversikt, .intervjutabell, .områdesaktiviteter:
            return []
        }
    }

    /// Every element of `innehåll` and below, depth first, that `välj` picks.
    public static func samla<T>(_ innehåll: [Rapportinnehåll], _ välj: (Rapportinnehåll) -> T?) -> [T] {
        innehåll.flatMap { del in [välj(del)].compactMap { $0 } + samla(del.inre, välj) }
    }
}

import AnalysisModel
import PlanModel
import RegionVastraGotaland

/// The example plans and reports, transcribed from the seed documents, in the order
/// `render` lists them.
///
/// ```swift
/// for plan in Exempel.planer { print(plan.id) }
/// for rapport in Exempel.rapporter { print(rapport.id) }
/// ```
public enum Exempel {
    public static let planer: [Handlingsplan] = [vänersborg, tanum, helsingborg, västraGötaland]

    /// The example plan with `id`, if any.
    public static func plan(_ id: String) -> Handlingsplan? { planer.first { $0.id == id } }

    /// The analysis reports written in the DSL, transcribed from the seed documents.
    public static let rapporter: [Analysrapport] = [fördjupadAnalys2021]

    /// The example report with `id`, if any.
    public static func rapport(_ id: String) -> Analysrapport? { rapporter.first { $0.id == id } }

    /// The analyses derived from the example plans. `analys-barn-och-unga` analyses the
    /// local plans of Västra Götaland against the regional goals for children and young
    /// people, as of the end of the regional plan's period (2018–2022), for the regional
    /// office, which is credited as its author.
    public static let analyser: [Analysuppdrag] = [
        Analysuppdrag(id: "analys-barn-och-unga", organisation: "Västra Götalandsregionen", planer: [vänersborg, tanum],
                      mål: RegionaltMål.barnOchUnga, datum: Datum(2022, 12, 31)),
    ]
}

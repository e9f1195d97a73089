import AnalysisModel
import PlanModel
import RegionVastraGotaland

/// The example plans and reports, transcribed from the seed documents, in the order
/// `render` lists them.
///
/// ```swift
/// for plan in Exempel.planer { print(plan.id) }
/// for rapport in Exempel.rapporter { print(rapport.id) }
/// Exempel.katalog.map(\.id)   // the ids, without building a plan
/// ```
public enum Exempel {
    /// The example plans by id, each built when first asked for: `render vanersborg`
    /// builds Vänersborg's plan only.
    public static let katalog: [Planpost] = [
        Planpost("vanersborg") { vänersborg }, Planpost("tanum") { tanum },
        Planpost("helsingborg") { helsingborg }, Planpost("vastra-gotaland") { västraGötaland },
    ]

    /// Every example plan, built.
    public static var planer: [Handlingsplan] { katalog.map(\.plan) }

    /// The example plan with `id`, if any; only that plan is built.
    public static func plan(_ id: String) -> Handlingsplan? { katalog.first { $0.id == id }?.plan }

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

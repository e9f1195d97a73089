import AnalysisModel
import PlanModel

/// What the plans do for one regional goal: which organisations have activities for it and
/// how widespread that makes the work, the activities by kind, the indicators by kind, and
/// the goal's verksamhetslogik as the plans state it.
///
/// ```swift
/// let b1_1 = analys.resultat(för: "B1.1")!
/// b1_1.omfattning                    // .utbrett
/// b1_1.endastResultatindikatorer     // false
/// ```
public struct Målresultat: Sendable, Hashable {
    public let mål: RegionaltMål
    /// The organisations (the first organisation of each plan) with at least one activity
    /// for the goal, in the order of the plans.
    public let organisationer: [String]
    /// How many plans the share is taken of.
    public let antalPlaner: Int
    public let omfattning: Omfattning
    /// Activities per kind; `nil` counts the activities a plan gives no kind.
    public let aktiviteterPerTyp: [Aktivitetstyp?: Int]
    public let processindikatorer: Int
    public let resultatindikatorer: Int
    /// The goal's verksamhetslogik, per plan, as the plans state it.
    public let logik: [Planlogik]

    /// Every activity for the goal, in all plans.
    public var antalAktiviteter: Int { aktiviteterPerTyp.values.reduce(0, +) }

    /// The goal is followed up by result indicators only: nothing measures what is done.
    public var endastResultatindikatorer: Bool { resultatindikatorer > 0 && processindikatorer == 0 }
}

/// One plan's verksamhetslogik for a goal: resources (responsible parties), activities,
/// outputs (process indicators and reported follow-ups) and effects (result indicators).
///
/// ```swift
/// for plan in analys.resultat(för: "B1.2")!.logik {
///     print(plan.organisation, plan.aktiviteter.count, plan.resultatindikatorer)
/// }
/// ```
public struct Planlogik: Sendable, Hashable {
    public let plan: String
    public let organisation: String
    /// The responsible parties named, each once, in order.
    public let ansvariga: [String]
    public let aktiviteter: [String]
    public let processindikatorer: [String]
    /// How many follow-up entries with text the plan reports for the goal's activities.
    public let rapporteradeUppföljningar: Int
    public let resultatindikatorer: [String]
}

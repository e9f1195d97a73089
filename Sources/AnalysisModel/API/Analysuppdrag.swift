import PlanModel

/// An order for a derived analysis: which plans, against which regional goals, as of
/// which day, and from how large a share of the plans the work on a goal counts as
/// *utbrett*. `PlanAnalysis` computes the report from it.
///
/// ```swift
/// let uppdrag = Analysuppdrag(id: "analys-barn-och-unga", titel: "Analys av de lokala handlingsplanerna",
///                             organisation: "Västra Götalandsregionen",
///                             planer: [vänersborg, tanum], mål: RegionaltMål.barnOchUnga,
///                             datum: Datum(2022, 12, 31))
/// ```
public struct Analysuppdrag: Sendable, Hashable, Codable, Identifiable {
    /// The share of the plans used when none is given: a goal that at least two thirds of
    /// the plans have activities for is *utbrett*. The seed report calls the work on a goal
    /// utbrett where all or five of six vårdsamverkansområden work on it, and not where
    /// half of them do.
    public static let standardtröskel = 2.0 / 3.0

    public var id: String
    /// The report's title; nil for the label file's standard title.
    public var titel: String?
    /// Who makes the analysis (the regional office), credited as the report's author on its
    /// cover, in its running header and in its file properties; nil credits no one, never a
    /// plan's municipality.
    public var organisation: String?
    public var planer: [Handlingsplan]
    /// The regional goals to analyse, in the order the report lists them.
    public var mål: [RegionaltMål]
    /// The day the analysis is made for: activities whose time ended before it should
    /// have a reported follow-up.
    public var datum: Datum
    /// The share of the plans (0–1) that must have activities for a goal for the work on
    /// it to count as *utbrett*; below it the work is *begränsat*.
    public var tröskelFörUtbrett: Double

    public init(id: String, titel: String? = nil, organisation: String? = nil, planer: [Handlingsplan],
                mål: [RegionaltMål], datum: Datum, tröskelFörUtbrett: Double = Analysuppdrag.standardtröskel) {
        self.id = id
        self.titel = titel
        self.organisation = organisation
        self.planer = planer
        self.mål = mål
        self.datum = datum
        self.tröskelFörUtbrett = tröskelFörUtbrett
    }
}

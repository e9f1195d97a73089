import AnalysisModel
import PlanModel
import Wording

/// The quantitative part of a *fördjupad analys*, computed from the plans themselves: per
/// regional goal who works on it and how, and per plan where the chain from resources and
/// activities to results is broken.
///
/// ```swift
/// let analys = Planalys(uppdrag)
/// analys.resultat(för: "B1.1")?.organisationer     // ["Vänersborgs kommun", "Tanums kommun"]
/// analys.fynd.filter { $0.slag == .utanIndikator }.count
/// let rapport = analys.rapport(labels: labels)      // laid out by AnalysrapportLayout
/// ```
public struct Planalys: Sendable {
    public let uppdrag: Analysuppdrag
    /// One result per regional goal of the order, in its order.
    public let mål: [Målresultat]
    /// Every finding of the verksamhetslogik check, plan by plan in the order's order.
    public let fynd: [Fynd]

    public init(_ uppdrag: Analysuppdrag) {
        self.uppdrag = uppdrag
        let underlag = uppdrag.planer.map(PlanUnderlag.init)
        self.mål = uppdrag.mål.map { Målresultat(mål: $0, underlag: underlag, tröskel: uppdrag.tröskelFörUtbrett) }
        self.fynd = underlag.flatMap { LogicCheck(underlag: $0, mål: uppdrag.mål, datum: uppdrag.datum).fynd }
    }

    /// The result for the goal with `id` ("B1.1"), if the order includes it.
    public func resultat(för id: String) -> Målresultat? { mål.first { $0.mål.id == id } }

    /// The findings about the plan with `id`.
    public func fynd(iPlan id: String) -> [Fynd] { fynd.filter { $0.plan == id } }

    /// The analysis as a report, every fixed word from `labels`.
    public func rapport(labels: Labels) -> Analysrapport {
        AnalysisReportBuilder(analys: self, labels: labels).build()
    }
}

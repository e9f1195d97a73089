import AnalysisModel
import PlanModel
import Synchronization

// The plans and reports the command line works on, set once before parsing.
final class Catalog: Sendable {
    static let shared = Catalog()

    private let plans = Mutex<[Handlingsplan]>([])
    private let reportList = Mutex<[Analysrapport]>([])
    private let analysisList = Mutex<[Analysuppdrag]>([])
    private let goalList = Mutex<[RegionaltMål]>([])

    func set(_ newPlans: [Handlingsplan], reports: [Analysrapport] = [], analyses: [Analysuppdrag] = [],
             regionalGoals: [RegionaltMål] = []) {
        plans.withLock { $0 = newPlans }
        reportList.withLock { $0 = reports }
        analysisList.withLock { $0 = analyses }
        goalList.withLock { $0 = regionalGoals }
    }

    var all: [Handlingsplan] { plans.withLock { $0 } }

    /// The reports written in the DSL.
    var reports: [Analysrapport] { reportList.withLock { $0 } }

    /// The derived analyses with fixed ids, such as `analys-barn-och-unga`.
    var analyses: [Analysuppdrag] { analysisList.withLock { $0 } }

    /// Every regional goal plans may implement, in the regional plan's order.
    var regionalGoals: [RegionaltMål] { goalList.withLock { $0 } }

    /// What `render` writes for `ids`: the plans, reports and analyses with those ids, in
    /// catalogue order; everything when `ids` is empty. Throws a usage error naming an
    /// invalid or unknown id.
    func selectDocuments(_ ids: [String]) throws -> (plans: [Handlingsplan], reports: [Analysrapport], analyses: [Analysuppdrag]) {
        guard !ids.isEmpty else { return (all, reports, analyses) }
        let known = Set(all.map(\.id) + reports.map(\.id) + analyses.map(\.id))
        for id in ids where !known.contains(id) { _ = try select([id]) }
        return (all.filter { ids.contains($0.id) }, reports.filter { ids.contains($0.id) },
                analyses.filter { ids.contains($0.id) })
    }

    /// The plans with the given ids, in the given order; all plans when `ids` is empty.
    /// Throws a usage error naming an invalid or unknown id.
    func select(_ ids: [String]) throws -> [Handlingsplan] {
        let all = self.all
        guard !ids.isEmpty else { return all }
        return try ids.map { id in
            guard Handlingsplan.ärGiltigtId(id) else {
                Console.error("fel: \"\(id)\" är inget giltigt id (små bokstäver a–z, siffror och bindestreck).")
                throw ExitStatus.usage.exitCode
            }
            guard let plan = all.first(where: { $0.id == id }) else {
                let others = reports.map(\.id) + analyses.map(\.id)
                let list = all.map(\.id).joined(separator: ", ") + (others.isEmpty ? "" : "; rapporter: " + others.joined(separator: ", "))
                Console.error("fel: okänd plan \"\(id)\". Kända planer: \(list).")
                throw ExitStatus.usage.exitCode
            }
            return plan
        }
    }
}

import AnalysisModel
import PlanModel
import Synchronization

// The plans and reports the command line works on, set once before parsing. Reports
// are built on first use: a long report costs milliseconds to build, and rendering one
// plan should not pay for it.
final class Catalog: Sendable {
    static let shared = Catalog()

    private let plans = Mutex<[Handlingsplan]>([])
    private let reportList = Lazy<[Analysrapport]>()
    private let analysisList = Lazy<[Analysuppdrag]>()
    private let goalList = Mutex<[RegionaltMål]>([])

    func set(_ newPlans: [Handlingsplan], reports: @escaping @Sendable () -> [Analysrapport] = { [] },
             analyses: @escaping @Sendable () -> [Analysuppdrag] = { [] }, regionalGoals: [RegionaltMål] = []) {
        plans.withLock { $0 = newPlans }
        reportList.set(reports)
        analysisList.set(analyses)
        goalList.withLock { $0 = regionalGoals }
    }

    var all: [Handlingsplan] { plans.withLock { $0 } }

    /// Fails, before anything is written, where two plans of the catalogue share an id.
    func requireUniqueIds(relativeTo cwd: String) throws {
        let errors = Handlingsplan.granska(katalog: all)
        guard !errors.isEmpty else { return }
        for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
        throw ExitStatus.invalidPlan.exitCode
    }

    /// The reports written in the DSL.
    var reports: [Analysrapport] { reportList.value }

    /// The derived analyses with fixed ids, such as `analys-barn-och-unga`.
    var analyses: [Analysuppdrag] { analysisList.value }

    /// Every regional goal plans may implement, in the regional plan's order.
    var regionalGoals: [RegionaltMål] { goalList.withLock { $0 } }

    /// What `render` writes for `ids`: the plans, reports and analyses with those ids, in
    /// catalogue order; everything when `ids` is empty. Throws a usage error naming an
    /// invalid or unknown id.
    func selectDocuments(_ ids: [String]) throws -> (plans: [Handlingsplan], reports: [Analysrapport], analyses: [Analysuppdrag]) {
        guard !ids.isEmpty else { return (all, reports, analyses) }
        let plans = all.filter { ids.contains($0.id) }
        if plans.count == Set(ids).count { return (plans, [], []) }
        let known = Set(all.map(\.id) + reports.map(\.id) + analyses.map(\.id))
        for id in ids where !known.contains(id) { _ = try select([id]) }
        return (plans, reports.filter { ids.contains($0.id) }, analyses.filter { ids.contains($0.id) })
    }

    /// The plans with the given ids, in the given order, each once; all plans when `ids`
    /// is empty. Throws a usage error naming an invalid or unknown id.
    func select(_ ids: [String]) throws -> [Handlingsplan] {
        let all = self.all
        guard !ids.isEmpty else { return all }
        var seen: Set<String> = []
        return try ids.filter { seen.insert($0).inserted }.map { id in
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

// A value computed once, on first use, from a function given later.
private final class Lazy<Value: Sendable>: Sendable {
    private let state = Mutex<(make: (@Sendable () -> Value)?, value: Value?)>((nil, nil))

    func set(_ make: @escaping @Sendable () -> Value) { state.withLock { $0 = (make, nil) } }

    var value: Value {
        state.withLock { state in
            if let value = state.value { return value }
            let value = state.make!()
            state.value = value
            return value
        }
    }
}

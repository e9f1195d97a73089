import PlanModel
import Synchronization

// The plans the command line works on, and the regional goals of the regional site,
// set once before parsing.
final class Catalog: Sendable {
    static let shared = Catalog()

    private let plans = Mutex<[Handlingsplan]>([])
    private let goals = Mutex<[RegionaltMål]>([])

    func set(_ newPlans: [Handlingsplan], regionalGoals: [RegionaltMål]) {
        plans.withLock { $0 = newPlans }
        goals.withLock { $0 = regionalGoals }
    }

    var all: [Handlingsplan] { plans.withLock { $0 } }

    var regionalGoals: [RegionaltMål] { goals.withLock { $0 } }

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
                Console.error("fel: okänd plan \"\(id)\". Kända planer: \(all.map(\.id).joined(separator: ", ")).")
                throw ExitStatus.usage.exitCode
            }
            return plan
        }
    }
}

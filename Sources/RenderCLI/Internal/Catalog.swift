import AnalysisModel
import Foundation
import PlanModel
import Synchronization

// The plans and reports the command line works on, set once before parsing. Plans are
// known by id and built when a command selects them, reports and goals on first use: a plan or a
// long report costs milliseconds to build, and rendering one plan should not pay for the
// others.
final class Catalog: Sendable {
    static let shared = Catalog()

    private let entries = Mutex<[Planpost]>([])
    private let reportList = Lazy<[Analysrapport]>()
    private let analysisList = Lazy<[Analysuppdrag]>()
    private let goalList = Lazy<[RegionaltMål]>()

    func set(_ newEntries: [Planpost], reports: @escaping @Sendable () -> [Analysrapport] = { [] },
             analyses: @escaping @Sendable () -> [Analysuppdrag] = { [] },
             regionalGoals: @escaping @Sendable () -> [RegionaltMål] = { [] }) {
        entries.withLock { $0 = newEntries }
        reportList.set(reports)
        analysisList.set(analyses)
        goalList.set(regionalGoals)
    }

    private var catalogue: [Planpost] { entries.withLock { $0 } }

    /// Every plan, built; exit code 1 with the error printed where a plan's id is not the
    /// one the catalogue gives it.
    func all() throws -> [Handlingsplan] { try built(catalogue) }

    /// The catalogue's problems as a whole (two plans with one id), building only the
    /// plans concerned.
    var catalogueErrors: [Diagnos] { Handlingsplan.granska(katalog: catalogue) }

    /// Fails, before anything is written, where two plans of the catalogue share an id.
    func requireUniqueIds(relativeTo cwd: String) throws {
        let errors = catalogueErrors
        guard !errors.isEmpty else { return }
        for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
        throw ExitStatus.invalidPlan.exitCode
    }

    /// The reports written in the DSL.
    var reports: [Analysrapport] { reportList.value }

    /// The derived analyses with fixed ids, such as `analys-barn-och-unga`.
    var analyses: [Analysuppdrag] { analysisList.value }

    /// Every regional goal plans may implement, in the regional plan's order.
    var regionalGoals: [RegionaltMål] { goalList.value }

    /// What `render` writes for `ids`: the plans, reports and analyses with those ids, in
    /// catalogue order; everything when `ids` is empty. Only the plans selected are built,
    /// and the reports only when an id is not a plan's. Throws a usage error naming an
    /// invalid or unknown id.
    func selectDocuments(_ ids: [String]) throws -> (plans: [Handlingsplan], reports: [Analysrapport], analyses: [Analysuppdrag]) {
        guard !ids.isEmpty else { return (try all(), reports, analyses) }
        let selected = catalogue.filter { ids.contains($0.id) }
        let plans = try built(selected)
        if selected.count == Set(ids).count { return (plans, [], []) }
        let known = Set(catalogue.map(\.id) + reports.map(\.id) + analyses.map(\.id))
        for id in ids where !known.contains(id) { _ = try select([id]) }
        return (plans, reports.filter { ids.contains($0.id) }, analyses.filter { ids.contains($0.id) })
    }

    /// The plans with the given ids, in the given order, each once; all plans when `ids`
    /// is empty. Only those are built. Throws a usage error naming an invalid or unknown id.
    func select(_ ids: [String]) throws -> [Handlingsplan] {
        let catalogue = self.catalogue
        guard !ids.isEmpty else { return try built(catalogue) }
        var seen: Set<String> = []
        return try built(ids.filter { seen.insert($0).inserted }.map { id in
            guard Handlingsplan.ärGiltigtId(id) else {
                Console.error("fel: \"\(id)\" är inget giltigt id (små bokstäver a–z, siffror och bindestreck).")
                throw ExitStatus.usage.exitCode
            }
            guard let entry = catalogue.first(where: { $0.id == id }) else {
                let others = reports.map(\.id) + analyses.map(\.id)
                let list = catalogue.map(\.id).joined(separator: ", ") + (others.isEmpty ? "" : "; rapporter: " + others.joined(separator: ", "))
                Console.error("fel: okänd plan \"\(id)\". Kända planer: \(list).")
                throw ExitStatus.usage.exitCode
            }
            return entry
        })
    }

    /// The entries' plans, built; exit code 1 with the error printed where one has another
    /// id than its entry.
    private func built(_ entries: [Planpost]) throws -> [Handlingsplan] {
        let errors = entries.compactMap(\.idFel)
        guard errors.isEmpty else {
            let cwd = FileManager.default.currentDirectoryPath
            for diagnostic in errors { Console.error(diagnostic.text(relativTill: cwd)) }
            throw ExitStatus.invalidPlan.exitCode
        }
        return entries.map(\.plan)
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

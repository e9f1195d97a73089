import PlanModel
import Synchronization
import Testing

@Suite("Catalogue entries: plans known by id, built on first use")
struct PlanpostTests {
    // Counts how often each entry's plan was built.
    private final class Builds: Sendable {
        private let counts = Mutex<[String: Int]>([:])
        func note(_ id: String) { counts.withLock { $0[id, default: 0] += 1 } }
        var all: [String: Int] { counts.withLock { $0 } }
    }

    private static func plan(_ id: String, rad: Int = #line) -> Handlingsplan {
        Handlingsplan(id: id, organisationer: ["Testkommun"], titel: "Plan \(id)", period: .årsintervall(2020, 2022), rad: rad) {
            Fokus(.förebyggandeOchFrämjande) { Mål("1.1", "Ett") }
        }
    }

    private func entry(_ id: String, builds: Builds, plan: @escaping @Sendable () -> Handlingsplan) -> Planpost {
        Planpost(id) {
            builds.note(id)
            return plan()
        }
    }

    @Test func anEntryBuildsItsPlanOnFirstUseAndOnce() {
        let builds = Builds()
        let post = entry("a", builds: builds) { Self.plan("a") }
        #expect(post.id == "a")
        #expect(builds.all.isEmpty)
        #expect(post.plan.titel == "Plan a")
        #expect(post.plan.id == "a")
        #expect(post.idFel == nil)
        #expect(builds.all == ["a": 1])
    }

    @Test func theCatalogueCheckBuildsOnlyThePlansThatShareAnId() {
        let builds = Builds()
        let firstLine = #line + 1
        let first = entry("delad", builds: builds) { Self.plan("delad") }
        let secondLine = #line + 1
        let second = entry("delad", builds: builds) { Self.plan("delad") }
        let other = entry("egen", builds: builds) { Self.plan("egen") }
        let fel = Handlingsplan.granska(katalog: [first, other, second])
        #expect(builds.all == ["delad": 2])
        #expect(fel.count == 1)
        #expect(fel.first?.meddelande.hasPrefix("Planens id \"delad\" används redan av planen på rad \(firstLine).") == true)
        #expect(fel.first?.plats.rad == secondLine)
        #expect(Handlingsplan.granska(katalog: [other]).isEmpty)
    }

    @Test func aPlanWithAnotherIdThanItsEntryIsAnErrorAtThePlan() throws {
        let line = #line + 1
        let post = Planpost("katalogens") { Self.plan("planens") }
        let fel = try #require(post.idFel)
        #expect(fel.allvarlighet == .fel)
        #expect(fel.plats.rad == line)
        #expect(fel.meddelande == "Planen har id \"planens\" men står i katalogen som \"katalogens\". Ge den samma id på båda ställena.")
    }
}

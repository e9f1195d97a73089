import Examples
import Foundation
import PlanModel
import Rendering

// Prints the in-process time to render each example plan's web page and the whole
// regional site, the median of several runs, templates loaded once beforehand.
// Run from the package root: `swift run -c release html-benchmark`.

let runs = 9
let templates: Templates
do {
    templates = try Templates.load(from: URL(fileURLWithPath: "templates"))
} catch {
    FileHandle.standardError.write(Data("mallfel: \(error)\n".utf8))
    exit(3)
}
let renderer = Renderer(templates: templates)

func median(_ work: () throws -> Int) rethrows -> (milliseconds: Double, bytes: Int) {
    var times: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        bytes = try work()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return (times.sorted()[runs / 2], bytes)
}

func report(_ name: String, _ result: (milliseconds: Double, bytes: Int)) {
    print(name.padding(toLength: 28, withPad: " ", startingAt: 0)
          + String(format: "%9.2f ms %10d byte", result.milliseconds, result.bytes))
}

print("Median av \(runs) körningar:")
for plan in Exempel.planer {
    report("\(plan.id).html", try median { try renderer.render(plan, as: .html).count })
}
report("site (alla sidor)", median {
    renderer.site(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga).reduce(0) { $0 + $1.data.count }
})

import Examples
import Foundation
import PlanModel
import Testing

// Template for the per-plan fidelity tests; the transcription fills it in.
@Suite("Vänersborg example against seed 000")
struct VanersborgTests {
    let plan = Exempel.plan("vanersborg")!

    @Test("validates with no errors")
    func validates() {
        #expect(plan.validera().filter { $0.allvarlighet == .fel } == [])
    }
}

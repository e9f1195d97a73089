import Foundation
import PlanModel
import RenderCLI

// RENDER_FIXTURES=fientlig runs the command over the hostile plan alone, =mallmapp over
// the plan with a look folder of its own;
// RENDER_FIXTURES_DUPLICATE_ID adds a second plan with an id already taken;
// RENDER_FIXTURES=lat registers the plans as entries that say on standard error when they
// are built, and one more whose plan has another id than its entry.
let environment = ProcessInfo.processInfo.environment
let dubbletter = environment["RENDER_FIXTURES_DUPLICATE_ID"] == nil ? [] : [dubblettPlan]
switch environment["RENDER_FIXTURES"] {
case "fientlig":
    RenderCLI.run(plans: [fientligPlan])
case "mallmapp":
    RenderCLI.run(plans: [egenLookPlan])
case "lat":
    func post(_ id: String, _ plan: Handlingsplan) -> Planpost {
        Planpost(id) {
            FileHandle.standardError.write(Data("byggde \(id)\n".utf8))
            return plan
        }
    }
    RenderCLI.run(plans: [post("felaktig", felaktigPlan), post("giltig", giltigPlan), post("annat-id", giltigPlan)])
default:
    RenderCLI.run(plans: [felaktigPlan, giltigPlan] + dubbletter)
}

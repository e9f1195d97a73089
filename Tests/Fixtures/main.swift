import Foundation
import PlanModel
import RenderCLI

// RENDER_FIXTURES=fientlig runs the command over the hostile plan alone, =mallmapp over
// the plan with a look folder of its own;
// RENDER_FIXTURES_DUPLICATE_ID adds a second plan with an id already taken.
let dubbletter = ProcessInfo.processInfo.environment["RENDER_FIXTURES_DUPLICATE_ID"] == nil ? [] : [dubblettPlan]
let plans = switch ProcessInfo.processInfo.environment["RENDER_FIXTURES"] {
case "fientlig": [fientligPlan]
case "mallmapp": [egenLookPlan]
default: [felaktigPlan, giltigPlan] + dubbletter
}
await RenderCLI.run(plans: plans)

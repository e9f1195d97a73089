import Foundation
import PlanModel
import RenderCLI

// RENDER_FIXTURES=fientlig runs the command over the hostile plan alone;
// RENDER_FIXTURES_DUPLICATE_ID adds a second plan with an id already taken.
let dubbletter = ProcessInfo.processInfo.environment["RENDER_FIXTURES_DUPLICATE_ID"] == nil ? [] : [dubblettPlan]
let plans = ProcessInfo.processInfo.environment["RENDER_FIXTURES"] == "fientlig" ? [fientligPlan] : [felaktigPlan, giltigPlan] + dubbletter
await RenderCLI.run(plans: plans)

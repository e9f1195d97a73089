import Foundation
import PlanModel
import RenderCLI

// RENDER_FIXTURES=fientlig runs the command over the hostile plan alone.
let plans = ProcessInfo.processInfo.environment["RENDER_FIXTURES"] == "fientlig" ? [fientligPlan] : [felaktigPlan, giltigPlan]
await RenderCLI.run(plans: plans)

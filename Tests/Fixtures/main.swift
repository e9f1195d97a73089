import Foundation
import PlanModel
import RenderCLI

let dubbletter = ProcessInfo.processInfo.environment["RENDER_FIXTURES_DUPLICATE_ID"] == nil ? [] : [dubblettPlan]
await RenderCLI.run(plans: [felaktigPlan, giltigPlan] + dubbletter)

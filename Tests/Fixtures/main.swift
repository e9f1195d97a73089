import PlanModel
import RenderCLI

await RenderCLI.run(plans: [felaktigPlan, giltigPlan])

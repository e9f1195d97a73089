import PlanModel
import RenderCLI

RenderCLI.run(plans: [felaktigPlan, giltigPlan])

import Examples
import PlanModel
import RenderCLI

RenderCLI.run(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)

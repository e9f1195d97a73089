import Examples
import PlanModel
import RenderCLI

await RenderCLI.run(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)

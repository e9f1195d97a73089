import Examples
import PlanModel
import RenderCLI

RenderCLI.run(plans: Exempel.planer, reports: Exempel.rapporter, regionalGoals: RegionaltMål.alla)

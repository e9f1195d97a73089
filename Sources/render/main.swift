import Examples
import PlanModel
import RegionVastraGotaland
import RenderCLI

await RenderCLI.run(plans: Exempel.planer, reports: Exempel.rapporter, analyses: Exempel.analyser,
                    regionalGoals: RegionaltMål.alla)

import Examples
import PlanModel
import RegionVastraGotaland
import RenderCLI

RenderCLI.run(plans: Exempel.katalog, reports: Exempel.rapporter, analyses: Exempel.analyser,
              regionalGoals: RegionaltMål.alla)

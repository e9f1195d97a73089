import Examples
import RenderCLI

RenderCLI.run(plans: Exempel.planer)

import Examples
import RenderCLI

await RenderCLI.run(plans: Exempel.planer)

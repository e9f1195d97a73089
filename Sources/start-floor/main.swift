import Examples
import RenderCLI

// `render` without the work: the same binary's start and the same command line parsed, then
// exit. `bench/compare_pandoc.py` times it as the floor under every whole-process figure.
RenderCLI.exitAfterParsing(plans: Exempel.katalog)

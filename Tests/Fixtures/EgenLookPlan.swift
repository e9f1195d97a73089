import Foundation
import PlanModel

// A plan that names its look folder, in the catalogue alone when RENDER_FIXTURES=mallmapp:
// end-to-end tests render it with and without templates/egen-look/ (or the folder
// RENDER_FIXTURES_MALLMAPP names). Keep the line of `Handlingsplan(` in step with LooksTests.
let egenLookPlan = Handlingsplan(
    id: "egen",
    organisationer: ["Testkommun"],
    titel: "Plan med egen mallmapp",
    period: .årsintervall(2020, 2022),
    mallmapp: ProcessInfo.processInfo.environment["RENDER_FIXTURES_MALLMAPP"] ?? "egen-look"
) {
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Ett mål") {
            Aktivitet("En aktivitet") {
                Delmål("Ett delmål", när: [.år(2021)], ansvar: "Socialtjänsten")
            }
        }
    }
}

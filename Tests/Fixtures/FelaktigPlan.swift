import PlanModel

// A plan with one of each validation error. End-to-end tests check that `render
// validate` points at these lines; keep the line numbers in EndToEndTests in step.
let felaktigPlan = Handlingsplan(
    id: "felaktig",
    organisationer: ["Testkommun"],
    titel: "Felaktig plan",
    period: .årsintervall(2020, 2022),
    fastställd: Fastställande(Datum(2021, 1, 1)),
    revideringar: [Datum(2020, 6, 1)]
) {
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Första målet") {
            Aktivitet("Aktivitet utan ansvar") {
                Delmål("Delmål", när: [.år(2021)])
            }
        }
        Mål("1.1", "Samma nummer igen")
        Mål("2.1", "Fel fokusområde")
    }
}

// A small plan without errors, rendered beside the faulty one.
let giltigPlan = Handlingsplan(
    id: "giltig",
    organisationer: ["Testkommun"],
    titel: "Giltig plan",
    period: .årsintervall(2020, 2022)
) {
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Ett mål") {
            Aktivitet("En aktivitet") {
                Delmål("Ett delmål", när: [.år(2021)], ansvar: "Socialtjänsten") {
                    Uppföljning(.månad(.maj, 2021), "Genomförd.", status: .genomförd)
                }
            }
        }
    }
}

// A second plan with the valid plan's id, in the catalogue only when
// RENDER_FIXTURES_DUPLICATE_ID is set: its files would overwrite the first plan's.
let dubblettPlan = Handlingsplan(
    id: "giltig",
    organisationer: ["Annan kommun"],
    titel: "Annan plan med samma id",
    period: .årsintervall(2020, 2022)
) {
    Fokus(.förebyggandeOchFrämjande) { Mål("1.1", "Ett mål") }
}

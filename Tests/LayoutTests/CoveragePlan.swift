import PlanModel

// Plans that reach the layout paths the seed plans do not (every status, every kind of
// time, a theme without period), so the label test sees every label in use.
enum CoveragePlan {
    static let plans = [themes, table]

    static let themes = Handlingsplan(
        id: "tackning-teman", organisationer: ["Testkommun"], titel: "Täckning", period: .årsintervall(2020, 2022),
        fastställd: Fastställande(Datum(2020, 1, 1)), underskrifter: [Underskrift("Anna Andersson", titel: "direktör")],
        tabellayout: .teman
    ) {
        Fokus(.utsattaGrupper) {
            Tema("Tema utan period") {
                KortsiktigaMål {
                    Aktivitet("A")
                    Aktivitet("B", när: [.år(2021)], ansvar: "Skolan") {
                        Delmål("Delmål")
                    } uppföljning: {
                        Uppföljning(.år(2022), "Klart")
                    }
                }
            }
        }
    }

    static let table = Handlingsplan(
        id: "tackning-tabell", organisationer: ["Testkommun"], titel: "Täckning", period: .årsintervall(2020, 2022)
    ) {
        Fokus(.utsattaGrupper) {
            Mål("4.1", "Mål") {
                Aktivitet("A") {
                    Delmål(nil, när: [.termin(.vt, 2021), .termin(.ht, 2021), .återkommande(.varje(.vecka)),
                                      .återkommande(.varje(.månad)), .återkommande(.antal(2, "träffar", per: .år)),
                                      .datum(Datum(2021, 3, 1)), .intervall(.år(2020), .år(2021))]) {
                        Uppföljning(.pågående, "P", status: .pågående)
                        Uppföljning("E", status: .ejPåbörjad)
                        Uppföljning("I", status: .inställd)
                        Uppföljning(.år(2021))
                    }
                    Indikator("Behörighet", .resultat, källa: .kolada("N15419"),
                              utgångsvärde: Mätvärde(79, "%", .år(2022)), målvärde: Mätvärde(85))
                }
                Indikatorer { Indikator("Närvaro", .process) }
            }
        }
    }
}

import PlanModel

/// A plan that fills every field of the model with a distinct sentinel ("SNT" and three
/// digits), in the given table layout. `ModelWalk` checks that nothing is left unfilled.
enum SentinelPlan {
    static let regionalGoal = RegionaltMål("SNT001", .barnOchUnga, .förebyggandeOchFrämjande, "SNT002", region: .västraGötaland) {
        Stycke("SNT003")
    }

    /// The same goal with an id of the regional plan's form, for the schema's id pattern.
    static let regionalGoalWithRealId = RegionaltMål("B1.1", .barnOchUnga, .förebyggandeOchFrämjande, "SNT002", region: .västraGötaland) {
        Stycke("SNT003")
    }

    static func plan(_ layout: Tabellayout, implementing regional: RegionaltMål = regionalGoal) -> Handlingsplan {
        Handlingsplan(
            id: "sentinel", organisationer: ["SNT010"], titel: "SNT011", undertitel: "SNT012",
            period: Tid.årsintervall(2020, 2022).med("SNT013"),
            fastställd: Fastställande(av: "SNT014", Datum(2020, 1, 1)), revideringar: [Datum(2021, 1, 1)],
            förvaltningar: ["SNT015"], underskrifter: [Underskrift("SNT016", titel: "SNT017", förvaltning: "SNT018")],
            tabellayout: layout, orientering: .liggande, region: .västraGötaland
        ) {
            Stycke {
                "SNT020 "
                Betonad("SNT021")
                " "
                Fet("SNT022")
                " "
                Länk("SNT023", till: "https://example.se/SNT024")
            }
            Punktlista {
                Punkt("SNT025") { Punkt("SNT026") }
            }
            NumreradLista { Punkt("SNT027") }
            Kapitel("SNT030", nummer: "SNT031") {
                Stycke("SNT032")
                Arbetsgrupp { Medlemmar("SNT033", "SNT034", reviderat: 2022, anmärkning: "SNT035") }
                Effektmålstabell("SNT036", delområde: "SNT037", etapper: [.effektmål(.år(2023)), .framtidsvision(.år(2028))]) {
                    Delområde("SNT038", "SNT039", "SNT040")
                }
            }
            Fokus(.förebyggandeOchFrämjande, rubrik: "SNT041") {
                Stycke("SNT042")
                Mål("SNT043", "SNT044", genomför: regional) {
                    Stycke("SNT045")
                    Ledtext("SNT046")
                    Aktivitet("SNT050", typ: .kunskapshöjande, när: [.fritext("SNT051")], ansvar: "SNT052") {
                        Stycke("SNT053")
                        Indikator("SNT054", .process, källa: .register("SNT055"))
                        Delmål("SNT056", när: [Tid.år(2021).med("SNT057")], ansvar: "SNT058") {
                            Uppföljning(.år(2021), "SNT059", status: .genomförd)
                        }
                    } uppföljning: {
                        Uppföljning(.år(2022), "SNT060")
                    }
                    KortsiktigaMål(Tid.år(2021).med("SNT061")) {
                        Indikatorer {
                            Indikator("SNT062", .resultat, källa: .kolada("SNT063"),
                                      utgångsvärde: Mätvärde(79, "SNT064", .år(2022)),
                                      målvärde: Mätvärde(85.5, "SNT065", .år(2025)),
                                      serier: [Indikatorserie(.flickor, [Mätvärde(81, "SNT066", .år(2023))])])
                        }
                    }
                    LångsiktigaMål {
                        "SNT070"
                        Indikatorer {
                            Indikator("SNT071", .process, källa: .enkät("SNT072"))
                            Indikator("SNT073", .resultat, källa: "SNT074")
                        }
                    }
                }
            }
        }
    }
}

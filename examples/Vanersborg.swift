import PlanModel

/// Vänersborg: Det goda livet i Vänersborgs kommun, lokal handlingsplan 2020–2022
/// (seed 000).
public let vänersborg = Handlingsplan(
    id: "vanersborg",
    organisationer: ["Vänersborgs kommun", "Västra Götalandsregionen"],
    titel: "Det goda livet i Vänersborgs kommun",
    undertitel: "Lokal handlingsplan för psykisk hälsa, barn och unga",
    period: .årsintervall(2020, 2022),
    fastställd: Fastställande(av: "närsjukvårdsgrupp barn och unga i Vänersborg", Datum(2020, 6, 4)),
    revideringar: [Datum(2021, 9, 20), Datum(2022, 11, 21)],
    tabellayout: .delmål
) {
    Kapitel("Bakgrund") {
        Stycke("Handlingsplanen följer de fem fokusområden som också regeringen pekar ut som särskilt viktiga. De fem områdena är:")
        Punktlista {
            "Förebyggande och främjande arbete"
            "Tillgängliga tidiga insatser"
        }
    }
    Arbetsgrupp {
        Medlemmar("Socialförvaltning", "Jennie Nielsen", reviderat: 2022)
        Medlemmar("Kunskapsförbundet Väst", reviderat: 2022)
        Medlemmar("BUP", anmärkning: "Fråga om revidering skickad till Sara Klingstedt")
    }
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt", genomför: .b1_1) {
            Stycke("Föräldrar är viktiga i varje barns liv.")
            Aktivitet("Universellt föräldrastöd ABC (Alla Barn i Centrum) 3–12 år.", typ: .kunskapshöjande) {
                Delmål("Utbilda fler gruppledare",
                       när: [.intervall(.månad(.februari, 2020), .månad(.april, 2020)).med("gruppledarutbildning, en person")],
                       ansvar: "Familjecentralen Sirius") {
                    Uppföljning(.månad(.maj, 2020), "Ytterligare en gruppledare är utbildad.")
                    Uppföljning(.datum(Datum(2020, 11, 23)), "Under hösten har vi startat en grupp.")
                }
                Delmål(nil, när: [.fritext("När behov finnes")])
            }
        }
    }
}

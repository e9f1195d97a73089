import PlanModel

// Placeholder until the seed transcription lands.
public let tanum = Handlingsplan(
    id: "tanum",
    organisationer: ["Tanums kommun"],
    titel: "Tanums kommun",
    period: .årsintervall(2020, 2022)
) {
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt")
    }
}

import PlanModel

// Placeholder until the seed transcription lands.
public let västraGötaland = Handlingsplan(
    id: "vastra-gotaland",
    organisationer: ["Västra Götalandsregionen"],
    titel: "Västra Götalandsregionen",
    period: .årsintervall(2020, 2022)
) {
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt")
    }
}

import PlanModel

// Placeholder until the seed transcription lands.
public let helsingborg = Handlingsplan(
    id: "helsingborg",
    organisationer: ["Helsingborgs stad"],
    titel: "Helsingborgs stad",
    period: .årsintervall(2020, 2022)
) {
    Fokus(.förebyggandeOchFrämjande) {
        Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt")
    }
}

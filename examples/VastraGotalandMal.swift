import PlanModel

// The regional goals of "Det goda livet i Västra Götaland – Handlingsplan för psykisk
// hälsa", defined once here and referred to by every plan that implements them.

extension RegionaltMål {
    public static let b1_1 = RegionaltMål("B1.1", .barnOchUnga, .förebyggandeOchFrämjande,
                                          "Föräldrar ska erbjudas stöd under barnets hela uppväxt")
    public static let b1_2 = RegionaltMål("B1.2", .barnOchUnga, .förebyggandeOchFrämjande,
                                          "Alla elever ska lämna grund- och gymnasieskolan med godkända betyg")
    public static let b2_1 = RegionaltMål("B2.1", .barnOchUnga, .tillgängligaTidigaInsatser,
                                          "Barn och unga med psykisk ohälsa ska få rätt insatser i rätt tid")
    public static let b2_2 = RegionaltMål("B2.2", .barnOchUnga, .tillgängligaTidigaInsatser,
                                          "Förebygga och uppmärksamma bruk av alkohol och narkotika bland unga")
    public static let b3_1 = RegionaltMål("B3.1", .barnOchUnga, .enskildasDelaktighet,
                                          "Barn och unga som har behov av samordnade insatser ska ha en SIP")
    public static let b3_2 = RegionaltMål("B3.2", .barnOchUnga, .enskildasDelaktighet,
                                          "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbetet")
    public static let b4_1 = RegionaltMål("B4.1", .barnOchUnga, .utsattaGrupper,
                                          "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna eller regionen")
    public static let b5_1 = RegionaltMål("B5.1", .barnOchUnga, .ledningStyrningOrganisation,
                                          "Nollvision om suicid i Västra Götaland")

    public static let v1_1 = RegionaltMål("V1.1", .vuxna, .förebyggandeOchFrämjande,
                                          "Nollvision om suicid i Västra Götaland")
    public static let v2_1 = RegionaltMål("V2.1", .vuxna, .tillgängligaTidigaInsatser,
                                          "Äldre personer med psykisk ohälsa ska få rätt vård och stöd")
    public static let v3_1 = RegionaltMål("V3.1", .vuxna, .enskildasDelaktighet,
                                          "Personer som har behov av samordnade insatser ska ha en SIP")
    public static let v3_2 = RegionaltMål("V3.2", .vuxna, .enskildasDelaktighet,
                                          "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbete")
    public static let v4_1 = RegionaltMål("V4.1", .vuxna, .utsattaGrupper,
                                          "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna eller regionen")
    public static let v4_2 = RegionaltMål("V4.2", .vuxna, .utsattaGrupper,
                                          "Personer med missbruk, psykisk ohälsa och/eller komplex problematik ska få integrerade insatser")
    public static let v5_1 = RegionaltMål("V5.1", .vuxna, .ledningStyrningOrganisation,
                                          "Invånare ska få tillgång till evidensbaserade metoder inom vård, stöd och behandling")

    /// The goals for children and young people, B1.1 … B5.1.
    public static let barnOchUnga: [RegionaltMål] = [.b1_1, .b1_2, .b2_1, .b2_2, .b3_1, .b3_2, .b4_1, .b5_1]

    /// The goals for adults, V1.1 … V5.1.
    public static let vuxna: [RegionaltMål] = [.v1_1, .v2_1, .v3_1, .v3_2, .v4_1, .v4_2, .v5_1]

    /// Every regional goal, in order: children and young people first, then adults.
    public static let alla: [RegionaltMål] = barnOchUnga + vuxna

    /// The regional goal with `id` ("B1.1"), if any.
    public static func med(id: String) -> RegionaltMål? { alla.first { $0.id == id } }
}

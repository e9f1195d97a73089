import PlanModel

// The regional goals of "Det goda livet i Västra Götaland – Handlingsplan för psykisk
// hälsa", defined once here and referred to by every plan that implements them. A
// product of its own, so a municipality's package refers to them as the examples do;
// another region defines its goals the same way, in a target of its own.

extension RegionaltMål {
    public static let b1_1 = RegionaltMål("B1.1", .barnOchUnga, .förebyggandeOchFrämjande,
                                          "Föräldrar ska erbjudas stöd under barnets hela uppväxt", region: .västraGötaland) {
        Stycke("Föräldrar är viktiga i varje barns liv. De påverkar förutsättningarna för barnets fysiska och psykiska hälsa och utveckling i stort. Därför är det viktigt att ge föräldrar och vårdnadshavare stöd utifrån sina och barnens behov när det behövs. Det kan gälla föräldrar till barn med funktionsnedsättning eller föräldrar med psykisk ohälsa och/eller beroendeproblematik. Verksamheter som arbetar med barn och möter föräldrar behöver kunna erbjuda föräldrarna anpassat stöd under barnets hela uppväxt, 0-18 år.")
    }
    public static let b1_2 = RegionaltMål("B1.2", .barnOchUnga, .förebyggandeOchFrämjande,
                                          "Alla elever ska lämna grund- och gymnasieskolan med godkända betyg", region: .västraGötaland) {
        Stycke("Att klara godkänt resultat i skolan är en stark faktor för god hälsa senare i livet. En fjärdedel av varje årskull går inte ut gymnasiet i Västra Götaland idag. Samtidigt är det en viktig förutsättning att ha gymnasiekompetens för att kunna leva ett självständigt liv. Elever med hög frånvaro måste uppmärksammas tidigt och ges det stöd de behöver för att närvara i skolan. Det är viktigt att utveckla närvarofrämjande åtgärder och arbetssätt i samverkan.")
    }
    // Seed 001 lost words in this heading ("ska få insatser i rätt tid") and text; the
    // missing words are restored from seeds 000 and 003, the rest keeps 001's wording.
    public static let b2_1 = RegionaltMål("B2.1", .barnOchUnga, .tillgängligaTidigaInsatser,
                                          "Barn och unga med psykisk ohälsa ska få rätt insatser i rätt tid", region: .västraGötaland) {
        Stycke("Att tidigt identifiera psykisk ohälsa hos barn och unga kan förhindra utveckling av allvarliga problem. Det som ofta benämns som \"första linjen\" är de funktioner eller verksamheter som har i uppdrag att först ta emot barn, ungdomar eller familjer som söker hjälp när ett barn har problem eller mår dåligt. Barn och föräldrar ska veta vart de ska vända sig. Därför behöver första linjen för barn och ungas psykiska hälsa vara definierad och känd. En bra första linje är tillgänglig, utgår från barnets bästa och sätter barn och familj i centrum. Den hjälper barn och unga genom att kunna identifiera problem, behandla lindriga problem, remittera vidare när det behövs och säkerställa att unga får tidig och högkvalitativ hjälp.")
    }
    // Seed 001 garbled parts of this text ("psykiska sociala", "Särskilt särskilt",
    // "eget egen", "behandlingsverks samverkan … utvärdera"); repaired from seeds 000 and 003.
    public static let b2_2 = RegionaltMål("B2.2", .barnOchUnga, .tillgängligaTidigaInsatser,
                                          "Förebygga och uppmärksamma bruk av alkohol och narkotika bland unga", region: .västraGötaland) {
        Stycke("Bruk av alkohol och narkotika kan påverka fysiskt, psykiskt och socialt välbefinnande. För att ge goda förutsättningar för vuxenblivande behöver ett riskbruk uppmärksammas tidigt och beroende hos unga samspelar ofta med psykiska och sociala faktorer. Samsjukligheten är ofta hög. Det finns samband med såväl individuella livsvillkor och sociala sammanhang. Särskilt sårbara och viktiga att uppmärksamma är t.ex. hbtq-personer, ensamkommande barn och barn till föräldrar med eget beroende eller psykisk ohälsa. Det är viktigt att samordna insatser i samverkan med flera myndigheter och behandlingsverksamheter. I samverkan behöver kommun och hälso- och sjukvård utveckla former för att tidigt identifiera dessa unga.")
    }
    public static let b3_1 = RegionaltMål("B3.1", .barnOchUnga, .enskildasDelaktighet,
                                          "Barn och unga som har behov av samordnade insatser ska ha en SIP", region: .västraGötaland) {
        Stycke("Sedan 2010 är det lagstiftat, både i socialtjänstlagen och hälso- och sjukvårdslagen, att kommun och region ska upprätta en samordnad individuell plan, SIP, när en person har behov av insatser från båda huvudmännen. I Västra Götaland finns från 2020 en överenskommelse om samverkan för barn och ungas bästa. I den har tidigare Västsbus riktlinjer inarbetats. En SIP gör den enskilde och närstående delaktiga i planeringen av insatser från hälso- och sjukvård, socialtjänst och skola och ansvarsfördelningen blir tydlig. SIP är också ett bra verktyg för samordning mellan verksamheter inom en huvudman.")
    }
    // Seed 001's heading lost words ("ska erbjudas delaktiga utvecklingsarbetet"); seed 000's wording.
    public static let b3_2 = RegionaltMål("B3.2", .barnOchUnga, .enskildasDelaktighet,
                                          "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbetet", region: .västraGötaland) {
        Stycke("Barn och ungas egna upplevelser behöver tas tillvara för att kunna utveckla ett kunskapsbaserat arbetssätt. Barn har rätt till delaktighet i alla frågor som berör dem enligt FN:s konvention om barnets rättigheter. Inflytandet behövs på lokal, delregional, regional och nationell nivå och varje insats behöver betraktas från barnets perspektiv. Barn, ungas och deras vårdnadshavare ska i så hög utsträckning som möjligt kunna påverka verksamhetsutveckling och definiera vad god kvalitet är.")
    }
    public static let b4_1 = RegionaltMål("B4.1", .barnOchUnga, .utsattaGrupper,
                                          "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna och regionen", region: .västraGötaland) {
        Stycke("Det finns sju diskrimineringsgrunder som omfattas av lagens diskrimineringsförbud: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Personer ska få ökad kunskap om hur grupper utsätts, som minoritetsstress och skillnader i psykisk hälsa, kan relateras till att personer bryter mot normer utifrån exempelvis sexuell läggning, könsidentitet och nationellt ursprung. Kunskapen om mänskliga rättigheter, normativt bemötande och hur det påverkar unga i enskilda möten ska också öka.")
    }
    // Seed 001 breaks off at a page break after "rätt hjälp i tid"; the end is seed 003's.
    public static let b5_1 = RegionaltMål("B5.1", .barnOchUnga, .ledningStyrningOrganisation,
                                          "Nollvision om suicid i Västra Götaland", region: .västraGötaland) {
        Stycke("I flera undersökningar uppger upp till åtta procent av flickorna och fyra procent av pojkarna att de någon gång försökt ta sitt liv. I Västra Götaland sker i genomsnitt åtta till nio suicid per år i åldersgruppen 15-19 år. Bakom varje fullbordat suicid går det tio allvarliga försök och bakom statistiken döljer sig ofta psykisk ohälsa som är viktig att uppmärksamma. Unga personer med förhöjd suicidrisk ska identifieras och erbjudas rätt hjälp i tid så att de inte försöker ta sitt liv. Detta sker genom utvecklad samverkan och samsyn mellan olika aktörer. Ingen i Västra Götaland ska behöva se suicid som en utväg.")
    }

    public static let v1_1 = RegionaltMål("V1.1", .vuxna, .förebyggandeOchFrämjande,
                                          "Nollvision om suicid i Västra Götaland", region: .västraGötaland)
    public static let v2_1 = RegionaltMål("V2.1", .vuxna, .tillgängligaTidigaInsatser,
                                          "Äldre personer med psykisk ohälsa ska få rätt vård och stöd", region: .västraGötaland)
    public static let v3_1 = RegionaltMål("V3.1", .vuxna, .enskildasDelaktighet,
                                          "Personer som har behov av samordnade insatser ska ha en SIP", region: .västraGötaland)
    public static let v3_2 = RegionaltMål("V3.2", .vuxna, .enskildasDelaktighet,
                                          "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbete", region: .västraGötaland)
    public static let v4_1 = RegionaltMål("V4.1", .vuxna, .utsattaGrupper,
                                          "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna eller regionen", region: .västraGötaland)
    public static let v4_2 = RegionaltMål("V4.2", .vuxna, .utsattaGrupper,
                                          "Personer med missbruk, psykisk ohälsa och/eller komplex problematik ska få integrerade insatser", region: .västraGötaland)
    public static let v5_1 = RegionaltMål("V5.1", .vuxna, .ledningStyrningOrganisation,
                                          "Invånare ska få tillgång till evidensbaserade metoder inom vård, stöd och behandling", region: .västraGötaland)

    /// The goals for children and young people, B1.1 … B5.1.
    public static let barnOchUnga: [RegionaltMål] = [.b1_1, .b1_2, .b2_1, .b2_2, .b3_1, .b3_2, .b4_1, .b5_1]

    /// The goals for adults, V1.1 … V5.1.
    public static let vuxna: [RegionaltMål] = [.v1_1, .v2_1, .v3_1, .v3_2, .v4_1, .v4_2, .v5_1]

    /// Every regional goal, in order: children and young people first, then adults.
    public static let alla: [RegionaltMål] = barnOchUnga + vuxna

    /// The regional goal with `id` ("B1.1"), if any.
    public static func med(id: String) -> RegionaltMål? { alla.first { $0.id == id } }
}

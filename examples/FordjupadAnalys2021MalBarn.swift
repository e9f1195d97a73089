import AnalysisModel
import PlanModel

// Seed 004, chapter 5, part 3 ("Aktiviteter inom mål för barn och unga"): the sections on
// the goals for children and young people, B1.1 … B5.1. The report's pages come in the
// same order in every section: the goal with its background, indicators and county-wide
// activities; the page on the kinds of work done; the Fördjupning per vårdsamverkansområde;
// the page on possible results with the interviews, charts and tables.
//
// The report does not say which indicators are process and which are result indicators;
// the kinds here follow the rule of the V1.1 section: an indicator that a method, a
// programme, a routine, a plan or a collaboration exists is a process indicator, one that
// counts or measures what happened to children and young people is a result indicator.

/// The goal sections for children and young people, in the report's order.
let fördjupadAnalysMålavsnittBarn: [Målavsnitt] = [
    fördjupadAnalysB1_1, fördjupadAnalysB1_2,
]

/// The second half of most source lines in this part.
private let intervjuer = "Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)"

/// The same, as the pages of B2.2, B3.2 and B4.1 spell it.
private let intervjuerVårdssamverkan = "Intervjuer med representanter från vårdssamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)"

/// The sentence after each area's list when the area works mainly locally.
private let fyrbodalLokalt = "Fyrbodals arbete har i huvudsak bestått av lokala aktiviteter."

/// The sentence closing several pages: the same work as for adults.
private let sammaSomVuxna = "Vårdsamverkansområdena har i hög utsträckning genomfört samma aktiviteter som inom motsvarande mål för vuxna."

/// The columns of the indicator tables per area: the six areas and the county.
private let områdeskolumner: [Tabellkolumn] = [
    Kolumn("Fyrbodal", område: .fyrbodal), Kolumn("Göteborg", område: .göteborgsregionen),
    Kolumn("SAMLA", område: .samla), Kolumn("SIMBA", område: .simba), Kolumn("Skaraborg", område: .skaraborg),
    Kolumn("Södra Älvsborg", område: .södraÄlvsborg), Kolumn("Västra Götaland"),
]

// MARK: - 1. Förebyggande och främjande arbete

let fördjupadAnalysB1_1 = Målavsnitt(.b1_1) {
    Bakgrundsbeskrivning("Föräldrar är viktiga i varje barns liv. De påverkar förutsättningarna för barnets fysiska och psykiska hälsa och utveckling i stort. Därför är det viktigt att ge föräldrar och vårdnadshavare stöd utifrån sina och barnens behov när det behövs. Det kan gälla föräldrar till barn med funktionsnedsättning eller föräldrar med psykisk ohälsa och/eller missbruk. Verksamheter som arbetar med barn och som möter föräldrar behöver kunna erbjuda föräldrarna anpassat stöd under barnets hela uppväxt, 0-18 år.")
    Målindikatorer {
        Indikator("Manualbaserad insats för föräldrastöd.", .process)
        Indikator("Föräldraprogram om alkohol och droger i grundskolan.", .process)
    }
    LänsgemensammaAktiviteter {}
    Avsnitt("Hälften av vårdsamverkansområdena arbetar med föräldrastöd genom verksamhetsarbete") {
        Aktivitetsgrupp(.förändratVerksamhetsarbete, områden: [.södraÄlvsborg, .göteborgsregionen, .simba]) {
            Stycke { "Tre av vårdsamverkansområdena har arbetat med stöd till föräldrar genom olika insatser i verksamheterna. Exempelvis har man i "; Fet("Södra Älvsborg"); " genomfört föräldrautbildningar och föräldrastöd genom Mini-Maria och sitt projekt Tidig upptäckt, Tidiga insatser. I "; Fet("Göteborgsregionen"); " har man i verksamheterna arbetat med familjecentrerat arbetssätt. "; Fet("SIMBA"); " har sedan år 2020 genom sina SIMBA-team erbjudit föräldrastöd. I intervjuer framkommer det att insatserna inte nödvändigtvis uppkommit till följd av handlingsplanen men att handlingsplanen möjliggjort en förbättring av insatserna." }
            Citat("När en familj kommit in i projektet Tidig upptäckt, tidiga insatser så kan föräldrarna få föräldrautbildning.")
        }
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.göteborgsregionen, .samla]) {
            Stycke { "Två av vårdsamverkansområden ("; Fet("Göteborgsregionen och SAMLA"); ") beskriver att arbetet med tillgängliga tidiga insatser till barn och unga (mål B2.1) stärker arbetet med stöd till föräldrar." }
            Citat("Våra samverkansteam bidrar till att föräldrar erbjuds stöd under barnets uppväxt.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Lokalt arbete med att erbjuda insatser via öppen förskola/familjecentral", .år(2021), detalj: "På familjecentralen arbetar bland annat pedagoger och socionomer.")
            fyrbodalLokalt
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Erbjudit insatser via familjecentraler", .årsintervall(2018, 2021))
            Insats("Arbetat med familjecentrerat arbetssätt", .årsintervall(2018, 2021))
            Insats("Genomfört temadagar om familjecentrerat arbetssätt", .år(2020))
            BidrarIndirekt(.b2_1)
        }
        Områdesaktiviteter(.samla) {
            BidrarIndirekt(.b2_1)
        }
        Områdesaktiviteter(.simba) {
            Insats("Erbjudit föräldrastöd genom SIMBA-team", .årsintervall(2020, 2021))
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Anställt koordinator för stöd till arbetet med barn och ungas hälsa genom vårdsamverkansstrukturen och huvudsaklig inriktning på lokal nivå", .årsintervall(2020, 2021), detalj: "Anställningen avser perioden hösten 2020 till och med hela år 2022.")
            Insats("Kartlagt och spridit informationen om tillgängliga föräldraskapsprogram i respektive kommun inom delregionen", .år(2021))
            Kommande("Fortsatt arbete med tillgängliga föräldraskapsprogram under 2022.")
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Erbjudit föräldrautbildningar genom projektet Tidig upptäckt, Tidiga insatser", .årsintervall(2019, 2021))
            Insats("Erbjudit föräldrastöd och utbildning genom mini-maria", .årsintervall(2020, 2021))
            Insats("Tagit fram en delregional rutin för oro för väntat barn", .år(2021))
        }
        Not("Anställningen av projektledare i Skaraborg avser samma anställning som i mål B2.1.")
        Källa(enkäterOchIntervjuer)
    }
    Avsnitt("Aktiviteterna kan ha bidragit till att föräldrar fått ökad vägledning i sitt föräldraskap") {
        Observationer {
            Stycke("De aktiviteter som genomförts kopplat till målet kan ha resulterat i att föräldrar fått ökad vägledning i sitt föräldraskap. Vägledningen kan ge föräldrar tillgång till verktyg och metoder som kan vara till hjälp i mötet med barnen. Det är dock svårt att koppla aktiviteterna till några mätbara resultat.")
        }
        Citat("Genom Mini-Maria kan föräldrar exempelvis få råd om hur de kan prata med sitt barn om droger.")
        // The seed explains no "*" on this page.
        Figur("Andel kommuner som har en manualbaserad insats för föräldrastöd i grupp inom den sociala barn- och ungdomsvården* (2017 – 2020)")
        Datatabell("Andel kommuner med föräldraprogram om alkohol och droger i grundskolan inom årskurs F-5 och årskurs 6-9 (2019)",
                   förstaKolumn: "Indikator", kolumner: områdeskolumner) {
            Rad("Årskurs F-5", .procent(0), .procent(20), .procent(50), .procent(25), .procent(7), .procent(13), .procent(10))
            Rad("Årskurs 6-9", .procent(7), .procent(20), .procent(100), .procent(50), .procent(7), .procent(25), .procent(18))
        }
        Not(Löptext("\(svårtAttKoppla)."))
        Källa(Löptext("SKR (Kolada), kommunenkäten öppna jämförelser socialtjänst (2021); Länsrapportens undersökning ANDT Folkhälsomyndigheten (via Indikatorlabbet) (2021); \(intervjuer)"))
    }
}

let fördjupadAnalysB1_2 = Målavsnitt(.b1_2) {
    Bakgrundsbeskrivning("Att klara godkänt resultat i skolan är en stark faktor för god hälsa senare i livet. En fjärdedel av varje årskull går inte ut gymnasiet i Västra Götaland idag. Samtidigt är det en viktig förutsättning att ha gymnasiekompetens för att kunna leva ett självständigt liv. Elever med hög frånvaro måste uppmärksammas tidigt och ges det stöd de behöver för att närvara i skolan. Det är viktigt att utveckla närvarofrämjande åtgärder och arbetsätt i samverkan.")
    Målindikatorer {
        Indikator("Andel elever som fullföljt gymnasieutbildningen inom tre år.", .resultat)
        Indikator("Andel elever utan godkända betyg från åk 9.", .resultat)
        Indikator("Andel elever med betydande frånvaro från skolan.", .resultat)
    }
    LänsgemensammaAktiviteter {}
    Avsnitt("De flesta vårdsamverkansområden arbetar indirekt med målet utifrån annat stöd till barn och unga") {
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.samla, .simba, .skaraborg, .södraÄlvsborg]) {
            Stycke { "Fyra av vårdsamverkansområden ("; Fet("SAMLA, SIMBA, Skaraborg och Södra Älvsborg"); ") beskriver att arbetet med tillgängliga tidiga insatser till barn och unga (mål B2.1) bidrar till att barn och unga lämnar grund- och gymnasieskolan med godkända betyg." }
            Citat("Vi har deltagit i ett nationellt projekt om tidigt samordnade insatser.")
        }
        Aktivitetsgrupp(.samverkansstrukturer, rubrik: "Förändrade samverkansstrukturer", områden: [.göteborgsregionen]) {
            Stycke { "Det är endast "; Fet("Göteborgsregionen"); " som arbetar med insatser som direkt riktar sig mot att nå målet. Under 2021 har delregionen startat upp närvaroteam i Härryda och Göteborg centrum som syftar till att stötta skolorna i arbetet med elever som har omfattande eller problematisk skolfrånvaro. Teamet består bland annat av specialpedagoger, socialsekreterare, familjebehandlare och logoped." }
            Citat("Under 2021 har vi stöttat lokala satsningar på närvaroteam och skolprevention.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            "Inga aktiviteter har rapporterats. \(fyrbodalLokalt)"
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Infört närvaroteam och arbetat med skolprevention i Härryda och Göteborg Centrum", .år(2021))
            Kommande("Ytterligare satsningar på närvaroteam.")
        }
        Områdesaktiviteter(.samla) {
            BidrarIndirekt(.b2_1)
        }
        Områdesaktiviteter(.simba) {
            BidrarIndirekt(.b2_1)
        }
        Områdesaktiviteter(.skaraborg) {
            BidrarIndirekt(.b2_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            BidrarIndirekt(.b2_1)
            Kommande("Workshop om problematisk skolfrånvaro kommer genomföras.")
        }
    }
    Avsnitt("Tidiga insatser kan skapa bättre förutsättningar till en bra skolgång") {
        Observationer {
            Stycke("Endast göteborgsområdet har genomfört aktiviteter särskilt riktade till skolnärvaro. Intervjuade uppger att de insatser som genomförts inom mål B2.1 (Barn och unga med psykisk ohälsa ska få rätt insatser i rätt tid) också kan leda till att barn får tillgång till insatser tidigare vilket i sin tur kan stärka förutsättningarna för en bra skolgång. Det är dock svårt att direkt koppla insatserna till specifika resultat och ingen förbättring kan ses för de olika indikatorerna.")
        }
        Citat("Tidig upptäckt, tidiga insatser gör att barn kan få insatser i tid vilket stärker förutsättningarna för att barn ska klara skolan. Det var många som behövde hjälp förra året, 21 barn fick hjälp.")
        Figur("Andel elever i årskurs 9 som uppnått kraven för godkänt i alla ämnen (läsår 2010/2011 – 2019/2020)")
        Figur("Andel elever som fullföljt gymnasieutbildningen med examen inom tre år i Västra Götaland (2014 – 2020)")
        Figur("Andelen gymnasieelever som under aktuellt läsår fått indragen studiehjälp på grund av ogiltig frånvaro (läsår 2015/2016 till 2019/2020), %")
        Not(Löptext("\(svårtAttKoppla); Indragen studiehjälp på grund av ogiltig frånvaro är fördelat på var eleverna är folkbokförda."))
        Källa(Löptext("Skolverket, Siris – kvalitet och resultat i skolan (2021); Skolverket, Jämförelsetal om förskola, skola och vuxenutbildning (2021); Centrala studiestödsnämnden (CSN), Officiell statistik inom området studiestöd (2021); \(intervjuer)"))
    }
}

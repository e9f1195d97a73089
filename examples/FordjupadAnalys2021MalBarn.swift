import AnalysisModel
import PlanModel
import RegionVastraGotaland

// Seed 004, chapter 5, part 3 ("Aktiviteter inom mål för barn och unga"): the sections on
// the goals for children and young people, B1.1 … B5.1. Every section has the same pages
// in the same order: the goal with its background, indicators and county-wide activities;
// the page on the kinds of work done; the Fördjupning per vårdsamverkansområde; the page on
// possible results with the interviews, charts and tables.
//
// The report does not say which indicators are process and which result indicators; the
// rule is the adults' sections' (FordjupadAnalys2021Vuxna.swift): an indicator that a plan,
// a routine, a method or a collaboration exists, or that counts what the services do, is a
// process indicator; one that measures how children and young people fare is a result
// indicator.

/// The goal sections for children and young people, in the report's order.
let fördjupadAnalysMålavsnittBarn: [Målavsnitt] = [
    fördjupadAnalysB1_1, fördjupadAnalysB1_2, fördjupadAnalysB2_1, fördjupadAnalysB2_2,
    fördjupadAnalysB3_1, fördjupadAnalysB3_2, fördjupadAnalysB4_1, fördjupadAnalysB5_1,
]

/// The sentence closing several pages: the same work as for adults.
private let sammaSomVuxna = "Vårdsamverkansområdena har i hög utsträckning genomfört samma aktiviteter som inom motsvarande mål för vuxna."

/// The columns of the indicator tables per area: the six areas and the county.
private let områdeskolumner: [Tabellkolumn] = [
    Kolumn("Fyrbodal", område: .fyrbodal), Kolumn("Göteborg", område: .göteborgsregionen),
    Kolumn("SAMLA", område: .samla), Kolumn("SIMBA", område: .simba), Kolumn("Skaraborg", område: .skaraborg),
    Kolumn("Södra Älvsborg", område: .södraÄlvsborg), Kolumn("Västra Götaland"),
]

// MARK: - 1. Förebyggande och främjande arbete

let fördjupadAnalysB1_1: Målavsnitt = Målavsnitt(.b1_1) {
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
            FördjupadAnalysText.fyrbodalsLokalaArbete
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
        Not(svårtAttKoppla("."))
        Källa(Löptext("SKR (Kolada), kommunenkäten öppna jämförelser socialtjänst (2021); Länsrapportens undersökning ANDT Folkhälsomyndigheten (via Indikatorlabbet) (2021); \(FördjupadAnalysText.intervjuer)"))
    }
}

let fördjupadAnalysB1_2: Målavsnitt = Målavsnitt(.b1_2) {
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
            "Inga aktiviteter har rapporterats. \(FördjupadAnalysText.fyrbodalsLokalaArbete)"
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
        Not(svårtAttKoppla("; Indragen studiehjälp på grund av ogiltig frånvaro är fördelat på var eleverna är folkbokförda."))
        Källa(Löptext("Skolverket, Siris – kvalitet och resultat i skolan (2021); Skolverket, Jämförelsetal om förskola, skola och vuxenutbildning (2021); Centrala studiestödsnämnden (CSN), Officiell statistik inom området studiestöd (2021); \(FördjupadAnalysText.intervjuer)"))
    }
}

// MARK: - 2. Tillgängliga tidiga insatser

let fördjupadAnalysB2_1: Målavsnitt = Målavsnitt(.b2_1) {
    Bakgrundsbeskrivning("Att tidigt identifiera psykisk ohälsa hos barn och unga kan förhindra utveckling av allvarliga problem. Det som ofta benämns som “första linjen” är de funktioner eller verksamheter som har i uppgift att först ta emot barn, ungdomar eller familjer som söker hjälp när ett barn har problem eller mår dåligt. Barn och föräldrar ska veta vart de ska vända sig. Därför behöver första linjen för barn och ungas psykiska hälsa vara definierad och känd. En bra första linje är tillgänglig, utgår från barnets bästa och sätter barn och familj i centrum. Den hjälper barn och unga genom att kunna identifiera problem, behandla lindriga problem, remittera vidare när det behövs och säkerställa att alla barn och unga får tidig och högkvalitativ hjälp.")
    Målindikatorer {
        Indikator("Barn och unga med psykiatrisk diagnos som vårdats i slutenvård.", .resultat)
        Indikator("Standardiserade bedömningsmetoder för utredning av missbruk.", .process)
        Indikator("Andel barn och unga som får en första bedömning vid BUP inom 30 dagar.", .process)
        Indikator("Andel barn och unga som fått bedömning och vård för psykisk ohälsa/sjukdom på en vårdcentral.", .process)
    }
    LänsgemensammaAktiviteter {}
    Avsnitt("Tidiga insatser har framför allt möjliggjorts genom samverkansteam") {
        Aktivitetsgrupp(.förändratVerksamhetsarbete, .samverkansstrukturer,
                        rubrik: "Förändrat verksamhetsarbete och förändrade samverkanstrukturer",
                        områden: [.göteborgsregionen, .samla, .simba, .skaraborg, .södraÄlvsborg]) {
            Stycke { "Vårdsamverkansområdena har i stor utsträckning arbetat med förändrat verksamhetsarbete och förändrade samverkanstrukturer för att nå målet. Framför allt har det inneburit att inom och mellan verksamheter skapa samverkansteam. "; Fet("Göteborgsregionen, SAMLA, SIMBA, Skaraborg och Södra Älvsborg"); " arbetar med olika typer av samverkansteam som bland annat syftar till att möjliggöra att barn och unga får insatser i tid. Teamen består av olika professioner som gemensamt arbetar för att barn ska få ett mer sammanhållet stöd." }
            Citat("Teamen ser till att aktörerna arbetar ihop istället för att barnen ska behöva slussas runt.")
        }
        Aktivitetsgrupp(.personellaResurser, områden: [.skaraborg, .simba]) {
            Stycke { "Två av vårdsamverkansområdena ("; Fet("Skaraborg och SIMBA"); ") har anställt projektledare/koordinator som arbetar med tidiga och samordnade insatser." }
            Citat("Vi har anställt en projektledare som arbetar med tidiga och samordnade insatser för barn och unga. Projektledare hjälper bland annat med samverkansteam att strukturera upp sitt arbete.")
        }
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.göteborgsregionen, .skaraborg, .södraÄlvsborg]) {
            Stycke { "Hälften av vårdsamverkansområdena ("; Fet("Göteborgsregionen, Skaraborg och Södra Älvsborg"); ") beskriver att arbetet med SIP eller samverkanskompetens indirekt kan leda till att barn och unga får insatser i rätt tid." }
            Citat("Arbete med samverkanskompetens kan bidra till att personer med psykisk ohälsa får rätt insatser i tid.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            "Inga aktiviteter har rapporterats. \(FördjupadAnalysText.fyrbodalsLokalaArbete)"
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats(Löptext { "Arrangerat föreläsningsserien "; Betonad("Stöd till de som möter barn med erfarenhet av flykt eller migration") }, .årsintervall(2018, 2021))
            Insats("Arbetat med tidiga insatser inom spädbarnsverksamhet", .år(2020))
            Insats("Arrangerat tre föreläsningar om att förstå och möta barn som upplevt svåra påfrestningar", .år(2021))
            Insats("Infört närvaroteam och arbetat med skolprevention i Härryda och Göteborg Centrum", .år(2021))
            BidrarIndirekt(.b3_1, .b5_1)
        }
        Områdesaktiviteter(.samla) {
            Insats("Arbetat med samverkansteam i Lerum", .årsintervall(2019, 2021), detalj: "Teamet består av socialtjänst, elevhälsa och barnpsykiatri.")
            Insats("Deltagit i nationellt projekt Tidigt samordnade insatser som leds av Socialstyrelsen och Skolverket", .årsintervall(2019, 2020))
            Kommande("Fortsatt arbete med samverkansteam i Lerum som under 2022 finansieras av verksamheterna själva. Eventuell uppstart av samverkansteam i Alingsås i annan struktur än i Lerum.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Projektledare som arbetar med tidiga och samordnade insatser", .årsintervall(2018, 2021), detalj: "Projektledaren arbetar bland annat med att vägleda SIMBA-teamen.")
            Insats("Arbetat med samverkansteam, så kallade SIMBA-team", .årsintervall(2018, 2021), detalj: "I teamen ingår bland annat medarbetare från elevhälsa, socialtjänst och primärvård.")
            Insats("Deltagit i nationellt projekt Tidigt samordnade insatser som leds av Socialstyrelsen och Skolverket", .årsintervall(2020, 2021))
        }
        Områdesaktiviteter(.skaraborg) {
            // The seed gives the years inside the sentence: "… samverkansmodell (SAMBU) (2020-2021) som organiserar team …".
            Insats("Arbetat med utvecklande och spridning av samverkansmodell (SAMBU) som organiserar team med företrädare från elevhälsa, socialtjänst och vårdcentral", .årsintervall(2020, 2021))
            Insats("Anställt koordinator för stöd till arbetet med barn och ungas hälsa genom vårdsamverkansstrukturen och huvudsaklig inriktning på lokal nivå", .årsintervall(2020, 2021), detalj: "Anställningen avser perioden hösten 2020 till och med hela år 2022.")
            BidrarIndirekt(.b3_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Arbetat med samverkansteam i Mark och Svenljunga genom projektet Tidig upptäckt, Tidiga insatser", .årsintervall(2019, 2021), detalj: "I teamen ingår bland annat medarbetare från förskoleverksamhet, barnhälsovård och hälso- och sjukvård.")
            BidrarIndirekt(.b1_2, .b3_1)
            Kommande("Sprida samverkansteam till övriga sex kommuner.")
        }
        Not("Anställningen av projektledare i Skaraborg avser samma anställning som i mål B1.1.")
        Källa(enkäterOchIntervjuer)
    }
    Avsnitt("Vårdsamverkansområdenas arbete kan ha möjliggjort att barn får sammanhållet stöd tidigare") {
        Observationer {
            Stycke("Intervjuade uppger att de aktiviteter som genomförts möjliggjort att barn och unga kunnat få stöd tidigare, samt att de stöd som de fått varit mer sammanhållet. Ett vårdsamverkansområde uppger att samverkansteamet gjort att barn fått hjälp ett år och två månader tidigare än vad de annars hade fått. Utöver detta saknas tydliga underlag på vilka faktiska resultat som arbetet bidragit till. Utifrån de indikatorer som följs upp ses ingen direkt koppling till de aktiviteter som genomförts.")
        }
        Citat("Vi har sett att tidig upptäckt, tidiga insatser kan spara lidandet med ett år och två månader.")
        Citat("Projektanställningen har varit det mest framgångsrika med arbetet med barn och unga.")
        Figur("Antal personer som vårdats inom slutenvård med psykiatrisk diagnos per 100 000 invånare (0-24 år) (2010 – 2020)")
        Figur("Andel barn och unga som får en första bedömning vid BUP inom 30 dagar, per månad (2018 – 2020)")
        Not(svårtAttKoppla("."))
        Källa(Löptext("Patientregistret, Socialstyrelsen (2021); SKR (via Väntetider.se) (2022); \(FördjupadAnalysText.intervjuer)"))
    }
}

let fördjupadAnalysB2_2: Målavsnitt = Målavsnitt(.b2_2) {
    Bakgrundsbeskrivning("Bruk av alkohol och narkotika kan påverka fysiskt, psykiskt och socialt välbefinnande. För att ge goda förutsättningar för ett gott vuxenblivande behöver missbruk tidigt uppmärksammas. Missbruk hos unga samspelar ofta med psykiska och sociala faktorer som påverkar missbruket och samsjukligheten är ofta hög. Det finns samband med individers livsvillkor och sociala sammanhang. Särskilt sårbara och viktiga att uppmärksamma är t ex hbtq-personer, ensamkommande/nyanlända och barn till föräldrar med eget missbruk eller psykisk ohälsa. Det är viktigt att samordna insatser för unga som har kontakt med flera myndigheter och behandlingsverksamheter. I samverkan behöver kommun och hälso- och sjukvård utveckla former för att tidigt identifiera dessa unga.")
    Målindikatorer {
        Indikator("Andel elever med riskkonsumtion av alkohol i åk 9.", .resultat)
        Indikator("Andel elever med riskkonsumtion av alkohol i gymnasiet år 2.", .resultat)
        Indikator("Andel elever som någon gång använt narkotika i åk 9.", .resultat)
        Indikator("Andel elever som någon gång använt narkotika i gymnasiet år 2.", .resultat)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Sammanställa kunskap och ta fram ett regionalt inriktningsdokument för integrerade verksamheter/mottagningar för unga.",
                      genomförd: "Framtaget 2020: Länsgemensamt inriktningsdokument för regionen och kommunerna i Västra Götaland för Organiserat integrerat arbete för personer med psykisk ohälsa, missbruk och beroende.")
    }
    Avsnitt("Vårdsamverkansområdena har framför allt arbetat med området genom att starta Mini Maria-mottagningar") {
        Aktivitetsgrupp(.förändratVerksamhetsarbete, områden: [.södraÄlvsborg, .samla, .simba]) {
            Stycke { "Vårdsamverkansområdena har framför allt arbetat med målet genom att starta upp Mini Maria-mottagningar. "; Fet("Södra Älvsborg"); " startade år 2021 upp en Mini-Mariamottagning som riktar sig till barn och unga med frågor eller problematik kopplat till alkohol, droger eller spel om pengar. "; Fet("SAMLA"); " och "; Fet("SIMBA"); " planerar att starta upp Mini-Mariamottagningar under år 2022." }
            Citat("Politiken ville starta en Mini-Maria innan handlingsplanen kom. Stimulansmedlen möjliggjorde att vi kunde starta upp.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            "Inga aktiviteter har rapporterats. \(FördjupadAnalysText.fyrbodalsLokalaArbete)"
        }
        Områdesaktiviteter(.göteborgsregionen) {
            "Inga aktiviteter har rapporterats."
        }
        Områdesaktiviteter(.samla) {
            Kommande("Starta upp en Mini Maria-mottagning i varje kommun under början av 2022.", ental: true)
        }
        Områdesaktiviteter(.simba) {
            Insats("Påbörjat modellbeskrivning för integrerade insatser för barn och unga med risk- och missbruk", .år(2018))
            Kommande("Starta upp en Mini Maria-mottagningar.", ental: true)
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Genomfört förstudie om samsjuklighet", .år(2021))
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Startat en Mini Maria-mottagning", .år(2021), detalj: "Mottagningen riktar sig till barn och unga med frågor eller problematik kopplat till alkohol, droger eller spel om pengar.")
        }
    }
    Avsnitt("Det är svårt att mäta resultaten av aktiviteterna eftersom de flesta aktiviteter genomförts nyligen eller ska genomföras inom snar framtid") {
        Observationer {
            Stycke("Det huvudsakliga arbetet med målet har utförts nyligen eller kommer att genomföras inom snar framtid, vilket gör att det är svårt att mäta några resultat. De indikatorer som används för målet uppdateras endast vart tredje år vilket betyder att data saknar för de senaste åren. Södra Älvsborg, som är det vårdssamverkansområdet som hunnit starta upp en Mini Maria-mottagning, menar dock att intresset varit stort och att mottagningen starkt samverkan kring barn och unga.")
        }
        Citat("Det är oerhört många som vänt sig till Mini-Maria. Intresset har varit stort.")
        // Charts only: the seed gives no figures for either, so neither is a Datatabell.
        Figur("Andel elever med riskkonsumtion av alkohol i årskurs 9 (i Västra Götaland) (2013-2019), %")
        Figur("B2.2.2 Andel elever med riskkonsumtion av alkohol i gymnasiet år 2 (i Västra Götaland) (2013-2019), %")
        Not(svårtAttKoppla("; Indikatorerna anger andelen elever som uppger konsumtion av alkohol motsvarande minst en intensivkonsumtion per månad."))
        Källa(Löptext("CAN (via VGR), Skolelevs drogvanor (2019); \(FördjupadAnalysText.intervjuerVårdssamverkan)"))
    }
}

// MARK: - 3. Enskildas delaktighet och rättigheter

let fördjupadAnalysB3_1: Målavsnitt = Målavsnitt(.b3_1, rubrik: "Barn och unga som har behov av samordnade insatser har en SIP") {
    Bakgrundsbeskrivning("Sedan 2010 är det lagstiftat, både i socialtjänstlagen och hälso- och sjukvårdslagen, att kommun och region ska upprätta en samordnad individuell plan, SIP, när en person har behov av insatser från båda huvudmännen. I Västra Götaland finns överenskommelsen samverkan kring barn och ungas bästa. En SIP/Västbusplan gör den enskilde och närstående delaktiga i planeringen av insatser från hälso- och sjukvård, socialtjänst och skola och ansvarsfördelningen blir tydlig. SIP är också ett bra verktyg för samordning mellan verksamheter inom en huvudman.")
    Målindikatorer {
        Indikator("Upprättande av SIP i befolkningen 0-20 år.", .process)
        Indikator("Uppföljning av SIP i befolkningen 0-20 år.", .process)
        Indikator("Rutin för information om SIP.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Revidering av Västbus riktlinjer och stödmaterial.",
                      genomförd: "Överenskommelse om samverkan för barn och ungas hälsa fastställs 2020.")
    }
    Avsnitt("Vårdsamverkansområdena har lagt mycket tid och resurser på aktiviteter för att stötta arbetet med SIP") {
        Aktivitetsgrupp(.kunskapshöjande, områden: Vårdsamverkansområde.allCases) {
            Stycke { "I likhet med de aktiviteter som beskrivs för målet under vuxna så har "; Fet("samtliga vårdsamverkansområden"); " arbetat med kunskapshöjande aktiviteter kopplat till SIP, exempelvis genom utbildningar och workshops. Vårdsamverkansområdena har bland annat utbildat SIP-utbildare och genomfört mötesledarutbildningar. Vissa aktiviteter har även syftat till att öka kunskapen inom IT-stödet SAMSA. De kunskapshöjande aktiviteterna har riktat sig till kommunala och regionala verksamheter samt till både chefer och medarbetare." }
            Citat("Vi har haft mötesledarutbildningar. Det var heldagar med fokus på samverkan. SIP har varit verktyget men det är samverkan som är grunden för att det ska bli nytta.")
        }
        Aktivitetsgrupp(.personellaResurser, områden: [.samla, .simba, .södraÄlvsborg, .skaraborg]) {
            Stycke { "En majoritet av vårdsamverkansområdena ("; Fet("SAMLA, SIMBA, Södra Älvsborg och Skaraborg"); ") har anställt en samordnare för arbetet med SIP. Samordnarna arbetar bland annat med att organisera arbetet med SIP, hålla i utbildningar samt och stötta det lokala arbetet." }
            Citat("Vi har anställt en person som är SIP- och samverkanskoordinator. Personen ska organisera utbildningar och arbeta mot de behov som finns.")
        }
        Aktivitetsgrupp(.planerOchRiktlinjer, rubrik: "Framtagande av riktlinjer", områden: [.göteborgsregionen, .skaraborg, .samla, .södraÄlvsborg]) {
            Stycke { "Flera av vårdsamverkansområdena har deltagit i att utveckla riktlinjer och rutiner för SIP samt att arbeta med implementeringen av dem. "; Fet("Göteborgsregionen, Skaraborg och SAMLA"); " har varit involverade i framtagande av nya länsgemensamma riktlinjer för SIP. "; Fet("Södra Älvsborg"); " tagit fram en egen delregional rutin och "; Fet("Göteborgsregionen"); " delregionala anvisningar." }
            Citat("Vi har arbetat med att ta fram SIP-riktlinjerna och att informera om dem.")
        }
        Stycke(sammaSomVuxna)
        Not("Samordnare kan ha andra benämningar, som projektledare.")
        Källa(enkäterOchIntervjuer)
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Genomfört lokala utbildningar och informationstillfällen", .årsintervall(2019, 2021), detalj: "Medarbetare och chefer från regional och kommunal verksamhet har utbildats.")
            Insats("Genomfört utbildning om överenskommelsen barn och unga", .år(2021), detalj: "Chefer och ledare utbildades.")
            FördjupadAnalysText.fyrbodalsLokalaArbete
            Kommande("Utbildning av SIP-utbildare i respektive kommun. Medarbetare i regional och kommunal verksamhet utbildas.")
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Genomfört mötesledarutbildning", .årsintervall(2018, 2020))
            Insats("Deltagit i revidering av länsgemensamma SIP-riktlinjer. Genomfört informationsträffar om implementeringen av dem", .år(2021))
            Insats("Framtagande av delregionala anvisningar för SIP för BoU", .år(2021))
            Insats("Utbildat SIP-utbildare som i sin tur ska utbilda verksamheter i NOSAM enligt kaskadmodell", .år(2021))
            Insats("Erbjudit stimulansbidrag till SIP-samordnare i varje NOSAM som håller i SIP-implementeringen på NOSAM-nivå", .år(2021))
            Kommande("Implementeringskonferens för delregionala anvisningar.")
        }
        Områdesaktiviteter(.samla) {
            Insats("Anställt en delregional SIP-samordnare", .årsintervall(2019, 2021))
            Insats("Genomfört SIP-utbildning", .årsintervall(2019, 2021), detalj: "Medarbetare och chefer har utbildats.")
            Insats("Deltagit i revidering av länsgemensamma SIP-riktlinjer", .år(2020))
            Insats("Utsett SIP-samordnare i verksamheterna. Samordnare har deltagit på nätverksträffar och utbildningar", .årsintervall(2020, 2021))
            Kommande("SIP-samordnare fortsätter vara anställd 2022. Nätverksträffar och utbildningar fortsätter under 2022.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Genomfört utbildningar", .årsintervall(2019, 2021), detalj: "År 2021 genomfördes 11 utbildningar.")
            Insats("Anställt delregional SIP-samordnare", .årsintervall(2018, 2021))
            Kommande("Nätverksträffar för SIP-samordnare. Framtagande av utbildningspaket för att kontinuerligt erbjuda SIP-utbildning på olika nivåer.")
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Arbete med integrerat arbetssätt psykisk hälsa (IAPS), numera benämnt som samverkanskompetens", .årsintervall(2018, 2021))
            Insats("Deltagit i revidering av länsgemensamma SIP-riktlinjer. Genomfört informationsträffar om implementering av dem", .årsintervall(2020, 2021))
            Insats("Genomfört SIP-utbildningar", .årsintervall(2020, 2021), detalj: "Medarbetare och chefer från regional och kommunal verksamhet har utbildats.")
            Insats("Anställt koordinator för stöd till arbetet med barn och ungas hälsa", .årsintervall(2020, 2021), detalj: "Anställningen avser perioden hösten 2020 till och med hela år 2022.")
            Insats("Anställt SIP- och samverkanskoordinator", .år(2021))
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Anställt projektledare", .årsintervall(2018, 2021))
            Insats("Genomfört utbildningar, konferenser och workshops", .årsintervall(2019, 2021))
            Insats("Skapat delregionala SIP-riktlinjer", .år(2021))
            Insats("Anställt projektledare som ansvarar för arbetet med SAMSA", .år(2021))
            Insats("Bjudit in SIP-Samordnare till samordningsträffar", .år(2021))
        }
        Stycke(sammaSomVuxna)
    }
    Avsnitt("Aktiviteterna med SIP kan ha resulterat i att antalet upprättade SIP i länet ökat") {
        Observationer {
            Stycke("Flera av de intervjuade menar att aktiviteterna som genomförts har gett resultat och gjort att fler SIP upprättats. En del tror även att aktiviteterna lett till att kvaliteten av upprättade SIP har höjts. Det upplevs dock finnas en skillnad mellan vårdsamverkansområdena där vissa ser en större förbättring av arbetet med SIP jämfört med andra. Exempelvis upplever några vårdsamverkansområden att det trots stora satsningar varit svårt att få till arbetet med SIP i praktiken. Flera beskriver också att pandemin under de två senaste åren troligtvis påverkat utfallet. Pandemins påverkan har varit mest påtaglig för SIP för vuxna men ses även för barn.")
        }
        Citat("I utbildningarna har vi haft fokus på kvaliteten i SIP. Jag tror att deltagarna har fått med sig det tankesättet.")
        Citat("Trots stora utbildningsinsatser ser vi ingen jättestor ökning av SIP i SAMSA. Det tar för mycket tid att göra SIP och den tiden finns inte.")
        Figur("Antal upprättade SIP (0-20 år) (2019-2021)")
        Figur("Antal uppföljningar av SIP (0-20 år) (2019-2021)")
        Not(svårtAttKoppla("; Antalet upprättade SIP inkluderar alla typer av SIP, oavsett om de är relaterade till psykisk hälsa eller inte."))
        Källa(Löptext("VGR:s patientdatabas VEGA (SIP) (2022); \(FördjupadAnalysText.intervjuer)"))
    }
}

let fördjupadAnalysB3_2: Målavsnitt = Målavsnitt(b3_2IRapporten) {
    Bakgrundsbeskrivning("Barns och ungas egna upplevelser behöver tas tillvara för att kunna utveckla ett kunskapsbaserat arbetssätt. Barn har rätt till delaktighet i alla frågor som berör dem enligt FN:s konvention om barnets rättigheter. Inflytandet behövs på lokal, delregional, regional och nationell nivå och varje insats behöver betraktas från barnets perspektiv. Barn, unga och deras vårdnadshavare ska i så hög utsträckning som möjligt kunna påverka verksamhetsutveckling och definiera vad god kvalitet är.")
    Målindikatorer {
        Indikator("Systematiskt samarbete med brukarorganisationer.", .process)
    }
    LänsgemensammaAktiviteter {}
    Avsnitt("Samtliga vårdsamverkansområden har arbetat med att öka brukardelaktigheten") {
        // The seed's extraction puts the first paragraph above the kind's heading, which
        // stands in a side column beside all three (as on the V3.2 page).
        Aktivitetsgrupp(.samverkansstrukturer, rubrik: "Förändrade samverkansstrukturer",
                        områden: [.göteborgsregionen, .samla, .simba, .södraÄlvsborg, .skaraborg, .fyrbodal]) {
            Stycke { "I likhet med motsvarande mål för vuxna och vårdsamverkansområdena i huvudsak arbetat med målet genom att "; Fet("inkludera brukarföreträdare i delregionana utvecklingsgrupper"); ". I fyra av fem vårdsamverkansområden som har utvecklingsgrupper ("; Fet("Göteborgsregionen, SAMLA, SIMBA, Södra Älvsborg"); ") har brukarmedverkare deltagit i minst en utvecklingsgrupp." }
            Stycke { "Utöver det uppgav hälften av vårdsamverkansområdena ("; Fet("Göteborgsregionen, Södra Älvsborg och Skaraborg"); ") att "; Fet("brukarföreträdare eller brukarkoordinatorer deltagit under utbildningar och/eller workshops"); ". I både Göteborgsregionen och Södra Älvsborg har brukarföreträdare deltagit på SIP-utbildningar och i Skaraborg har brukarkoordinatorer deltagit i seminarier och workshops." }
            Stycke { "Särskilda möten med brukare har också hållits i hälften av vårdsamverkansområdena. "; Fet("Södra Älvsborg"); " hade år 2018 möte med brukarföreträdare, politiker och styrgruppen för att påvisa vikten med SIP. Detta följdes av ett möte med brukarkoordinatorer år 2019. Brukardialoger genomfördes i "; Fet("SAMLA"); " under år 2019-2020 men pausades på grund av covid-19-pandemin. "; Fet("Fyrbodal"); " har stöttat brukarorganisationer med framtagande av enkäter om brukarens syn på SIP." }
            Citat("Vi har brukarrepresentanter med i två av våra utvecklingsgrupper. De kommer bland annat från NSPH och Funktionsrätt.")
        }
        Stycke(sammaSomVuxna)
        Not("Utvecklingsgrupper kan även ha andra namn, exempelvis temagrupper och uppdragsgrupper; I vissa intervjuer framkommer att de funnits brukarmedverkan i utvecklingsgrupper innan arbetet med handlingsplanen startade. Handlingsplanen har därmed inte alltid varit anledningen till att brukarmedverkan uppstod utan snarare stärkt arbetet.")
        Källa(enkäterOchIntervjuer)
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Möte med fokus på brukarmedverkan har genomförts", .år(2019), detalj: "Lokala kontaktpersoner för handlingsplanen samt brukarrepresentanter medverkade.")
            Insats("Kontaktpersoner föreslogs delta vid länskonferens om brukarperspektiv", .år(2019))
            Insats("Möte med brukarorganisationer för stöd i framtagande av brukarundersökning om SIP", .år(2021))
            FördjupadAnalysText.fyrbodalsLokalaArbete
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Brukarrepresentanter har deltagit på mötesledarutbildningar", .årsintervall(2018, 2020))
            Insats("Brukarrepresentanter har ingått i temagrupper", .årsintervall(2020, 2021))
            "Vårdsamverkan har en utvecklingsledare som fokuserar på SIP i praktiken och som samarbetar med NSPH i Västra Götaland kring brukarperspektiv/-medverkan."
        }
        Områdesaktiviteter(.samla) {
            Insats("Brukarrepresentanter har ingått i utvecklingsgrupper", .årsintervall(2018, 2021))
            Insats("Genomfört brukardialoger", .årsintervall(2019, 2020))
            Kommande("Brukardialoger planeras att genomföras under 2022 beroende på Covid-19 situationen.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Brukarrepresentanter har ingått i utvecklingsgrupper samt i lokala psykiatrigrupper", .årsintervall(2018, 2021))
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Brukarkoordinatorer har varit delaktiga i seminarier och workshops", .årsintervall(2019, 2021))
            Insats("Brukarföreträdare har erbjudits delaktighet inom område suicidprevention", .år(2020))
            // The seed names the goal for adults here.
            BidrarIndirekt(.v3_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Möte med brukarföreträdare, politiker och styrgruppen", .år(2018), detalj: "Mötet syftade till att påvisa vikten av arbete med SIP.")
            Insats("Möte med brukarkoordinatorer", .år(2019))
            Insats("Brukarrepresentanter har deltagit på SIP-utbildningar", .år(2019))
            Insats("Brukarrepresentanter har ingått i uppdragsgrupper", .år(2021))
        }
        Stycke(sammaSomVuxna)
    }
    Avsnitt("NSPH i Västra Götaland har också arbetat med det länsgemensamma arbetet för en stärkt brukardelaktighet") {
        Stycke("Som nämndes under motsvarande mål för vuxna så har NSPH i Västra Götaland varit involverade i det länsgemensamma arbetet med handlingsplan psykisk hälsa. NSPH har i hög utsträckning genomfört samma aktiviteter för barn som för vuxna. Organisationen har framför allt tilldelats medel för att arbeta med två typer av uppdrag:")
        // The seed's "Nationell Samverkan för Psykisk Hälsa" above the two lists is NSPH's logo, left out.
        FördjupadAnalysText.nsphAktiviteter
        FördjupadAnalysText.nsphBrukarrevisioner
        Stycke("NSPH i Västra Götaland har utöver dessa aktiviteter varit en del av delregionala samverkansgrupper och medverkat i styrgrupp psykisk hälsa.")
    }
    Avsnitt("Aktivitetserna uppges ha resulterat i att arbetet med psykisk hälsa blivit mer personcentrerat") {
        Stycke("Resultatet är likt det resultat som presenteras inom motsvarande mål för vuxna. Det beror på att samma aktiviteter i hög grad utförts för både vuxna och barn.")
        Observationer {
            Stycke("Intervjuade menar att handlingsplanen gjort att brukarmedverkan ökat i vårdssamverkansområdena, framför allt i de delregionala utvecklingsgrupperna. Effekten av den ökade brukarmedverkan upplevs vara att arbetet med psykisk hälsa blivit mer personcentrerat. Brukarföreträdare beskrivs bidra med viktiga perspektiv och påminner om vikten av att arbetet med psykisk hälsa alltid har individen i fokus.")
        }
        Citat("Innan handlingsplanen var arbetet med brukarmedverkan oerhört svagt. Idag är det en helt annan värld, det går inte att jämföra.")
        Citat("Även fast vi försöker fokusera på individen är det lätt att trilla dit och utgå från organisationen. Då är det bra att ha med brukare som uppmärksammar oss på att fokusera på rätt saker.")
        Stycke("Lämplig uppföljning saknas. Målet följs endast upp genom att redovisa vilka vårdssamverkansområden som genomfört aktiviteter inom området.")
        Not(svårtAttKoppla("."))
        Källa(Löptext("Länsgemensam enkät (2021), Handlingsplan för psykisk hälsa (2022); \(FördjupadAnalysText.intervjuerVårdssamverkan)"))
    }
}

// MARK: - 4. Utsatta grupper

// The seed's heading is interleaved with the goal's number: "… med kommunerna eller B4.1 regionen".
let fördjupadAnalysB4_1: Målavsnitt = Målavsnitt(b4_1IRapporten) {
    Bakgrundsbeskrivning("Det finns sju diskrimineringsgrunder som omfattas av lagens diskrimineringsförbud: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Personal ska få ökad kunskap om hur grupper utsätts, bl.a. minoritetsstress och skillnader i psykisk hälsa, kan relateras till att personer bryter mot normer utifrån exempelvis sexuell läggning, könsidentitet och nationellt ursprung. Kunskapen om mänskliga rättigheter, normativt bemötande och hur det påverkar unga i enskilda möten ska också öka.")
    Målindikatorer {
        Indikator("Klagomål med avseende på bemötande inom socialtjänst och sjukvård.", .resultat)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Se över och, vid behov, ta fram länsgemensamt utbildningsmaterial om t ex rättighetslagstiftning och diskrimineringsgrunder.")
    }
    Avsnitt("Få vårdssamverkansområdena har arbetat med insatser som direkt verkar för att minska diskriminering eller negativt bemötande") {
        Aktivitetsgrupp(.kunskapshöjande, områden: [.göteborgsregionen]) {
            Stycke { "På samma sätt som för motsvarande mål för vuxna är "; Fet("Göteborgsregionen"); " det vårdssamverkansområde som arbetat med aktiviteter som är direkt kopplade till målet. Delregionen har sedan handlingsplanen införande erbjudit en webbutbildning om barnkonventionen samt genomfört en konferens med temat mänskliga rättigheter." }
            Citat("Vi har årligen genomfört en konferens om mänskliga rättigheter.")
        }
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.skaraborg, .södraÄlvsborg]) {
            Stycke { "I likhet med motsvarande mål för vuxna beskriver två av vårdssamverkansområdena ("; Fet("Skaraborg och Södra Älvsborg"); ") att arbetet med SIP eller samverkanskompetens (mål B3.1) indirekt kan leda till att man arbetar mot målet. Exempelvis genom att metodiken i stor utsträckning handlar om bemötande och om att se den enskilde." }
            Citat("Att ingen ska diskrimineras eller uppleva negativt bemötande ingår i arbetet med SIP.")
        }
        Stycke("Vårdssamverkansområdena har i hög utsträckning genomfört samma aktiviteter som inom motsvarande mål för vuxna.")
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            "Inga aktiviteter har rapporterats. \(FördjupadAnalysText.fyrbodalsLokalaArbete)"
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Genomfört årlig konferens med tema mänskliga rättigheter", .årsintervall(2018, 2021), detalj: "På grund av att efterfrågan varit låg kommer aktiviteten avslutas.")
            Insats("Erbjudit webbutbildning om barnkonventionen", .årsintervall(2018, 2021))
        }
        Områdesaktiviteter(.samla) {
            "Inga aktiviteter har rapporterats."
        }
        Områdesaktiviteter(.simba) {
            Insats("Kartlagt HBTQ-diplomerade verksamheter", .år(2018))
        }
        // The seed names the goal for adults for both areas.
        Områdesaktiviteter(.skaraborg) {
            BidrarIndirekt(.v3_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            BidrarIndirekt(.v3_1)
        }
        Stycke(sammaSomVuxna)
    }
    Avsnitt("Området bör vara prioriterat i fortsättningen då resultaten inte har förbättrats senaste åren") {
        Stycke("Resultatet är likt det resultat som presenteras inom motsvarande mål för vuxna. Det beror på att vårdssamverkansområdena i hög grad utfört samma aktiviteter för både vuxna och barn.")
        Observationer {
            Stycke("Det är inte möjligt att analysera några effekter eftersom få aktiviteter genomförts. Vårdssamverkansområdena upplever att det varit svårt att arbeta med målet och menar att det gjort att man undvikit att genomföra aktiviteter. Samtidigt ses ingen tydlig förbättring av indikatorn, vilket gör att målet eventuellt bör prioriteras framöver.")
        }
        Citat("Det är väldigt svårt att jobba med mål V4.1 och B4.1. Och när det är svårt så har det blivit att vi duckat.")
        // The seed explains no "*" on this page.
        Figur("Antal klagomål till Inspektionen för vård och omsorg (IVO) med avseende på bemötande inom hälso- och sjukvård* & socialtjänst i Västra Götaland (2017-2020), barn (under 18 år)")
        Not(svårtAttKoppla("; " + FördjupadAnalysText.ivoNot))
        Källa(Löptext("Statistiktabel för klagomål enligt PSL och Statistiktabel för klagomål enligt SoL/LSS, Inspektionen för vård och omsorg; \(FördjupadAnalysText.intervjuerVårdssamverkan)"))
    }
}

// MARK: - 5. Ledning, styrning och organisation

let fördjupadAnalysB5_1: Målavsnitt = Målavsnitt(.b5_1) {
    Bakgrundsbeskrivning("I flera undersökningar uppger upp till 8 procent av flickorna och 4 procent av pojkarna att de någon gång försökt ta sitt liv. I Västra Götaland sker i genomsnitt 8–9 suicid per år i åldersgruppen 15-19 år. Bakom varje fullbordat suicid går det tio allvarliga försök och bakom statistiken döljer sig psykisk ohälsa som är viktig att uppmärksamma. Unga personer med förhöjd suicidrisk ska identifieras och erbjudas rätt hjälp i tid så att de inte försöker ta sitt liv. Detta sker genom utvecklad samverkan och samsyn mellan olika aktörer. Ingen i Västra Götaland ska behöva se suicid som en utväg.")
    Målindikatorer {
        Indikator("Antal suicid i befolkningen 0-19 år.", .resultat)
        Indikator("Antal suicidförsök i befolkningen 0-19 år.", .resultat)
        Indikator("Handlingsplan för suicidprevention.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Länsgemensam handlingsplan för suicidprevention ska tas fram i enlighet med Folkhälsomyndighetens uppdrag.",
                      genomförd: "Framtagen 2020: Det goda livet i Västra Götaland - Handlingsplan för suicidprevention 2020-2025.")
        Länsaktivitet("Tillgängliggöra nationellt webbaserat verktyg (SPISS).")
    }
    Avsnitt("Vårdsamverkansområdena har huvudsakligen arbetat med framtagande av handlingsplaner samt att utbilda inom första hjälpen psykisk hälsa") {
        Stycke("Arbetet med suicidprevention blev utbrett år 2020 när särskilda medel tilldelades för att arbeta inom området.")
        Aktivitetsgrupp(.planerOchRiktlinjer, rubrik: "Framtagande av handlingsplan", områden: [.samla, .simba, .södraÄlvsborg]) {
            Stycke { "Hälften av vårdsamverkansområdena ("; Fet("SAMLA, SIMBA och Södra Älvsborg"); ") har tagit fram en delregional handlingsplan för suicidprevention alternativt stöttat det lokala arbetet med att ta fram handlingsplaner. Flera lokala handlingsplaner är ännu inte färdigställda och vissa menar att handlingsplanerna hade kunnat tagits fram tidigare om det funnits en tydligare deadline." }
            Citat("Vi har nu en delregional handlingsplan. Den kan följas upp på både delregional och lokal nivå.")
        }
        Aktivitetsgrupp(.kunskapshöjande, områden: [.fyrbodal, .göteborgsregionen, .simba, .samla]) {
            Stycke { "I likhet med arbetet för vuxna har majoriteten av vårdsamverkansområdena ("; Fet("Fyrbodal, Göteborgsregionen, SIMBA och SAMLA"); ") arbetat med att stärka kunskapsnivån om suicid. Framför allt har utbildning av instruktörer inom första hjälpen psykisk hälsa genomförts. Instruktörerna är tänkta att själva utbilda andra medarbetare. De som utbildats till instruktörer har varit medarbetare från olika verksamheter så som skola, hälso- och sjukvård, ungdomsmottagning och socialpsykiatri." }
            Citat("År 2021 utbildade vi åtta instruktörer. De får i uppdrag att utbilda medarbetare i verksamheterna.")
        }
        Aktivitetsgrupp(.personellaResurser, områden: [.södraÄlvsborg, .skaraborg, .samla]) {
            Stycke { "Som framgår under motsvarande mål för vuxna så har "; Fet("Södra Älvsborg och Skaraborg"); " har anställt projektledare för att driva det förebyggande och främjande arbetet mot suicid. Projektledarna har anställts under de senaste två åren, det vill säga efter satsningen på arbetet med suicid introducerades. "; Fet("SAMLA"); " kommer att anställa en samordnare under år 2022. Anställningarna syftar exempelvis till att möjliggöra ett sammanhållet och långsiktigt arbete, utbilda chefer och medarbetare samt att stödja det lokala arbetet." }
            Citat("Vi har projektanställt en person för att i kommuner och delregional vårdsamverkan bistå med framtagande av hållbara strukturer för suicidprevention och för att möjliggöra arbete med gemensamma händelseanalyser.")
        }
        Stycke(sammaSomVuxna)
        Not("Projektledare kan ha andra benämningar, som processledare eller samordnare.")
        Källa(enkäterOchIntervjuer)
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Stöttat lokalt arbete med suicidprevention", .årsintervall(2018, 2021))
            Insats("Anställt delregional samordnare", .år(2021), detalj: "Samordnaren kommer bland annat genomföra gemensamma utbildningsinsatser.")
            Insats("Genomfört lokala utbildningsinsatser", .år(2021))
            FördjupadAnalysText.fyrbodalsLokalaArbete
            Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare 6 kommuner.")
            Kommande("lokala utbildningsinsatser.")
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Instruktörer för första hjälpen för psykisk hälsa har utbildats", .årsintervall(2018, 2021), detalj: "År 2021 utbildades cirka 11 instruktörer. Mellan 2016 och 2021 har tidigare instruktörer utbildat 2 200 första hjälpare.")
            Insats("Instruktörerna har årligen bjudits in till att delta i årliga nätverksträffar för erfarenhetsutbyte och kunskapspåfyllnad", .årsintervall(2018, 2021))
            Etiketterad("Lokal handlingsplan", "Framtagen i Göteborg och Härryda. Under framtagande i ytterligare två kommuner.")
        }
        Områdesaktiviteter(.samla) {
            Insats("Instruktörer för första hjälpen för psykisk hälsa har utbildats", .år(2019), .år(2021), detalj: "År 2021 utbildades fem instruktörer. Instruktörerna kommer från olika verksamheter, så som skola, hälso- och sjukvård och socialpsykiatri.")
            Insats("Stöttat lokalt arbete med att ta fram handlingsplaner för suicidprevention", .årsintervall(2020, 2021))
            Etiketterad("Delregional/lokal handlingsplan", "Delregional är framtagen. Lokal handlingsplan framtagen för Lerum och påbörjad i Alingsås.")
            Kommande("År 2022 kommer delregional samordnare anställas och fyra instruktörer utbildas.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Medarbetare har genomgått webbaserad SPISS-utbildning", .årsintervall(2018, 2021))
            Insats("Framtagande av delregional handlingsplan", .årsintervall(2020, 2021))
            Insats("Instruktörer för första hjälpen för psykisk hälsa har utbildats", .år(2021), detalj: "År 2021 utbildades cirka 20 instruktörer. Instruktörerna kommer från kommunala verksamheter.")
            Insats("Utbildning av medarbetare till att bli \"Första hjälpare\"", .år(2021))
            Etiketterad("Delregional/lokal handlingsplan", "delregional är framtagen. Planen kan följas upp på både lokal och delregional nivå. Lokala handlingsplaner framtagna i Kungälv och Stenungsund.")
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Anställt projektledare", .år(2020), detalj: "Anställningen avser perioden hösten 2020 till hösten 2021. Projektledaren bistår med framtagande av hållbara strukturer för suicidprevention i kommuner och delregional vårdsamverkan samt möjliggör arbete med gemensamma händelseanalyser.")
            Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare sju kommuner.")
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Stöttat lokalt arbete med att ta fram handlingsplaner för suicidprevention", .årsintervall(2018, 2021))
            Insats("Anställt projektledare", .år(2021), detalj: "Anställningen avser perioden 2021 till 2022. Projektledaren stöttar lokalt arbete.")
            Etiketterad("Lokal handlingsplan", "Framtagen i Svenljunga och Ulricehamn. Under framtagande i ytterligare tre kommuner.")
            Kommande("Utbildning inom första hjälpen psykisk hälsa och YAM.")
        }
        Stycke(sammaSomVuxna)
        Not("SPISS står för Suicidprevention I Svensk Sjukvård. Information om lokala handlingsplaner saknas för 9 kommuner.")
        Källa(enkäterOchIntervjuer)
    }
    Avsnitt("Verksamheterna har svårt att direkt koppla aktiviteterna till utfall men tror att de på sikt gör nytta genom ökad kunskap") {
        Stycke("Resultatet är likt det resultat som presenteras inom motsvarande mål för vuxna. Det beror på att vårdsamverkansområdena i hög grad utfört samma aktiviteter för både vuxna och barn.")
        Observationer {
            Stycke("Intervjuade påtalar att det är svårt att koppla aktiviteterna till direkta utfall för medborgarna. Däremot nämner flera att aktiviteterna resulterat i en ökad kunskap och medvetenhet om suicid, som på sikt kan göra nytta. Medarbetare har lärt sig olika verktyg och metoder som gör att de känner sig mer trygga att fråga medborgare om suicid och psykisk hälsa.")
        }
        Citat("Jag tror att utbildningarna har gjort att verksamheterna vågar fråga invånarna om suicid och psykisk hälsa.")
        Citat("Vi har tidigare kunnat se att suicid minskat bland äldre när vi utbildat första hjälpare inom äldreomsorgen.")
        Figur("Antal suicid i Västra Götaland (0-19 år) (2010 – 2020)")
        Figur("Antal suicid i Västra Götaland per 100 000 invånare (0-19 år) (2010 – 2020)")
        Figur("Antal suicidförsök i Västra Götaland (0-19 år) (2010 – 2020)")
        Not(svårtAttKoppla("; Antal suicid avser antalet personer med dödsorsak \"Avsiktligt självdestruktiv handling (självmord)\" (X60-X84). Statistiken omfattar inte \"Skadehändelser med oklar avsikt\" (Y10-Y34). Antal suicidförsök anger antalet personer med yttre orsakskod \"Avsiktligt självdestruktiv handling\" (X60-X84)."))
        Källa(Löptext("Socialstyrelsen, Dödsorsaksregistret (2021); Socialstyrelsen, Statistikdatabasen för yttre orsaker till skador och förgiftningar (2021); \(FördjupadAnalysText.intervjuer)"))
    }
}

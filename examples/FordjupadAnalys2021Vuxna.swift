import AnalysisModel
import PlanModel
import RegionVastraGotaland

// Seed 004, chapter 5, part 2: the sections on the goals for adults, V1.1 … V5.1.
// The report does not say which indicators are process and which result indicators: an
// indicator that a plan, a routine, a method or a collaboration exists, or that counts what
// the services do, is a process indicator; one that measures how people fare is a result
// indicator.

/// The goal sections for adults, in the report's order.
let fördjupadAnalysMålavsnittVuxna: [Målavsnitt] = [
    fördjupadAnalysV1_1, fördjupadAnalysV2_1, fördjupadAnalysV3_1, fördjupadAnalysV3_2, fördjupadAnalysV4_1,
    fördjupadAnalysV4_2, fördjupadAnalysV5_1,
]

let fördjupadAnalysV1_1: Målavsnitt = Målavsnitt(.v1_1) {
    Bakgrundsbeskrivning("Varje år tar cirka 200 personer i Västra Götaland sitt eget liv. Bakom varje fullbordat suicid går det tio allvarliga försök och bakom statistiken döljer sig psykisk ohälsa som kan förebyggas genom samverkan över verksamhetsgränser. Det kan handla om att tidigt uppmärksamma varningssignaler, identifiera, ge stöd och behandling till grupper i särskilt utsatta situationer och att utbilda personal. Ingen i Västra Götaland ska behöva se suicid som en utväg.")
    Målindikatorer {
        Indikator("Antal suicid i befolkningen.", .resultat)
        Indikator("Antal suicidförsök i befolkningen.", .resultat)
        Indikator("Handlingsplan för suicidprevention.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Länsgemensam handlingsplan för suicidprevention ska tas fram i enlighet med Folkhälsomyndighetens uppdrag.",
                      genomförd: "Framtagen 2020: Det goda livet i Västra Götaland – Handlingsplan för suicidprevention 2020-2025.")
    }
    Avsnitt("Vårdsamverkansområdena har huvudsakligen arbetat med framtagande av handlingsplaner samt med att utbilda inom första hjälpen psykisk hälsa") {
        Aktivitetsgrupp(.planerOchRiktlinjer, rubrik: "Framtagande av handlingsplan", områden: [.samla, .simba, .södraÄlvsborg]) {
            Stycke { "Hälften av vårdsamverkansområdena ("; Fet("SAMLA, SIMBA och Södra Älvsborg"); ") har tagit fram en delregional handlingsplan för suicidprevention alternativt stöttat det lokala arbetet med att ta fram handlingsplaner. Flera lokala handlingsplaner är ännu inte färdigställda och vissa menar att handlingsplanerna hade kunnat tagits fram tidigare om det funnits en tydligare deadline." }
            Citat("Vi har nu en delregional handlingsplan. Den kan följas upp på både delregional och lokal nivå.")
        }
        Aktivitetsgrupp(.kunskapshöjande, områden: [.fyrbodal, .göteborgsregionen, .simba, .samla]) {
            Stycke { "Majoriteten av vårdsamverkansområdena ("; Fet("Fyrbodal, Göteborgsregionen, SIMBA och SAMLA"); ") har arbetat med att stärka kunskapsnivån om suicid. Framför allt har utbildning av instruktörer inom första hjälpen psykisk hälsa genomförts. Instruktörerna är tänkta att själva utbilda andra medarbetare. De som utbildats till instruktörer har varit medarbetare från olika verksamheter så som skola, hälso- och sjukvård, ungdomsmottagning och socialpsykiatri." }
            Citat("År 2021 utbildade vi åtta instruktörer. De får i uppdrag att utbilda medarbetare i verksamheterna.")
        }
        Aktivitetsgrupp(.personellaResurser, områden: [.södraÄlvsborg, .skaraborg, .samla]) {
            Stycke { "Södra Älvsborg och Skaraborg har anställt projektledare för att driva det förebyggande och främjande arbetet mot suicid. Projektledarna har anställts under de senaste två åren, det vill säga efter att satsningen på arbetet med suicid introducerades. "; Fet("SAMLA"); " kommer att anställa en samordnare under år 2022. Anställningarna syftar exempelvis till att möjliggöra ett sammanhållet och långsiktigt arbete, utbilda chefer och medarbetare samt att stödja det lokala arbetet." }
            Citat("Vi har tillsammans med kommunerna anställt två projektledare för att i kommuner och delregional vårdsamverkan bistå med framtagande av hållbara strukturer för suicidprevention.")
        }
        Stycke("Arbetet med suicidprevention kom igång år 2020 när särskilda medel tilldelades för att arbeta inom området.")
        Not("Projektledare kan ha andra benämningar, som processledare eller samordnare.")
        Källa(enkäterOchIntervjuer)
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Stöttat lokalt arbete med suicidprevention", .årsintervall(2018, 2021))
            Insats("Anställt delregional samordnare", .år(2021), detalj: "Samordnaren kommer bland annat genomföra gemensamma utbildningsinsatser.")
            Insats("Genomfört lokala utbildningsinsatser", .år(2021))
            "Fyrbodals arbete har i huvudsak bestått av lokala aktiviteter."
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
            Etiketterad("Delregional/lokal handlingsplan", "delregional är framtagen. Planen kan följas upp på både lokal och delregional nivå. Lokala handlingsplaner framtagna i Kungälv och Stenungssund.")
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Tillsammans med kommunerna anställt två projektledare", .år(2020), detalj: "Anställningarna avser perioden hösten 2020 till årsskiftet 2021/2022 respektive våren 2021. Projektledarna har bistått med framtagande av hållbara strukturer för suicidprevention i kommuner och delregional vårdsamverkan. En delregional överenskommelse har tagits fram.")
            Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare sju kommuner.")
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Stöttat lokalt arbete med att ta fram handlingsplaner för suicidprevention", .årsintervall(2018, 2021))
            Insats("Anställt projektledare", .år(2021), detalj: "Anställningen avser perioden 2021 till 2022. Projektledaren stöttar lokalt arbete.")
            Etiketterad("Lokal handlingsplan", "Framtagen i Svenljunga och Ulricehamn. Under framtagande i ytterligare tre kommuner.")
            Kommande("Utbildning inom första hjälpen psykisk hälsa och YAM.")
        }
        Not("SPISS står för Suicidprevention I Svensk Sjukvård. Information om lokala handlingsplaner saknas för 9 kommuner.")
        Källa(enkäterOchIntervjuer)
    }
    Avsnitt("Verksamheterna har svårt att direkt koppla aktiviteterna till utfall men tror att de på sikt gör nytta genom ökad kunskap") {
        Observationer {
            Stycke("Intervjuade påtalar att det är svårt att koppla aktiviteterna till direkta utfall för medborgarna. Däremot nämner flera att aktiviteterna resulterat i en ökad kunskap och medvetenhet om suicid, som på sikt kan göra nytta. Medarbetare har lärt sig olika verktyg och metoder som gör att de känner sig mer trygga att fråga medborgare om suicid och psykisk hälsa.")
        }
        Citat("Jag tror att utbildningarna har gjort att verksamheterna vågar fråga invånarna om suicid och psykisk hälsa.")
        Citat("Vi har tidigare kunnat se att suicid minskat bland äldre när vi utbildat första hjälpare inom äldreomsorgen.")
        Figur("Antal suicid i Västra Götaland (20+ år) (2010 – 2020)")
        Figur("Antal suicid i Västra Götaland per 100 000 invånare (20+ år) (2010 – 2020)")
        Figur("Antal suicidförsök i Västra Götaland (20+ år) (2010 – 2020)")
        Not(svårtAttKoppla("; Antal suicid avser antalet personer med dödsorsak \"Avsiktligt självdestruktiv handling (självmord)\" (X60-X84). Statistiken omfattar inte \"Skadehändelser med oklar avsikt\" (Y10-Y34); Det är välkänt att det finns vissa utmaningar i inrapporteringen av suicidförsök, bland annat kan skillnader i diagnosättning/registrering skilja sig åt mellan vårdgivare. Enligt företrädare från Patientregistret vid Socialstyrelsen beror eventuellt den kraftiga minskningen mellan 2012 och 2013 på att diagnoskoden använts felaktigt dessförinnan."))
        Källa("Socialstyrelsen, Dödsorsaksregistret (2021); Socialstyrelsen, Statistikdatabasen för yttre orsaker till skador och förgiftningar (2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
}

let fördjupadAnalysV2_1: Målavsnitt = Målavsnitt(.v2_1, rubrik: "Äldre personer med psykisk ohälsa ska få vård och stöd") {
    Bakgrundsbeskrivning("Åldrandet i sig innebär en ökad risk för både fysiska och psykiska sjukdomar. Depression och ångest är vanligt hos äldre personer och cirka en femtedel av den äldre befolkningen lider av psykisk ohälsa, vilket gör att vi kan tala om det som ett folkhälsoproblem. Psykisk ohälsa är dock inte en del av det naturliga åldrandet och äldre är i behov av evidensbaserade insatser precis som alla andra åldersgrupper. Social gemenskap, fysisk aktivitet och bra matvanor kan förebygga ohälsa. Psykisk ohälsa bland äldre behöver uppmärksammas för att fler ska få rätt vård, stöd och behandling.")
    Målindikatorer {
        Indikator("Aktuella rutiner för samordning inom äldreomsorgen.", .process)
        Indikator("Förskrivning av antidepressiva läkemedel i befolkningen.", .resultat)
        Indikator("Andel äldre med äldreomsorg som har besvär av ängslan, oro eller ångest.", .resultat)
    }
    LänsgemensammaAktiviteter {}
    Avsnitt("Få vårdssamverkansområden har gjort direkt riktade insatser för att äldre personer med psykisk ohälsa ska få vård och stöd") {
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.samla, .skaraborg, .södraÄlvsborg]) {
            Stycke { "Få vårdssamverkansområden har utfört direkt riktade insatser för att uppnå målet. Däremot uppger flera ("; Fet("SAMLA, Skaraborg och Södra Älvsborg"); ") att arbetet med SIP (mål V3.1) kan ha en positiv inverkan på att äldre personer med psykisk ohälsa ska få vård och stöd." }
            Citat("Vi har inte arbetat specifikt med målet men arbetet med samverkanskompetens kan bidra till att äldre med psykisk ohälsa får vård i tid.")
        }
        Aktivitetsgrupp(.kunskapshöjande, områden: [.göteborgsregionen]) {
            Stycke { "Sedan handlingsplanens införande har "; Fet("Göteborgsregionen"); " genomfört en årlig konferens som inkluderat perspektivet äldres psykiska hälsa." }
            Citat("År 2018-2020 var temat för konferensen äldres psykiska hälsa. När vi fick suicidpreventionsplanen valde vi att för år 2021 fokusera särskilt på suicid. Perspektivet av äldres psykiska hälsa ingick såklart ändå.")
        }
        Aktivitetsgrupp(.förändratVerksamhetsarbete, områden: [.södraÄlvsborg]) {
            Stycke("Södra Älvsborg har i Svenljunga infört ett särskilt team som tas in vid tidiga tecken på psykosymptom. Arbetssättet planeras att framöver spridas till andra kommuner i delregionen.")
            Citat("Vid symptom kallas teamet in. Patienten prioriteras och teamet möjliggör att alla arbetar snabbare tillsammans.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            FördjupadAnalysText.fyrbodalsLokalaArbete
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Genomfört konferens med tema psykisk hälsa tillsammans med Göteborgsregionen (samverkan mellan 13 kommuner i regionen)", .årsintervall(2018, 2021), detalj: "År 2018-2020 fokuserade konferensen på äldres psykiska hälsa/ohälsa. År 2021 ändrades temat till suicidprevention. Föreläsningar om äldres psykiska hälsa var fortfarande en del av programmet.")
        }
        Områdesaktiviteter(.samla) {
            BidrarIndirekt(.v3_1, .v4_2)
        }
        Områdesaktiviteter(.simba) {
            Insats("Medarbetare har utbildats i Första Hjälp Psykisk Hälsa för äldre personer", .år(2021))
            Insats(Löptext { "Genomfört föreläsningar med temat "; Betonad("Våldet går inte i pension") }, .år(2021))
        }
        Områdesaktiviteter(.skaraborg) {
            BidrarIndirekt(.v3_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Särskilt team som tas in vid tidiga tecken på psykos i Mark och Svenljunga", .årsintervall(2018, 2021))
            BidrarIndirekt(.v3_1)
            Kommande("Team vid psykosymptom planeras att spridas till andra kommuner.")
        }
    }
    Avsnitt("Utifrån att få direkta aktiviteter genomförts inom området är det svårt att koppla resultatet till arbetet inom handlingsplanen") {
        Observationer {
            Stycke("Eftersom få aktiviteter genomförts för att säkerställa att äldre med psykisk ohälsa får vård och stöd är det svårt att koppla resultatet till arbete inom handlingsplanen. Däremot kan de enskilda insatser som gjorts resulterat i höjd kunskapsnivå bland medarbetare och att äldre fått vård tidigare än innan. Vårdsamverkansområdena menar att en anledning till att få aktiviteter utförts beror på att man upplevt att det varit svårt att arbeta med målet vilket gjort att man undvikit att genomföra aktiviteter.")
        }
        Citat("Vi tror att patienterna kan få hjälp snabbare genom de särskilda insatserna för personer med tidiga tecken på psykos.")
        Figur("Antal personer som förskrivits antidepressiva läkemedel per 1 000 invånare (65+ år) (2010 – 2020)")
        Figur("Andel kommuner med aktuella rutiner för samordning inom äldreomsorgen och socialpsykiatri (2020), %")
        Figur("Andel äldre med särskilt boende äldreomsorg som har svåra besvär av ångslan, oro eller ångest (2020)")
        Not(svårtAttKoppla("."))
        Källa("Socialstyrelsen, Statistikdatabasen för läkemedel (2021); SKR (via Kolada), kommunenkäten öppna jämförelser socialtjänst (2021); Socialstyrelsen (via Kolada), Vad tycker de äldre om äldreomsorgen? (2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
}

let fördjupadAnalysV3_1: Målavsnitt = Målavsnitt(.v3_1, rubrik: "Personer som har behov av samordnade insatser har en SIP") {
    Bakgrundsbeskrivning("Sedan 2010 är det lagstiftat, både i socialtjänstlagen och hälso- och sjukvårdslagen, att kommun och landsting ska upprätta en samordnad individuell plan (SIP) när en person har behov av insatser från båda huvudmännen. En SIP säkerställer att den enskilde får sina behov tillgodosedda när flera aktörer ansvarar för insatser. En SIP gör den enskilde och närstående delaktiga i planeringen av insatser från hälso- och sjukvård och socialtjänst och ansvarsfördelningen blir tydlig. SIP är också ett bra verktyg för samordning mellan verksamheter inom en huvudman.")
    Målindikatorer {
        Indikator("Upprättande av SIP i befolkningen.", .process)
        Indikator("Uppföljning av SIP i befolkningen.", .process)
        Indikator("Rutin för information om SIP.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Vid behov revidera den länsgemensamma riktlinjen och stödmaterialet för SIP.", genomförd: "Revidering genomförd 2020.")
        Länsaktivitet("Från länsgemensam styrgrupp för handlingsplan psykisk hälsa framföra vikten av digitalt stöd för SIP till Styrgrupp IT i Väst (SITIV).", genomförd: "Digital SIP finns i IT-stödet SAMSA.")
        Länsaktivitet("Uppdra åt brukarorganisationer att följa arbetet med SIP – hur blir det för den enskilde?", genomförd: "Rapport framtagen. Brukarrevision av SIP i VGR 2018.")
    }
    Avsnitt("Vårdsamverkansområdena har lagt mycket tid och resurser på aktiviteter för att stärka arbetet med SIP") {
        Aktivitetsgrupp(.kunskapshöjande, områden: Vårdsamverkansområde.allCases) {
            Stycke("Samtliga vårdsamverkansområden arbetat med kunskapshöjande aktiviteter kopplat till SIP, exempelvis genom utbildningar och workshops. Vårdsamverkansområdena har bland annat utbildat SIP-utbildare och genomfört mötesledarutbildningar. Vissa aktiviteter har även syftat till att öka kunskapen inom IT-stödet SAMSA. De kunskapshöjande aktiviteterna har riktat sig till kommunala och regionala verksamheter samt till både chefer och medarbetare.")
            Citat("Vi har haft mötesledarutbildningar. Det var heldagar med fokus på samverkan. SIP har varit verktyget men det är samverkan som är grunden för att det ska bli nytta.")
        }
        Aktivitetsgrupp(.personellaResurser, områden: [.samla, .simba, .södraÄlvsborg, .skaraborg]) {
            Stycke { "En majoritet av vårdsamverkansområdena ("; Fet("SAMLA, SIMBA, Södra Älvsborg och Skaraborg"); ") har anställt en samordnare för arbetet med SIP. Samordnarna arbetar bland annat med att organisera arbetet med SIP, hålla i utbildningar samt och stötta det lokala arbetet." }
            Citat("Vi har anställt en person som är SIP-och samverkanskoordinator. Personen ska organisera utbildningar och arbeta mot de behov som finns.")
        }
        Aktivitetsgrupp(.planerOchRiktlinjer, rubrik: "Framtagande av riktlinjer", områden: [.göteborgsregionen, .skaraborg, .samla, .södraÄlvsborg]) {
            Stycke { "Flera av vårdsamverkansområdena har deltagit i att utveckla riktlinjer och rutiner för SIP samt att arbeta med implementeringen av dem. "; Fet("Göteborgsregionen, Skaraborg och SAMLA"); " har varit involverade i framtagande av nya länsgemensamma riktlinjer för SIP. "; Fet("Södra Älvsborg"); " tagit fram en egen delregional rutin." }
            Citat("Vi har arbetat med att ta fram SIP-riktlinjerna och att informera om dem.")
        }
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
            Insats("Deltagit i revidering av länsgemensamma SIP-riktlinjer samt genomfört informationsträffar om implementeringen av de nya riktlinjerna", .år(2021))
            Insats("Utbildat SIP-utbildare som i sin tur ska utbilda verksamheter i NOSAM enligt kaskadmodell", .år(2021))
            Insats("Erbjudit stimulansbidrag till SIP-samordnare i varje NOSAM som håller i SIP-implementeringen på NOSAM-nivå", .år(2021))
        }
        Områdesaktiviteter(.samla) {
            Insats("Anställt en delregional SIP-samordnare", .årsintervall(2019, 2021))
            Insats("Genomfört SIP-utbildning", .årsintervall(2019, 2021), detalj: "Medarbetare och chefer har utbildats.")
            Insats("Deltagit i revidering av länsgemensamma SIP-riktlinjer", .år(2020))
            Insats("Utsett SIP-samordnare i verksamheterna. Samordnare har deltagit på nätverksträffar och utbildningar", .årsintervall(2020, 2021))
            Insats("Tagit fram proaktiv rutin för SIP vid demensdiagnos", .år(2021))
            Kommande("SIP-samordnare fortsätter vara anställd 2022. Nätverksträffar och utbildningar fortsätter under 2022.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Genomfört utbildningar", .årsintervall(2019, 2021), detalj: "År 2021 genomfördes 11 utbildningar.")
            Insats("Anställt delregional SIP-samordnare", .årsintervall(2018, 2021))
            Kommande("Nätverksträffar för SIP-samordnare. Framtagande av utbildningspaket för att kontinuerligt erbjuda SIP-utbildning på olika nivåer.")
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Arbete med integrerat arbetssätt psykisk hälsa (IAPS), numera benämnt som samverkanskompetens", .årsintervall(2018, 2021))
            Insats("Deltagit i revidering av länsgemensamma SIP-riktlinjer samt genomfört informationsträffar om implementeringen av de nya riktlinjerna", .årsintervall(2020, 2021))
            Insats("Genomfört SIP-utbildningar", .årsintervall(2020, 2021), detalj: "Medarbetare och chefer från regional och kommunal verksamhet har utbildats. Utbildningen har funnits i två versioner: barn/unga samt vuxna.")
            Insats("Anställt SIP- och samverkanskoordinator", .år(2021))
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Anställt projektledare", .årsintervall(2018, 2021))
            Insats("Genomfört utbildningar, konferenser och workshops", .årsintervall(2019, 2021))
            Insats("Skapat delregionala SIP-riktlinjer", .år(2021))
            Insats("Anställt projektledare som ansvarar för arbetet med SAMSA", .år(2021))
            Insats("Bjudit in SIP-Samordnare till samordningsträffar", .år(2021))
        }
    }
    Avsnitt("Aktiviteterna med SIP kan ha resulterat i att antalet upprättade SIP i länet ökat") {
        Observationer {
            Stycke("Flera av de intervjuade menar att aktiviteterna som genomförts har gett resultat och gjort att fler SIP upprättats. Framför allt är det SIP kopplade till utskrivningsprocessen som beskrivs ha ökat. Vissa tror även att aktiviteterna lett till att kvaliteten av upprättade SIP har höjts. Det upplevs dock finnas en skillnad mellan vårdssamverkansområdena där vissa ser en större förbättring av arbetet med SIP jämfört med andra. Exempelvis upplever några vårdssamverkansområden att det trots stora satsningar varit svårt att få till arbetet med SIP i praktiken. Flera beskriver också att pandemin under de två senaste åren troligtvis påverkat utfallet och gjort att arbetet med SIP inte haft samma prioritet som det annars hade haft.")
        }
        Citat("Huvuddelen av de upprättade SIP är kopplade till utskrivningsprocessen.")
        Citat("I utbildningarna har vi haft fokus på kvaliteten i SIP. Jag tror att deltagarna har fått med sig det tankesättet.")
        Citat("Trots stora utbildningsinsatser ser vi ingen jättestor ökning av SIP i SAMSA. Det tar för mycket tid att göra SIP och den tiden finns inte.")
        Figur("Antal upprättade SIP (20+ år) (2019-2021)")
        Figur("Antal uppföljningar av SIP (20+ år) (2019-2021)")
        Not(svårtAttKoppla("; Antalet upprättade SIP inkluderar alla typer av SIP, oavsett om de är relaterade till psykisk hälsa eller inte."))
        Källa(Löptext("VGR:s patientdatabas VEGA (SIP) (2021); " + FördjupadAnalysText.intervjuerVårdssamverkan))
    }
}

let fördjupadAnalysV3_2: Målavsnitt = Målavsnitt(.v3_2) {
    Bakgrundsbeskrivning("Den enskildes egna upplevelser behöver tas tillvara för att kunna utveckla ett kunskapsbaserat arbetssätt. Delaktighet i sin egen hälsa och vård är en mänsklig rättighet och en hälsofrämjande faktor. Inflytandet behövs på lokal, delregional, regional och nationell nivå och varje insats behöver betraktas ur den enskildes perspektiv. De som berörs av insatser ska i så hög utsträckning som möjligt kunna påverka verksamhetsutveckling och definiera vad god kvalitet är.")
    Målindikatorer {
        Indikator("Systematiskt samarbete med brukarorganisationer.", .process)
    }
    LänsgemensammaAktiviteter {}
    Avsnitt("Samtliga vårdsamverkansområden har arbetat med att öka brukardelaktigheten") {
        Aktivitetsgrupp(.samverkansstrukturer, rubrik: "Förändrade samverkansstrukturer", områden: Vårdsamverkansområde.allCases) {
            Stycke { "Vårdsamverkansområdena har i huvudsak arbetat med målet genom att "; Fet("inkludera brukarföreträdare i delregionana utvecklingsgrupper"); ". I samtliga vårdsamverkansområden som har utvecklingsgrupper ("; Fet("Göteborgsregionen, SAMLA, SIMBA, Södra Älvsborg och Skaraborg"); ") har brukarmedverkare deltagit i minst en utvecklingsgrupp." }
            Stycke { "Utöver det uppgav hälften av vårdsamverkansområdena ("; Fet("Göteborgsregionen, Södra Älvsborg och Skaraborg"); ") att "; Fet("brukarrepresentanter deltagit under utbildningar och/eller workshops"); ". I både Göteborgsregionen och Södra Älvsborg har brukarföreträdare deltagit på SIP-utbildningar och i Skaraborg har brukarkoordinatorer deltagit i seminarier och workshops." }
            Stycke { "Särskilda möten med brukare har också hållits i hälften av vårdsamverkansområdena. "; Fet("Södra Älvsborg"); " hade år 2018 möte med brukarföreträdare, politiker och styrgruppen för att påvisa vikten med SIP. Detta följdes av ett möte med brukarkoordinatorer år 2019. Brukardialoger genomfördes i "; Fet("SAMLA"); " under år 2019-2020 men pausades på grund av covid-19-pandemin. "; Fet("Fyrbodals"); " har stöttat brukarorganisationer med framtagande av enkäter om brukarens syn på SIP." }
            Citat("Vi har brukarrepresentanter med i två av våra utvecklingsgrupper. De kommer bland annat från NSPH och Funktionsrätt.")
        }
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
            Insats("Vårdsamverkan har en utvecklingsledare som fokuserar på SIP i praktiken och som samarbetar med NSPH i Västra Götaland kring brukarperspektiv/-medverkan", .år(2021))
            Kommande("Samarbete mellan utvecklingsledare och NSPH fortsätter under 2022.")
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
            Insats("Brukarrepresentanter har ingått i samverkansspår", .årsintervall(2018, 2021))
            Insats("Brukarrepresentanter har varit delaktiga i seminarier och workshops", .årsintervall(2019, 2021))
            Insats("Brukarföreträdare har erbjudits delaktighet inom område suicidprevention", .år(2020))
            Insats("Brukarföreträdare har erbjudits delaktighet i arbetsgrupp i område om samsjuklighet", .år(2021))
            BidrarIndirekt(.v3_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Möte med brukarföreträdare, politiker och styrgruppen", .år(2018), detalj: "Mötet syftade till att påvisa vikten av arbete med SIP.")
            Insats("Möte med brukarkoordinatorer", .år(2019))
            Insats("Brukarrepresentanter har deltagit på SIP-utbildningar", .år(2019))
            Insats("Brukarrepresentanter har ingått i uppdragsgrupper", .år(2021))
        }
    }
    Avsnitt("NSPH i Västra Götaland har också arbetat med det länsgemensamma arbetet för en stärkt brukardelaktighet") {
        Stycke("NSPH i Västra Götaland är en samverkansorganisation för 17 patient-, brukar- och närståendeföreningar inom området psykisk ohälsa i Göteborg och Västra Götaland. Sedan 2017 har NSPH varit involverade i det länsgemensamma arbetet med handlingsplan psykisk hälsa. NSPH har framför allt tilldelats medel för att arbeta med två typer av uppdrag:")
        FördjupadAnalysText.nsphAktiviteter
        FördjupadAnalysText.nsphBrukarrevisioner
        Stycke("NSPH i Västra Götaland har utöver dessa aktiviteter varit en del av delregionala samverkansgrupper och medverkat i styrgrupp psykisk hälsa.")
    }
    Avsnitt("Aktivitetserna uppges ha resulterat i att arbetet med psykisk hälsa blivit mer personcentrerat") {
        Observationer {
            Stycke("Intervjuade menar att handlingsplanen gjort att brukarmedverkan ökat i vårdssamverkansområdena, framför allt i de delregionala utvecklingsgrupperna. Effekten av den ökade brukarmedverkan upplevs vara att arbetet med psykisk hälsa blivit mer personcentrerat. Brukarföreträdare beskrivs bidra med viktiga perspektiv och påminner om vikten av att arbetet med psykisk hälsa alltid har individen i fokus. Vad gäller faktiska resultat är det svårt att dra slutsatser om vad brukarmedverkan har lett till i mötet med invånarna.")
        }
        Citat("Innan handlingsplanen var arbetet med brukarmedverkan oerhört svagt. Idag är det en helt annan värld, det går inte att jämföra.")
        Citat("Även fast vi försöker fokusera på individen är det lätt att trilla dit och utgå från organisationen. Då är det bra att ha med brukare som uppmärksammar oss på att fokusera på rätt saker.")
        Stycke("Lämplig uppföljning saknas. Målet följs endast upp genom att redovisa vilka vårdssamverkansområden som genomfört aktiviteter inom området.")
        Not(svårtAttKoppla(".", aktiviteterna: "aktivitetserna"))
        Källa(Löptext("Länsgemensam enkät (2021); " + FördjupadAnalysText.intervjuerVårdssamverkan))
    }
}

let fördjupadAnalysV4_1: Målavsnitt = Målavsnitt(.v4_1) {
    Bakgrundsbeskrivning("Det finns sju diskrimineringsgrunder som omfattas av lagens diskrimineringsförbud: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Personal ska få ökad kunskap om hur grupper utsätts, bl.a. minoritetsstress och skillnader i psykisk hälsa, kan relateras till att personer bryter mot normer utifrån exempelvis sexuell läggning, könsidentitet och nationellt ursprung. Kunskapen om mänskliga rättigheter, normativt bemötande och hur det påverkar individer i enskilda möten ska också öka.")
    Målindikatorer {
        Indikator("Klagomål med avseende på bemötande inom socialtjänst och sjukvård.", .resultat)
        Indikator("Andel äldre med äldreomsorg som uppger att de brukar bli bra bemötta av personalen.", .resultat)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Se över och, vid behov, ta fram länsgemensamt utbildningsmaterial om t ex rättighetslagstiftning och diskrimineringsgrunder.")
    }
    Avsnitt("Få vårdsamverkansområdena har arbetat med insatser som direkt verkar för att minska diskriminering eller negativt bemötande") {
        Aktivitetsgrupp(.kunskapshöjande, områden: [.göteborgsregionen]) {
            Stycke("Göteborgsregionen är det vårdsamverkansområde som arbetat med aktiviteter som är direkt kopplade till målet. Delregionen har sedan handlingsplanens införande genomfört en årlig konferens med temat mänskliga rättigheter. På grund av låg efterfrågan så kommer dock konferensen inte genomföras framöver.")
            Citat("Vi har årligen genomfört en konferens om mänskliga rättigheter.")
        }
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.skaraborg, .södraÄlvsborg]) {
            Stycke { "Två av vårdsamverkansområdena ("; Fet("Skaraborg och Södra Älvsborg"); ") beskriver att arbetet med SIP eller samverkanskompetens (mål V3.1) indirekt kan bidra till att man arbetar mot målet. Exempelvis genom att metodiken i stor utsträckning handlar om bemötande och om att se den enskilde." }
            Citat("Att ingen ska diskrimineras eller uppleva negativt bemötande ingår i arbetet med SIP.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            FördjupadAnalysText.fyrbodalsLokalaArbete
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Genomfört årlig konferens med tema mänskliga rättigheter", .årsintervall(2018, 2021), detalj: "På grund av att efterfrågan varit låg kommer aktiviteten avslutas.")
        }
        Områdesaktiviteter(.samla) {
            "Inga aktiviteter har rapporterats."
        }
        Områdesaktiviteter(.simba) {
            Insats("Kartlagt HBTQ-diplomerade verksamheter", .år(2018))
        }
        Områdesaktiviteter(.skaraborg) {
            BidrarIndirekt(.v3_1)
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            BidrarIndirekt(.v3_1)
        }
    }
    Avsnitt("Området bör vara prioriterat i fortsättningen då resultaten inte har förbättrats senaste åren") {
        Observationer {
            Stycke("Det är inte möjligt att analysera några effekter eftersom få aktiviteter genomförts. Vårdsamverkansområdena upplever att det varit svårt att arbeta med målet och menar att det gjort att man undvikit att genomföra aktiviteter. Samtidigt ses ingen tydlig förbättring av indikatorn, vilket gör att målet bör prioriteras framöver.")
        }
        Citat("Det är väldigt svårt att jobba med mål V4.1 och B4.1. Och när det är svårt så har det blivit att vi duckat.")
        Figur("Antal klagomål till Inspektionen för vård och omsorg (IVO) med avseende på bemötande inom hälso- och sjukvård* & socialtjänst i Västra Götaland (2017-2020), vuxna (över 18 år)")
        Not(svårtAttKoppla("; " + FördjupadAnalysText.ivoNot))
        Källa("Statistiktabel för klagomål enligt PSL och för klagomål enligt SoL/LSS, via IVO (2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
}

let fördjupadAnalysV4_2: Målavsnitt = Målavsnitt(.v4_2) {
    Bakgrundsbeskrivning("Den enskilde ska få vård, stöd och insatser som upplevs som en väl fungerande helhet. Det är viktigt att personer med två eller flera sjukdomstillstånd samtidigt (samsjuklighet) får vård och behandling parallellt och samordnat. Vård- och stödinsatser från olika aktörer i kommun och region kan också behöva integreras för att möta den enskildes behov. Insatserna ska syfta till att förhindra utveckling av allvarliga tillstånd och ytterst bidra till undvika slutenvård.")
    Målindikatorer {
        Indikator("Case management till personer med psykisk sjukdom.", .process)
        Indikator("Aktuella rutiner för samordning inom socialtjänsten.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Uppföljning av delregionala/lokala tillämpningar av \"Överenskommelse om samarbete mellan Västra Götalandsregionen och kommunerna i Västra Götaland kring personer med psykisk funktionsnedsättning och personer med missbruk\".")
    }
    Avsnitt("Uppstart av verksamheter samt arbete med SIP har varit de främsta arbetssätten för att möjliggöra integrerade insatser") {
        Aktivitetsgrupp(.förändratVerksamhetsarbete, områden: [.samla, .göteborgsregionen]) {
            Stycke { "Två vårdsamverkansområden har startat upp verksamheter med syfte att möta personer med samsjuklighet. "; Fet("SAMLA"); " har startat upp två socialmedicinska mottagningar som riktar sig till personer med psykisk ohälsa kopplat till missbruk eller beroende. Mottagningarna är integrerade och har sjuksköterska och socionom som arbetar i team. "; Fet("Göteborgsregionen"); " har ett mobilt fältteam som bland annat arbetar med samsjuklighet." }
            Citat("Vi har startat två socialmedicinska mottagningar, en i Lerum och en i Alingsås. Mottagningarna är öppna för alla och det krävs inget biståndsbeslut för att komma dit.")
        }
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.göteborgsregionen, .simba, .skaraborg]) {
            Stycke { "Hälften av vårdsamverkansområdena ("; Fet("Göteborgsregionen, SIMBA och Skaraborg"); ") beskriver att arbetet med SIP eller samverkanskompetens (mål V3.1) stärker arbetet med integrerade insatser." }
            Citat("Arbetet med SIP riktar sig till dem med komplex problematik.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats("Lokala samverkansgrupper har samlats för att identifiera skaven för vård och stöd som ges vid samsjuklighet", .år(2021), detalj: "Man har också undersökt hur skaven kan åtgärdas med rutiner.")
            FördjupadAnalysText.fyrbodalsLokalaArbete
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Erbjudit tvådagarsutbildning i vård- och stödsamordning", .år(2021))
            // The seed has "i fort av ACT".
            Insats("Påbörjat kartläggning för arbete med integrerade, uppsökande insatser i form av ACT", .år(2021))
            Insats("Mobilt fältteam arbetar bland annat för personer med samsjuklighet", .årsintervall(2018, 2022))
            Kommande("Ovan nämnda pågående aktiviteter fortsätter under 2022.")
        }
        Områdesaktiviteter(.samla) {
            Insats("Startat socialmedicinska mottagningar i Alingsås och Lerum", .årsintervall(2020, 2021))
            Kommande("Planerar för en implementeringsstudie om det är genomförbart.")
        }
        Områdesaktiviteter(.simba) {
            Insats("Framtagning av modell för socialmedicinska mottagningar i SIMBA-området", .år(2018))
            Insats("Genomfört brukarrevision", .år(2021))
            BidrarIndirekt(.v3_1)
        }
        Områdesaktiviteter(.skaraborg) {
            Insats("Genomfört förstudie om samsjuklighet", .år(2021))
            Insats("Arbetat med forskning inom området tillsammans med Högskolan i Skövde. Kunde dock inte genomföras", .årsintervall(2020, 2021))
            Insats("Deltagit i styrgrupp om genomförande av den länsövergripande kartläggningen om insatser till personer med samsjuklighet", .årsintervall(2020, 2021))
            BidrarIndirekt(.v3_1)
            Kommande("fortsatt arbete med förstudie.")
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            Insats("Inlett samarbete med polisen", .år(2021), detalj: "Samarbetet syftar till att stärka insatserna för personer med samsjuklighet som möter regional och kommunal verksamhet samt polis.")
            Kommande("Eventuell uppstart av mobila team tillsammans med polisen.")
        }
        Not("ACT: Assertive Community Treatment.")
        Källa(enkäterOchIntervjuer)
    }
    Avsnitt("Det finns ett stort intresse för de verksamheter som startats men det är ännu för tidigt att se resultat") {
        Observationer {
            Stycke("Det är svårt att direkt koppla de aktiviteter som genomförts till de resultat som följs upp i indikatoruppföljningen. Det finns dock en förhoppning om att aktiviteterna ska resultera i en mer sammanhållen vård för patienterna. I intervjuer framkommer även att det funnits ett stort intresse för de socialmedicinska mottagningarna men att det är svårt att säkerställa några resultat eftersom de startats nyligen.")
        }
        Citat("Det har varit jättestort inflöde till den socialmedicinska mottagningen i Alingsås.")
        Figur("Andel av delregionernas kommuner som gör insatser enligt Case management-modeller i form av integrerande team till personer med psykisk sjukdom (2017 – 2020)")
        Not(svårtAttKoppla("."))
        Källa("SKR (Kolada), kommunenkäten öppna jämförelser socialtjänst (2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
}

let fördjupadAnalysV5_1: Målavsnitt = Målavsnitt(.v5_1) {
    Bakgrundsbeskrivning("Evidens innebär bästa sammantagna vetenskapliga stöd och bevis om insatsers effekt. Det är en utmaning för verksamheterna att dra nytta av vetenskap och kunskap som finns och systematiskt tillämpa den. Samtidigt är det av yttersta vikt att främja spridningen av evidensbaserade metoder och bromsa användningen av ineffektiva metoder och rent av skadliga insatser. Det gäller att hushålla med resurserna genom att satsa på de metoder som gör störst nytta. Det finns nationella riktlinjer för målgrupper som är gemensamma för huvudmännen och som ger rekommendationer om vilka behandlingar och metoder som olika verksamheter i vård och omsorg bör satsa på.")
    Målindikatorer {
        Indikator("Standardiserade bedömningsmetoder inom missbruk- och beroendeverksamhet.", .process)
        Indikator("Standardiserade bedömningsmetoder för utredning av alkoholmissbruk.", .process)
        Indikator("Standardiserade bedömningsmetoder för utredning av drogmissbruk.", .process)
        Indikator("Rekommenderad behandling vid psykiatriskt tillstånd.", .process)
    }
    LänsgemensammaAktiviteter {
        Länsaktivitet("Inrättande av regionalt resurscentra för psykisk hälsa.")
    }
    Avsnitt("Få vårdsamverkansområden har arbetat med direkta insatser för att nå målet") {
        Aktivitetsgrupp(.kunskapshöjande, områden: [.göteborgsregionen, .simba]) {
            Stycke { "Det är endast "; Fet("Göteborgsregionen och SIMBA"); " som arbetat med direkta insatser för målet. Sedan 2019 har Göteborgsregionen genomfört en konferens om psykisk hälsa där de presenterat den senaste forskningen inom området. Utöver det har delregionen erbjudit en grundutbildning i vård och stödsamordning som riktar sig mot medarbetare inom sjukvård och kommun. SIMBA har genomfört inspirationsdagar om vård och stödsamordning år 2018, 2019 och 2021 samt tillhandahållit en gemensam handbok inom området." }
            Citat("Under konferenserna har vi visat den senaste forskningen inom de teman som vi haft.")
        }
        Aktivitetsgrupp(.arbeteMedAndraMål, områden: [.skaraborg, .södraÄlvsborg]) {
            Stycke { "Två av vårdsamverkansområdena ("; Fet("Skaraborg och Södra Älvsborg"); ") beskriver att arbetet med SIP eller samverkanskompetens indirekt kan bidra till att man arbetar mot målet. Exempelvis genom att SIP och samverkanskompetens ger individen tillgång till rätt insatser." }
            Citat("Vi har inte haft något fokus på detta mål.")
        }
    }
    Fördjupning {
        Områdesaktiviteter(.fyrbodal) {
            Insats(Löptext("Inga aktiviteter har rapporterats. " + FördjupadAnalysText.fyrbodalsLokalaArbete))
        }
        Områdesaktiviteter(.göteborgsregionen) {
            Insats("Genomfört konferens med tema psykisk hälsa där den senaste forskningen inom området presenterats", .årsintervall(2018, 2021), detalj: "Initialt fokuserade konferensen på äldres psykiska hälsa/ohälsa. År 2021 ändrades temat till suicidprevention.")
        }
        Områdesaktiviteter(.samla) {
            "Inga aktiviteter har rapporterats."
        }
        Områdesaktiviteter(.simba) {
            Insats("Tagit fram gemensam handbok för vård och stödsamordning", .år(2018))
            Insats("Genomfört inspirationsdagar om vård och stödsamordning", .år(2018), .år(2019), .år(2021))
            Insats("Vårdsamverkansområdet uppger att arbete med Mini-Maria och Socialmedicinsk mottagning stöttar målet eftersom de bygger på nationella riktlinjer om integrerade insatser", .år(2021))
        }
        Områdesaktiviteter(.skaraborg) {
            BidrarIndirekt(.v3_1)
            Insats("Lyft evidensbaserade metoder i förstudie om samsjuklighet", .år(2021))
        }
        Områdesaktiviteter(.södraÄlvsborg) {
            BidrarIndirekt(.v3_1)
        }
    }
    Avsnitt("Aktiviteterna kan ha höjt kunskapsnivån om evidensbaserade metoder") {
        Observationer {
            Stycke("De aktiviteter som har genomförts kan ha stärkt kunskapen om evidensbaserade metoder. Det är dock svårt att avgöra hur den möjligt höjda kunskapsnivån påverkat vård och stöd som medborgarna får ta del av. I uppföljda indikatorer kan ingen tydlig skillnad ses mellan resultaten för de vårdsamverkansområden som genomfört ett aktivt arbete inom målen jämfört med de som inte gjort det.")
        }
        Citat("Grundutbildningen i vård och stödsamordning har gjort att man förstått syftet med att samordna.")
        Citat("Konferenserna där vi presenterat den senaste forskningen inom psykisk hälsa har nått många.")
        Datatabell("Standardiserade bedömningsmetoder (DUDIT) för att upptäcka drogrelaterade problem inom a) LSS-vuxna b) socialpsykiatri c) ekonomiskt bistånd d) äldreomsorg (2020)",
                   förstaKolumn: "Indikator",
                   kolumner: [Kolumn("Fyrbodalen", område: .fyrbodal), Kolumn("Göteborg", område: .göteborgsregionen),
                              Kolumn("SAMLA", område: .samla), Kolumn("SIMBA", område: .simba), Kolumn("Skaraborg", område: .skaraborg),
                              Kolumn("Södra Älvsborg", område: .södraÄlvsborg), Kolumn("Västra Götaland")]) {
            Rad("a) LSS – vuxna", .procent(14), .procent(0), .procent(0), .procent(0), .procent(20), .procent(14), .procent(13))
            Rad("b) Socialpsykiatri", .procent(27), .procent(25), .procent(50), .procent(25), .procent(47), .procent(38), .procent(35))
            Rad("c) Ekonomiskt bistånd", .procent(57), .procent(25), .procent(0), .procent(33), .procent(53), .procent(14), .procent(42))
            Rad("d) Äldreomsorg", .procent(14), .procent(0), .procent(0), .procent(0), .procent(13), .procent(14), .procent(11))
        }
        Figur("Rekommenderad behandling vid psykiatriskt tillstånd i Västra Götaland (2018-2020)")
        Not(svårtAttKoppla("."))
        Källa("SKR (Kolada), kommunenkäten öppna jämförelser socialtjänst (2021); Nationella kvalitetsregistren BipolärR; ECT; PsykosR. Data hämtad via Vården i siffror (2021); Intervjuer med representanter från vårdsamverkansområden, VGR, VästKom, kommunalförbund samt NSPH i Västra Götaland (2021)")
    }
}

import AnalysisModel
import PlanModel

// Seed 004, the three summary pages before the table of contents.

let fördjupadAnalysObservationer: Sammanfattning = Sammanfattning("I rapporten presenteras observationer inom tre områden") {
    Stycke("Rapporten syftar till att identifiera lärdomar från det länsgemensamma arbete med Handlingsplan psykisk hälsa. I rapporten redovisas och samlas observationer kring fördelning av medel, organisation, ledning och styrning samt genomförda aktiviteter och potentiella resultat. Nedan sammanfattas några av de centrala observationerna inom respektive område.")
    Ruta("Fördelning av medel") {
        Punktlista {
            "I Västra Götaland har 229 miljoner av stimulansmedlen för psykisk hälsa gått till länsgemensamt arbete."
            "Vårdsamverkansområdena har mottagit majoriteten av de länsgemensamma medlen och har kunnat använda dessa relativt fritt."
            "De länsgemensamma medlen har varit ettåriga och kategoriserade i delområden."
            "Vårdsamverkansområdena uppger att mängden pengar som fördelats varit omfattande och de har varit svåra att förbruka under ett år."
            "Att medlen varit ettåriga beskrivs dessutom ha försvårat långsiktig planering."
            "Uppdelningen som gjorts av de länsgemensamma medlen i olika delområden beskrivs ha varit snedfördelad."
            "Medlen har dock ha kunnat nyttjas flexibelt både över åren och över olika delområden. Flexibiliteten beskrivs ha varit positiv."
        }
    }
    Ruta("Organisation, ledning och styrning") {
        Punktlista {
            "Intervjuade uppger att den organisatoriska strukturen för arbetet med handlingsplanen är svår att förstå, exempelvis gällande hur olika aktörer förhåller sig till varandra."
            "Styrgruppen beskrivs, framför allt av dess medlemmar, vara värdefull och bidra med en konstruktiv dialog i samverkan. Utomstående upplever samtidigt att gruppens uppdrag och mandat är otydligt och att det i vissa fall saknas förankring mellan styrgruppens medlemmar och de delregionala processledarna."
            "De enskilda vårdsamverkansområdena har haft stort handlingsutrymme i arbetet med handlingsplanen. Synen på den flexibiliteten skiljer sig åt – vissa menar att flexibiliteten varit positiv medan andra efterfrågar mer styrning."
            "Kommunalförbunden har haft en begränsad roll i det länsgemensamma arbetet och intervjuade från kommunalförbunden menar att de bör inkluderas mer."
            "Synen på handlingsplanens framtagande och utformning är övervägande positiv, men vissa av handlingsplanens mål beskrivs behöva utvärderas. För att öka långsiktigheten och kontinuiteten uppfattas även handlingsplanen kunna ha en längre tidshorisont."
            "Indikatoruppföljningen beskrivs vara värdefullt men spridningen kan stärkas och indikatorerna utvärderas för att ge den en än viktigare roll."
        }
    }
    Ruta("Genomförda aktiviteter") {
        Punktlista {
            "Det har pågått ett utbrett länsgemensamt arbete inom mål V1.1, V3.1, B2.1, B3.1 och B5.1."
            "Det har pågått ett begränsat länsgemensamt arbetet inom mål V2.1, V4.1, V5.1, B1.2 och B4.1."
            "Vårdsamverkansområdena har genomfört olika typer av aktiviteter, vilket beskrivs ha både för- och nackdelar. Det har varit vanligt med kunskapshöjande aktiviteter men intervjuade menar att det finns en risk med att kunskapen inte omsätts i verksamheterna. Det har också varit vanligt att anställa personella resurser och intervjuade lyfter att det varit en framgångsfaktor för att möjliggöra ett sammanhållet arbete."
            "Handlingsplanen har till viss del styrt arbetet med psykisk hälsa, men andra faktorer har också påverkat prioriteringar och val av aktiviteter: Politiska prioriteringar och beslut, enskilda individers engagemang, tillgång till stimulansmedel, lättillgängliga aktiviteter, lokala behov, pågående arbete samt evidens och erfarenhet."
            "Handlingsplanen upplevs ha lyft frågan om psykisk hälsa på agendan. Arbetet beskrivs ha resulterat i en ökad samverkan samt en stärkt kunskapsnivå bland medarbetare. Hur dessa resultat påverkat länets invånare är dock svårt att bedöma."
        }
    }
    Not("Delregionala processledare kan även ha andra benämningar, som utvecklingsledare eller koordinator; V1.1 och B5.1: Nollvision om suicid i Västra Götaland. V3.1 och B3.1: Personer/Barn och unga som har behov av samordnade insatser ska ha en SIP. B2.1: Barn och unga med psykisk ohälsa ska få rätt insatser i rätt tid; V2.1: Äldre personer med psykisk ohälsa ska få rätt vård och stöd. V4.1 och B4.1: Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna eller regionen. V5.1: Invånare ska få tillgång till evidensbaserade metoder inom vård, stöd och behandling. B1.2: Alla elever ska lämna grund- och gymnasieskolan med godkända betyg.")
}

let fördjupadAnalysVerksamhetslogik: Sammanfattning = Sammanfattning("Utformningen av nästa handlingsplan bör vägledas av en tydlig verksamhetslogik") {
    Avsnitt("Nuläge") {
        Stycke("I nuläget genomförs ett utbrett arbete för att nå handlingsplanens mål. Däremot saknas det i viss utsträckning tydliga kopplingar mellan hur medel fördelas, vilka aktiviteter som genomförs och handlingsplanens mål.")
        fördjupadAnalysNuläge()
    }
    Avsnitt("Önskat läge för kommande handlingsplan") {
        Stycke("Utifrån handlingsplanens mål finns en tydlig koppling mellan hur resurser fördelas, vilka aktiviteter som genomförs och vilka prestationer och effekter dessa får. Styrning och ledning möjliggör goda förutsättningar.")
        fördjupadAnalysÖnskatLäge(uppföljning: "genomförs för samtliga mål med hjälp av indikatorer som är ändamålsenliga.")
    }
    Stycke("För att nå det önskade läget bör utformningen av en ny handlingsplan vägledas av en tydlig verksamhetslogik. Arbetet med handlingsplanen bör utgå från de slutmål som man vill uppnå och utifrån dessa bör det finnas en tydlig koppling mellan resurser, aktiviteter och resultat. För att möjliggöra goda förutsättningar för arbetet är det viktigt att säkerställa en samsyn där samtliga involverade parter är överens om vad som ska uppnås och möjliga vägar för att nå dit.")
}

/// The *Nuläge* table, which the summary and chapter 6 show alike.
func fördjupadAnalysNuläge(fil: String = #fileID, rad: Int = #line) -> Verksamhetslogik {
    Verksamhetslogik(
        styrningOchLedning: "är väl införstådda med handlingsplanens mål och arbetar för att dessa ska nås. Däremot uppfattas styrningen som otydlig och det saknas i vissa fall kommunikationsvägar för att involvera samtliga relevanta parter.",
        resurser: "Resurser fördelas enligt områden som möjliggör för aktiviteter inom samtliga mål, däremot är fördelningen inte proportionerlig.",
        aktiviteter: "Vissa mål är mer prioriterade än andra och val av aktiviteter påverkas av många andra faktorer än handlingsplanen. Det finns en tendens att i första hand genomföra utbildningar.",
        prestationer: "Det är oftast möjligt att koppla aktiviteterna till prestationer.",
        effekter: "Det finns en viss osäkerhet kring vilka effekter prestationerna resulterar i.",
        slutmål: "Det är ofta svårt att bedöma aktiviteternas effekt på slutmålet.",
        uppföljning: "Genomförs för samtliga mål, däremot är majoriteten av indikatorerna resultatindikatorer som ligger många steg ifrån insatsernas resultat vilket i vissa fall gör det svårt att kopplat aktivitet till faktiskt utfall.",
        fil: fil, rad: rad)
}

/// The *Önskat läge* table; the summary and chapter 6 differ only in the Uppföljning band.
func fördjupadAnalysÖnskatLäge(uppföljning: Löptext, fil: String = #fileID, rad: Int = #line) -> Verksamhetslogik {
    Verksamhetslogik(
        styrningOchLedning: "är väl införstådda med handlingsplanens mål och skapar förutsättningar för att nå dessa.",
        resurser: "Resurser fördelas proportionerligt för att uppnå målen.",
        aktiviteter: "Det finns en tydlig koppling mellan de aktiviteter som genomförs och handlingsplanens mål.",
        prestationer: "Det är möjligt att koppla aktiviteterna till prestationer.",
        effekter: "Det är möjligt att koppla prestationerna till effekter.",
        slutmål: "Aktiviteternas effekter kopplar väl an till slutmålet.",
        uppföljning: uppföljning, fil: fil, rad: rad)
}

let fördjupadAnalysVägarFramåt: Sammanfattning = Sammanfattning("Utifrån observationerna presenteras vägar framåt på tre nivåer") {
    VägarFramåt("Fördelning av medel") {
        Nivå(.västKomVGR) {
            Punktlista {
                Punkt("Fördelningen av medel i olika delområden beskrivs i nuläget vara oproportionerlig. Samtidigt finns en relativt flexibel användning av stimulansmedel mellan de olika delområdena. Hur mycket flexibiliteten nyttjas skiljer sig åt mellan olika vårdsamverkansområden, vilket skapar olika förutsättningar för användning av medlen. För att säkerställa lika förutsättningar ses två möjliga vägar framåt:") {
                    "Delområdena justeras så att fördelningen bättre speglar hur olika områden kan förväntas driva kostnader. Exempelvis kan medel för samsjuklighet minska medan medel för barn och unga kan öka."
                    "VästKom och VGR fortsätter att tillåta en flexibel användning samt tydliggör hur vårdsamverkansområdena kan nyttja medlen mellan olika delområden."
                }
                "Uppmuntra och stötta vårdsamverkansområdena i att mer långsiktig planera för användning av medel, trots att beslut om medelstilldelning tas årsvis."
                "Stötta vårdsamverkansområdena i att implementera lyckade arbeten inom handlingsplan psykisk hälsa i ordinarie verksamhet. På så vis säkerställs en långsiktighet där aktiviteter inte är beroende av att tilldelning av stimulansmedel fortgår."
            }
        }
        Nivå(.vårdsamverkansområden) {
            Punktlista {
                "Ta fram preliminära planer årligen för nyttjande av eventuella medel. Trots att beslut om medelstilldelning sker relativt sent på året är det möjligt att utifrån överenskommelserna planera för användning av medel."
                "Fortsätt att nyttja medel flexibelt samtidigt som hänsyn tas till handlingsplanens mål."
            }
        }
        Nivå(.statenSKR) {
            Punktlista {
                "Skapa en långsiktighet i tilldelningen av medel, exempelvis genom större framförhållning kring framtida medel och överenskommelser som sträcker sig över en längre period."
            }
        }
    }
    VägarFramåt("Organisation, ledning och styrning") {
        Nivå(.västKomVGR) {
            Punktlista {
                "Undvik stora förändringar av handlingsplanen innan dess att kommande nationell strategi är framtagen. En bred förankring bör säkerställas vid eventuell revidering."
                "Håll tät dialog med SKR så att eventuella framtida justeringar av handlingsplanen ligger i linje med den framtida nationella strategin."
                "Arbeta för att framtida handlingsplaner blir politiskt beslutade."
                "Knyt an till den översyn av vårdsamverkansstrukturen som pågår och säkerställ att den nya strukturen är tydligt kommunicerad och införstådd bland samtliga inblandade."
                "Se över styrgruppens uppdrag, mandat och beslutsprocesser i samband med översynen av vårdsamverkansstrukturen. Till detta behövs en plan för hur styrgrupp tar beslut och för hur kommunikationen av besluten sker."
                "Ta fram en gruppering för processledare inom respektive vårdsamverkansområde med syfte att dela information och lärdomar samt bereda beslut inför styrgrupp."
                "Fortsätta med ett kontinuerligt uppföljningsarbete av handlingsplanen. Vid en större revidering av handlingsplanen, komplettera uppföljningen med processindikatorer och indikatorer som speglar samverkan."
                "Överväg att i framtida indikatoruppföljningar göra fördjupningar på delregional nivå."
                "Förtydliga syftet med de olika målen vid behov, exempelvis mål V5.1."
            }
        }
        Nivå(.vårdsamverkansområden) {
            Punktlista {
                "Skapa strukturer för att möjliggöra ett långsiktigt arbete med handlingsplanen, trots omsättning av personal."
                "I de fall det saknas, skapa nödvändiga strukturer, exempelvis samverkansgrupper, för att kunna bedriva ett delregionalt arbete."
                "Säkerställ kommunikationsvägar mellan delregionala processledare och vårdsamverkansområdets representanter i styrgruppen."
                "Arbeta för en ökad spridning av indikatoruppföljningen till relevanta aktörer."
                "Vid uppstart av aktiviteter planera för hur delregional uppföljning ska genomföras."
            }
        }
        Nivå(.statenSKR) {
            Punktlista {
                "Möjliggör en långsiktighet i regionernas arbete. Exempelvis genom att vid nya överenskommelser undvika för stora justeringar innan dess att kommande nationell strategi är framtagen."
                "Håll kommuner och regioner informerade om utvecklingen av arbetet med psykisk hälsa."
            }
        }
    }
    VägarFramåt("Genomförda aktiviteter") {
        FördjupadAnalysText.vägarFramåtFörAktiviteter
    }
}

import AnalysisModel
import PlanModel

// Seed 004, chapters 6 and 7. Chapter 6 opens with a picture of the three areas and three
// levels of its ways forward; it holds no words of its own and is left out.

let fördjupadAnalysKapitel6: Rapportkapitel = Rapportkapitel(6, "Så kan arbetet stärkas framöver",
    ingress: "Utifrån de observationer som presenterats i föregående kapitel ges här möjliga vägar framåt på hur arbetet med handlingsplanen kan stärkas framöver. Vägar framåt ges på tre nivåer: VästKom/Västra Götalandsregionen, Vårdsamverkansområdena samt Staten/SKR.") {
    Avsnitt("I detta avsnitt presenteras vägar framåt för att stärka det länsgemensamma arbetet") {
        Punktlista {
            "På en övergripande nivå presenteras vägar framåt utifrån det verksamhetslogiska ramverket."
            "Vägar framåt presenteras även specifikt inom fördelning av medel, organisation, ledning och styrning samt genomförda aktiviteter inom handlingsplan psykisk hälsa. Vägar framåt specificeras för tre nivåer: VästKom/Västra Götalandsregionen, Vårdsamverkansområdena samt medskick till Staten/SKR."
        }
        Citat("Det är viktigt att vi håller i och håller ut. Fram tills att den nya nationella strategin har tagits fram borde vi fortsätta arbeta med den plan vi har nu.")
        Citat("Det pågår ett utbrett arbete med handlingsplanen. Däremot finns det vissa mål som man inte arbetat lika mycket med, till exempel äldre och evidensbaserade metoder.")
        Citat("Styrgruppens roll och mandat hade dock kunnat förtydligas i arbetet med handlingsplanen. Det hade gjort arbetet enklare!")
    }
    Avsnitt("I framtagandet av nästa handlingsplan så bör utformningen av guidas av en tydlig verksamhetslogik") {
        Avsnitt("Nuläge") {
            Stycke("I nuläget genomförs ett utbrett arbete för att nå handlingsplanens mål. Däremot saknas det i viss utsträckning tydliga kopplingar mellan hur medel fördelas, vilka aktiviteter som genomförs och handlingsplanens mål.")
            fördjupadAnalysNuläge()
        }
        Stycke("För att nå det önskade läget bör utformningen av en ny handlingsplan vägledas av en tydlig verksamhetslogik. Arbetet med handlingsplanen bör utgå från de slutmål som man vill uppnå och utifrån dessa bör det finnas en tydlig koppling mellan resurser, aktiviteter och resultat. För att möjliggöra goda förutsättningar för arbetet är det viktigt att säkerställa en samsyn där samtliga involverade parter är överens om vad som ska uppnås och möjliga vägar för att nå dit. Inför en framtida revidering av handlingsplanen bör arbetet med att fylla de olika komponenterna med relevant innehåll göras systematiskt och utifrån lärdomar kring tidigare genomfört arbete.")
        Avsnitt("Önskat läge för kommande handlingsplan") {
            Stycke("Utifrån handlingsplanens mål finns en tydlig koppling mellan hur resurser fördelas, vilka aktiviteter som genomförs och vilka prestationer och effekter dessa får. Styrning och ledning möjliggör goda förutsättningar.")
            fördjupadAnalysÖnskatLäge(uppföljning: "genomförs för samtliga mål med hjälp av indikatorer som är ändamålsenliga för att följa effekter och måluppfyllelse.")
        }
    }
    VägarFramåt("Så kan arbetet stärkas: Fördelning av medel") {
        Nivå(.västKomVGR) {
            Punktlista {
                Punkt("Fördelningen av medel i olika delområden beskrivs i nuläget vara oproportionerlig. Samtidigt finns en relativt flexibel användning av stimulansmedel mellan de olika delområdena. Det skiljer sig dock mellan olika vårdssamverkansområden hur mycket flexibiliteten nyttjas, vilket skapar olika förutsättningar för användning av medlen. För att säkerställa lika förutsättningar ses två möjliga vägar framåt:") {
                    "Delområdena justeras så att fördelningen bättre speglar hur områdena förväntas driva kostnader."
                    "VästKom och VGR fortsätter att möjliggöra en flexibilitet samt tydliggör hur vårdssamverkansområdena kan nyttja medlen mellan olika delområden."
                }
                "Uppmuntra och stötta vårdssamverkansområdena i att mer långsiktigt planera för användning av medel, trots att beslut om medelstildelning tas årsvis."
                "Stötta vårdssamverkansområdena i att implementera lyckade arbeten inom handlingsplan psykisk hälsa i ordinarie verksamhet. På så vis säkerställs en långsiktighet där aktiviteter inte är beroende av att tilldelning av stimulansmedel fortgår."
            }
        }
        Nivå(.vårdsamverkansområden) {
            Punktlista {
                "Ta fram preliminära planer årligen för nyttjande av eventuella medel. Trots att beslut om medelstildelning sker relativt sent på året är det möjligt att utifrån överenskommelserna planera för användning av medel."
                "Fortsätt att nyttja medel flexibelt samtidigt som hänsyn tas till handlingsplanens mål."
            }
        }
        Nivå(.statenSKR) {
            Punktlista {
                "Skapa en långsiktighet i tilldelningen av medel, exempelvis genom större framförhållning kring framtida medel och överenskommelser som sträcker sig över en längre period."
            }
        }
    }
    VägarFramåt("Så kan arbetet stärkas: Organisation, ledning och styrning") {
        Nivå(.västKomVGR) {
            Punktlista {
                "Undvik stora förändringar av handlingsplanen innan dess att kommande nationell strategi är framtagen. En bred förankring bör säkerställas vid eventuell revidering."
                "Håll tät dialog med SKR så att eventuella framtida justeringar av handlingsplanen ligger i linje med den framtida nationella strategin."
                "Arbeta för att framtida handlingsplaner blir politiskt beslutade."
                "Knyt an till den översyn av vårdssamverkansstrukturen som pågår och säkerställ att den nya strukturen är tydligt kommunicerad och införstådd bland samtliga inblandade."
                "Se över styrgruppens uppdrag, mandat och beslutsprocesser i samband med översynen av vårdssamverkansstrukturen. Till detta behövs en plan för hur styrgrupp tar beslut och för hur kommunikationen av besluten sker."
                "Ta fram en gruppering för processledare inom respektive vårdssamverkansområde med syfte att dela information och lärdomar samt bereda beslut inför styrgrupp."
                "Fortsätta med ett kontinuerligt uppföljningsarbete av handlingsplanen. Vid en större revidering av handlingsplanen, komplettera uppföljningen med processindikatorer och indikatorer som speglar samverkan."
                "Överväg att i framtida indikatoruppföljningar göra fördjupningar på delregional nivå."
                "Förtydliga syftet med de olika målen vid behov, exempelvis mål V5.1."
            }
        }
        Nivå(.vårdsamverkansområden) {
            Punktlista {
                "Skapa strukturer för att möjliggöra ett långsiktigt arbete med handlingsplanen, trots omsättning av personal."
                "I de fall det saknas, skapa nödvändiga strukturer, exempelvis samverkansgrupper, för att kunna bedriva ett delregionalt arbete."
                "Säkerställ kommunikationsvägar mellan delregionala processledare och vårdssamverkansområdets representanter i styrgruppen."
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
    Not("Delregionala processledare kan även ha andra benämningar, som utvecklingsledare eller koordinator.")
    VägarFramåt("Så kan arbetet stärkas: Aktiviteter inom handlingsplanens mål") {
        FördjupadAnalysText.vägarFramåtFörAktiviteter
    }
}

// Repaired: "Intervju personer" and "Valfärdsutveckling" (split word, lost "ä"); the
// section heading's first word, lost in the seed ("Arbetet har 17 intervjuer genomförts").
let fördjupadAnalysKapitel7: Rapportkapitel = Rapportkapitel(7, "Appendix",
    ingress: "I arbetet har ett flertal intervjuer samt en workshop genomförts. Intervjupersoner samt deltagare på workshopen presenteras i detta avsnitt.") {
    Avsnitt("I arbetet har 17 intervjuer genomförts") {
        Stycke("Samtliga företrädare från vårdssamverkansområdena deltog på workshopen där preliminära resultat presenterades och diskuterades.")
        Intervjutabell {
            Intervjugrupp("Vårdssamverkansområde") {
                Perspektiv("Fyrbodal") {
                    Intervjuperson("Carola Murås", roll: "Kanslichef")
                    Intervjuperson("Helén Svensson", roll: "Utvecklingsledare")
                }
                Perspektiv("Göteborgsområdet") {
                    Intervjuperson("Agneta Bergqvist", roll: "Utvecklingsledare och SIP koordinatör")
                }
                Perspektiv("SAMLA") {
                    Intervjuperson("Lena Arvidsson", roll: "Processledare")
                }
                Perspektiv("SIMBA") {
                    Intervjuperson("Carina Vesterve", roll: "Processledare")
                }
                Perspektiv("Skaraborg") {
                    Intervjuperson("Kerstin Söderlund", roll: "Utvecklingsledare")
                    Intervjuperson("Angelica Engman", roll: "Processtöd")
                }
                Perspektiv("Södra Älvsborg") {
                    Intervjuperson("Charlotte Bliesener Falkenström", roll: "Koordinator")
                }
            }
            Intervjugrupp("Kommunalförbund") {
                Perspektiv("Boråsregionen Sjuhärads kommunalförbund") {
                    Intervjuperson("Helen Nordling", roll: "Enhetschef Välfärdsutveckling")
                }
                Perspektiv("Fyrbodals kommunalförbund") {
                    Intervjuperson("Karin Engström", roll: "Socialstrateg")
                }
                Perspektiv("Göteborgsregionen") {
                    Intervjuperson("Cecilia Axelsson", roll: "Planeringsledare")
                }
                Perspektiv("Skaraborgs kommunalförbund") {
                    Intervjuperson("Kerstin Söderlund", roll: "Utvecklingsledare")
                }
            }
            Intervjugrupp("VGR/VästKom") {
                Perspektiv("VGR (Styrgrupp)") {
                    Intervjuperson("Lise-Lotte Risö Bergerlind", roll: "Ordförande styrgrupp psykisk hälsa")
                }
                Perspektiv("VGR (Historik)") {
                    Intervjuperson("Malin Camper", roll: "Före detta processledare")
                }
                Perspektiv("VGR (Historik)") {
                    Intervjuperson("Ulrika Söderlund", roll: "Före detta processledare")
                }
                Perspektiv("VästKom (Historik)") {
                    Intervjuperson("Charlotta Wilhelmsson", roll: "Före detta processledare")
                }
                Perspektiv("VästKom (Suicid)") {
                    Intervjuperson("Malin Frisk", roll: "Länssamordnare Suicidprevention")
                }
                Perspektiv("Vårdssamverkan VG, GITS (SIP)") {
                    Intervjuperson("Jessica Ek", roll: "Länsövergripande SIP-samordnare")
                }
            }
            Intervjugrupp("NSPH") {
                Perspektiv("NSPH i Västra Götaland") {
                    Intervjuperson("Sonny Wählstedt", roll: "Ordförande NSPH Västra Götaland och Göteborg")
                }
            }
        }
    }
}

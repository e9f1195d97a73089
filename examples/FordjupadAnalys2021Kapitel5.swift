import AnalysisModel
import PlanModel
import RegionVastraGotaland

// Seed 004, chapter 5: the overall observations, then the goal sections for adults
// (FordjupadAnalys2021Vuxna.swift) and for children and young people
// (FordjupadAnalys2021MalBarn.swift). Repaired: "Psykiatrirågorna" (a lost "f").

let fördjupadAnalysKapitel5: Rapportkapitel = Rapportkapitel(5, "Aktiviteter inom handlingsplanens mål 2018-2021",
    ingress: "I vårdsamverkansområdena pågår ett utbrett arbete med att implementera det länsgemensamma arbetet. I detta avsnitt presenteras de aktiviteter som genomförts i vårdsamverkansområdena samt involverade aktörers syn på prioriteringar, val av aktiviteter samt resultat. Kapitlet inleds med ett avsnitt över övergripande observationer vilket följs av aktiviteter och resultat inom mål för vuxna respektive barn och unga.") {
    Avsnitt("I avsnittet beskrivs huvudsakligen de aktiviteter som vårdssamverkansområdena uppgett att de utfört") {
        Avsnitt("Vårdssamverkansområdena ansvarar för implementeringen av det länsgemensamma arbetet") {
            Punktlista {
                "Vårdssamverkansområdena ansvarar huvudsakligen för implementeringen av det länsgemensamma arbetet med handlingsplanen."
                "I detta avsnitt är det därför i första hand deras aktiviteter som redovisas. I de fall andra aktörers arbete analyseras eller redovisas så framgår det av texten."
            }
        }
        Avsnitt("Intervjuer och enkätsvar ligger till grund för de aktiviteter som presenteras") {
            Punktlista {
                "Aktiviteterna som redovisas är de aktiviteter som vårdssamverkansområdena i intervjuer och enkäter uppgett att de utfört. Det kan finnas skillnader i hur vårdssamverkansområdena valt att rapportera sina aktiviteter, exempelvis gällande vilka aktiviteter som anses vara inom handlingsplanens ramar och vilka aktiviteter som anses svara mot ett särskilt mål. Det kan därför finnas ytterligare aktiviteter som inte framkommit i intervjuer och enkäter."
                "Aktiviteterna redovisas från och med 2018. Aktiviteter som anges har pågått 2018 kan därmed ha påbörjats tidigare."
                "Aktiviteterna i vårdssamverkansområdet Fyrbodal har framför genomförts lokalt av kommunerna. Samtliga aktiviteter är därför inte möjliga att redovisa."
            }
        }
        Avsnitt("Covid-19-pandemin har påverkat förutsättningarna för arbetet med handlingsplanen under 2020 och 2021") {
            Punktlista {
                "Arbetet med handlingsplanen beskrivs i hög utsträckning ha påverkats av covid-19-pandemin. Aktiviteter har fått ändra format, skjutas fram eller ställas in."
                "Det har dels berott på att möjligheten till fysiska sammankomster begränsats, dels på att arbetet med handlingsplanen fått en lägre prioritet under pandemin."
                "Vårdsamverkansområdena beskriver dock att aktiviteter såsom utbildningar i vissa fall har kunnat genomföras digitalt. Vidare beskrivs hur arbetet har kunnat återgå till mer normal form under 2021."
            }
            Citat("Våra utbildningar i första hjälpen psykisk hälsa stannade av när pandemin kom.")
            Citat("Gruppmomentet gick inte att genomföra när vi hade digitala utbildningar. Upplägget var att man skulle arbeta i grupp för att lära känna varandra och få bättre förutsättningar för samverkan. Men det gick inte.")
            Citat("Pandemin har gjort att andra frågor fått högre prioritet än psykisk hälsa. Det har varit stort fokus på covid och vårdflöden. Psykiatrifrågorna har inte fått den uppmärksamhet de behövt.")
        }
    }
    Avsnitt("Övergripande observationer") {
        Avsnitt("Det länsgemensamma arbetet har framför allt fokuserat på SIP, brukarmedverkan och senare suicidprevention") {
            Stycke("Hur vårdsamverkansområdena arbetat med handlingsplanen skiljer sig åt. På en övergripande nivå finns dock några likheter i vårdsamverkansområdenas arbetssätt. De flesta vårdsamverkansområden har inte arbetat med samtliga mål utan valt ut några mål som de arbetar särskilt med. I stora drag finns några mål som vårdsamverkansområdena fokuserat mer på och några som de fokuserat mindre på. Nedan ges en övergripande sammanställning över dessa.")
            Målöversikt(.vuxna, .utbrett) {
                Målbedömning(.v1_1, "Samtliga vårdsamverkansområden har arbetat aktivt med området. Arbetet med målet startade efter att handlingsplan för suicidprevention införts.")
                Målbedömning(.v3_1, "Samtliga vårdsamverkansområden har arbetat aktivt med området, framför allt genom utbildningsinsatser och anställning av process-eller projektledare.")
                Målbedömning(.v3_2, "Samtliga vårdsamverkansområden har arbetat aktivt med området. Det har även pågått länsövergripande arbete tillsammans NSPH i Västra Götaland.")
            }
            Målöversikt(.vuxna, .begränsat) {
                Målbedömning(.v2_1, "Få vårdsamverkansområden har arbetat aktivt med området. Delregionerna beskriver att det är svårt att veta vilka aktiviteter som kan utföras inom målet.")
                Målbedömning(.v4_1, "Få vårdsamverkansområden har arbetat aktivt med området. Delregionerna beskriver att det är svårt att veta vilka aktiviteter som kan utföras inom målet.")
                Målbedömning(.v5_1, "Få vårdsamverkansområden har arbetat aktivt med området. Ett hinder är att vårdsamverkansområdenas roll i arbetet är otydlig.")
            }
            Målöversikt(.barnOchUnga, .utbrett) {
                Målbedömning(.b2_1, "Fem av sex vårdsamverkansområden har arbetat aktivt med området, framför allt genom olika samverkansteam.")
                Målbedömning(b3_1IRapporten, "Samtliga vårdsamverkansområden har arbetat aktivt med området, framför allt genom utbildningsinsatser och anställning av process-eller projektledare.")
                // The seed's row says "V3.2" in this list for children and young people; the
                // goal of the list is B3.2, which has the same heading.
                Målbedömning(b3_2IRapporten, "Samtliga vårdsamverkansområden har arbetat aktivt med området. Det har även pågått länsövergripande arbete tillsammans NSPH i Västra Götaland.")
                Målbedömning(.b5_1, "Samtliga vårdsamverkansområden har arbetat aktivt med området. Arbetet med målet startade efter att handlingsplan för suicidprevention införts.")
            }
            Målöversikt(.barnOchUnga, .begränsat) {
                Målbedömning(.b1_2, "Få vårdsamverkansområden har arbetat aktivt med området.")
                Målbedömning(b4_1IRapporten, "Få vårdsamverkansområden har arbetat aktivt med området. Delregionerna beskriver att det är svårt att veta vilka aktiviteter som kan utföras inom målet.")
            }
            Stycke { "De aktiviteter som genomförts har i stor utsträckning riktat sig "; Fet("både"); " till vuxna samt barn och unga. Exempelvis har arbetet med SIP i huvudsak riktats brett mot alla berörda målgrupper." }
        }
        Avsnitt("Vårdsamverkansområdena har genomfört olika typer av aktiviteter") {
            Stycke("Vårdsamverkansområdenas arbete med målen i handlingsplanen har framför allt bestått av fem olika typer av aktiviteter som har olika syften och fördelar. Utöver att utföra direkt riktade aktiviteter för att uppnå ett mål så menar vårdsamverkansområdena att arbete med ett mål indirekt kan göra att man tar steg mot att uppnå ett annat mål.")
            Typöversikt {
                Typbeskrivning(.kunskapshöjande,
                               beskrivning: "Flera vårdsamverkansområden har arbetat med kunskapshöjande aktiviteter. Utbildningar har varit den huvudsakliga aktiviteten men även konferenser och informationsträffar har genomförts. Kunskapshöjande aktiviteter har i synnerhet använts för att öka kunskapen om suicid och SIP.",
                               observation: "Vissa intervjuade påtar att det finns en risk att det blir för många utbildningar och att det inte finns tid till att omsätta kunskapen i verksamheterna.")
                Typbeskrivning(.personellaResurser,
                               beskrivning: "Det har varit vanligt att anställa personella resurser för att samordna det delregionala arbetet. Exempelvis har flera vårdsamverkansområden anställt process- eller projektledare för arbetet med SIP och suicid.",
                               observation: "Flera intervjuade påtar att personella resurser är avgörande för att säkerställa ett aktivt och sammanhållet arbete mot målen.")
                Typbeskrivning(.samverkansstrukturer,
                               beskrivning: "Det har varit vanligt att vårdsamverkansområdena arbetat med att stärka samverkansstrukturerna. Framför allt har aktiviteten använts för att öka brukardelaktigheten och för att möjliggöra tidiga insatser för barn och unga.",
                               observation: "Flera intervjuade påtar att förbättrad samverkan är grundläggande för att stärka insatserna som ges kopplat till psykisk hälsa.")
                Typbeskrivning(.planerOchRiktlinjer,
                               beskrivning: "Vårdsamverkansområdena har i vissa fall arbetat med att ta fram olika dokument som stöttar arbetet med psykisk hälsa. Exempelvis har det pågått arbete med att ta fram delregionala och lokala handlingsplaner för suicidprevention. Utöver det har även delregionala riktlinjer tagits fram inom olika områden, framför allt i arbetet med SIP.",
                               observation: "Vissa intervjuade menar att riktlinjer i huvudsak bör tas fram på länsgemensam nivå men att det i vissa fall varit nödvändigt att ta fram riktlinjer som varit anpassade till delregionen.")
                Typbeskrivning(.förändratVerksamhetsarbete,
                               beskrivning: "Några vårdsamverkansområden har arbetat med att förändra verksamhetsarbetet. Det kan innebära att starta upp nya mottagningar och arbetskonstellationer eller att förändra/förbättra stöd och vård som ges av verksamheterna.",
                               observation: "Intervjuade menar att denna typ av insats kan vara svår att genomföra eftersom de medel som delas ut är kortsiktiga medan investeringen ofta är långsiktig.")
                Typbeskrivning(.arbeteMedAndraMål,
                               beskrivning: "Det är vanligt att vårdsamverkansområden arbetat med ett mål som indirekt resulterar i att de arbetar mot andra mål. Exempelvis kan arbetet med SIP göra att äldre personer får bättre vård och stöd samt att diskriminering eller negativt bemötande minskar.",
                               observation: "Intervjuade menar att det i huvudsak är arbetet med SIP som använts för att även arbeta mot andra mål.")
            }
            Citat("Jag upplever att det är svårt att få kunskapshöjande aktiviteter att ramlas ner till medarbetare på operativ nivå.")
            Citat("Har man ingen person som har avsatt tid att arbeta med aktiviteterna så blir det inte av. Att ha en person som har avsatt tid att driva frågan är viktigt.")
            Citat("Vi skulle egentligen inte arbeta med att ta fram delregionala SIP-riktlinjer. Men för att implementeringen skulle fungera på lokal nivå så hade vi inget annat val.")
            Not("Samordningsgrupper har olika benämningar i olika vårdsamverkansområden. Andra benämningar är exempelvis utvecklingsgrupper och temagrupper.")
            Källa(enkäterOchIntervjuer)
        }
        Avsnitt("Handlingsplanen har till viss del styrt arbetet med psykisk hälsa, men andra faktorer har också påverkat prioriteringar och val av aktiviteter") {
            Stycke("Intervjuade beskriver att handlingsplanen gjort att arbetet med psykisk hälsa varit mer prioriterat och uppmärksammat ute i vårdsamverkansområdena. Handlingsplanen har genom sina mål i viss utsträckning styrt vårdsamverkansområdenas arbete. Vårdsamverkansområdena har dock sällan arbetat med samtliga mål i handlingsplanen och flera faktorer har spelat in i valet av mål och hur man arbetat med dem:")
            Punktlista {
                Punkt { Fet("Politiska prioriteringar och beslut:"); " Vårdsamverkansområdena får uppdrag från politiken vilket gör att arbetet i med handlingsplanen i stor utsträckning kan påverkas av vilka uppdrag som de får. Exempelvis beskriver SIMBA att de utformat en egen handlingsplan utifrån de mål som politiken ansett att de skulle prioritera. Intervjuade beskriver också att olika nationella politiska beslut påverkat arbetet, exempelvis överenskommelser kring SIP." }
                Punkt { Fet("Enskilda individers engagemang:"); " Valet av mål har även påverkats av engagemang hos de enskilda individer som driver arbetet, både på länsnivå och på delregional nivå. Exempelvis beskrivs en av faktorerna som gjort att SIP fått en hög prioritet vara att det funnits en länsgemensam SIP-samordnare som drivit arbetet och som uppmuntrat till delregionalt arbete." }
                Punkt { Fet("Tillgång till stimulansmedel:"); " Fördelningen av medel har i viss mån styrt arbetet med handlingsplanen, i synnerhet gällande arbetet med suicidprevention. Eftersom särskilda medel för arbetet med suicidprevention tillkom år 2020 och 2021 har målet fått ett särskilt fokus, vilket inte funnits innan." }
                Punkt { Fet("Lättillgängliga aktiviteter:"); " Flera vårdsamverkansområden beskriver att det varit svårt att veta hur de bäst arbetar mot målen. Det kan ha resulterat i att vårdsamverkansområdena arbetat med de aktiviteter som varit lättillgängliga. Exempelvis menar vissa intervjuade att en av anledningarna till att omfattande utbildningsinsatser för suicidprevention genomförts är att det funnits lättillgängliga utbildningar att tillgå." }
                Punkt { Fet("Lokala behov:"); " Den lokala situationen har i vissa fall spelat in kring valet av mål. Exempelvis nämner vissa delregioner att de arbetat med SIP-utbildningar eftersom de upplevt att kunskapsnivån varit för låg i området." }
                Punkt { Fet("Pågående arbete:"); " Arbete relaterat till psykisk hälsa pågick redan i delregionerna innan handlingsplanen initierades. Flera aktiviteter som delregionerna planerat för genomfördes sedan med hjälp stimulansmedlen." }
                Punkt { Fet("Evidens och erfarenhet:"); " Aktiviteter som har evidens eller där andra vårdsamverkansområden upplevt goda resultat har ofta prioriterats." }
            }
            Citat("Att man i vårt vårdsamverkansområde arbetat med SIP har delvis berott på överenskommelsen. Det har också berott på att det funnits en engagerad länsamordnare. Konsekvent och tydlig information från henne har varit en framgångsfaktor.")
            Citat("Det var ett politiskt beslut att starta Mini-Maria.")
            Citat("Att vi har arbetat med integrerat arbetssätt har varit kopplat till oss [som drivit arbetet] som personer. Att vi startade arbetet med IAPS [Projekt Integrerat Arbetssätt Psykisk hälsa Skaraborg] berodde på att vi kom från olika verksamheter, hon från socialtjänsten och jag från primärvården och vi såg att samsyn saknades.")
            Citat("Vi gjorde inget inom suicid innan den separata handlingsplanen och särskilda medel för suicid kom.")
            Citat("Att arbeta med utbildningar är en enkel lösning som ofta ligger nära till hands när man inte riktigt vet vad man ska göra.")
        }
        Avsnitt("Det har pågått ett länsövergripande arbete inom framför allt SIP, suicidprevention och brukarmedverkan – vilket upplevs ha stärkt arbetet i vårdsamverkansområdena") {
            Stycke("Utöver de aktiviteter som utförts delregionalt så har det pågått ett länsövergripande arbete med handlingsplanen. Det länsövergripande arbetet har syftat till att driva det länsgemensamma arbetet framåt samt att stötta vårdsamverkansområdena i implementering av aktiviteter. Inom framför allt tre områden har det pågått ett länsgemensamt arbete: SIP, suicidprevention och brukarmedverkan. Flera intervjuade menar att det länsövergripande arbetet utgjort stöd för vårdsamverkansområdena och möjliggjort ett mer aktivt arbete inom målen. Som ett resultat har man kommit längre inom mål där det pågått länsövergripande arbete jämfört med inom mål där så inte är fallet.")
            Avsnitt("VästKom och Västra Götalandsregionen har stöttat arbetet med SIP och suicidprevention") {
                Stycke("Två processledare har anställts för särskilt att stötta implementeringen av aktiviteter inom SIP och suicidprevention:")
                Punktlista {
                    "År 2019 anställdes en länsgemensam SIP-samordnare. Länsamordnaren arbetar med att ta fram strategiska underlag och riktlinjer över hur man ska arbeta med SIP i regionen. För att sprida informationen till medarbetare i delregionerna har även olika utbildningsmaterial tagits fram."
                    "En länsgemensam suicidsamordnare anställdes under våren 2021. Anställningen skedde i samband med satsningen på suicidprevention där stimulansmedlen för området ökade. Länsamordnaren arbetar med att skapa struktur i arbetet med suicidprevention, att identifiera tillgänglig kunskap genom omvärldsbevakning samt att skapa informations- och kommunikationskanaler."
                }
                Stycke("Utöver samordnarna har VästKom och Västra Götalandsregionen även anställt var sin processledare som gemensamt ansvarar för att driva arbetet med handlingsplanen framåt.")
            }
            Avsnitt("NSPH i Västra Götaland har arbetat med brukarmedverkan på en länsövergripande nivå") {
                Stycke("NSPH i Västra Götaland är en samverkansorganisation för 17 patient-, brukar- och närståendeföreningar inom området psykisk ohälsa i Göteborg och Västra Götaland. Sedan 2017 har NSPH varit involverade i det länsgemensamma arbetet med handlingsplan psykisk hälsa. NSPH har framför allt tilldelats medel för att arbeta med aktiviteter för stärkt brukarmedverkan samt genomförande av brukarrevisioner. Läs mer om aktiverna under mål V3.2 och B3.2.")
            }
            Stycke("Det har pågått länsövergripande aktiviteter inom flera mål, men i intervjuer framkommer att arbetet varit särskilt utbrett inom SIP, suicidprevention och brukarmedverkan.")
        }
        Avsnitt("Arbetet med handlingsplanen upplevs ha lyft frågan om psykisk hälsa och resulterat i ökad samverkan men resultat för invånaren är svåra att uppskatta",
                id: FördjupadAnalysText.resultatFörInvånaren) {
            Stycke("Det arbete som genomförts inom ramen för handlingsplanen upplevs i första hand ha resulterat i:")
            Punktlista {
                Punkt { Betonad("Ökat fokus på psykisk hälsa"); " i berörda verksamheter." }
                Punkt { Betonad("Stärkt samverkan"); " mellan huvudmän samt mellan vårdssamverkansområden, regionen och VästKom." }
                Punkt { Betonad("Höjd kunskapsnivå"); " bland medarbetare." }
            }
            Stycke("Ytterligare resultat upplevs vara svåra att uppskatta på grund av tre anledningar:")
            Punktlista {
                "Mycket av arbetet som genomförts är långsiktigt och förväntas inte ge resultat direkt."
                "Det är svårt att koppla ökad kunskap och samverkan till faktiska resultat för invånaren."
                "Det är svårt att isolera indikatorernas utveckling till en enskild aktivitet. Flera aktiviteter pågår parallellt samtidigt som utomstående faktorer kan påverka utfallet."
            }
            Citat("Hade vi inte haft handlingsplanen hade vi nog inte arbetat så mycket med psykisk hälsa.")
            Citat("Arbetet med handlingsplanen har resulterat i ökad samverkan.")
            Citat("Det är svårt att veta vad arbetet med integrerade team leder till. Jag hoppas att det leder till att barnen hamnar på rätt nivå i vården.")
            Citat("Det är inte riktigt mätbart att se vad vi åstadkommit. Olika faktorer påverkar och det är svårt att veta om insatserna gör skillnad. Vårt mål är att verksamheter ska samverka och att ingen ska hamna mellan stolarna, oavsett om man söker på rätt nivå eller inte.")
        }
    }
    Avsnitt("Aktiviteter inom mål för vuxna") {
        fördjupadAnalysMålavsnittVuxna
    }
    Avsnitt("Aktiviteter inom mål för barn och unga") {
        fördjupadAnalysMålavsnittBarn
    }
}

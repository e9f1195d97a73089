import AnalysisModel
import PlanModel
import RegionVastraGotaland

// Seed 004, chapters 1–4. Repaired extraction damage: words split by the PDF's line-end
// hyphens ("läns-gemensamma", "läns gemensamma") are joined; "Instruktorer" has its ö.

let fördjupadAnalysKapitel1: Rapportkapitel = Rapportkapitel(1, "Kort om handlingsplan för psykisk hälsa",
    ingress: "Arbetet med framtagandet av handlingsplanen har pågått sedan år 2016. I detta kapitel presenteras en kort sammanfattning av handlingsplanen och dess mål.") {
    Avsnitt("Arbetet med handlingsplan för psykisk hälsa har pågått sedan 2016") {
        Punktlista {
            "Västra Götalandsregionen (VGR), de 49 kommunerna via VästKom samt Nationell Samverkan för Psykisk Hälsa i Göteborg och Västra Götaland har tillsammans tagit fram en handlingsplan på området psykisk hälsa."
            "Arbetet inleddes under 2016 i samband med att staten och SKR träffade överenskommelsen ”Stöd till riktade insatser inom området psykisk hälsa 2016”. Överenskommelsen syftar bland annat till att stärka kommuner och regioner i arbetet med att främja psykisk hälsa och ömsesidigt arbeta för att minska den psykiska ohälsan. Huvudmännen får ekonomiskt stöd för att stärka och utveckla sina insatser inom området."
            "Ett omfattande arbete har inletts runtom i Västra Götaland för att arbeta med handlingsplanen. Arbetet pågår på såväl regional, delregional som lokal nivå."
            "Beslut om handlingsplanen togs inledningsvis för åren 2018-2020. År 2020 togs beslut om att förlänga handlingsplanen fram till 2022."
            "Sedan handlingsplanens införande har årliga uppföljningar av handlingsplanens mål genomförts utifrån ett flertal beslutade uppföljningsindikatorer. År 2019 genomfördes även fördjupade uppföljningar inom tre områden: SIP, brukarinflytande samt organisering och genomförande."
        }
        Stycke("Med handlingsplanens mål, aktiviteter och indikatorer för uppföljning vill vi sätta ljus på frågor där vi vill bli bättre i hela Västra Götaland. Eller med andra ord:")
        Citat("Sätta plåster på några av redan uppkomna skav, se till att det läker ordentligt och se till att det inte uppstår nya.")
        Stycke("Handlingsplanen bidrar till att:")
        Punktlista {
            "identifiera och sätta ljus på områden där det skaver extra mycket"
            "där vi alla vill åt samma håll"
            "där alla måste bidra"
            "göra det samtidigt"
        }
        Källa("Handlingsplan för psykisk hälsa i Västra Götaland, Socialstyrelsen (2020)")
        Stycke("Det pågår ett arbete med en ny nationell strategi för psykisk hälsa och suicidprevention. Socialstyrelsen och Folkhälsomyndigheten arbetar för nuvarande med underlag för den nya strategin. Uppdraget ska redovisas september 2023. Den nya strategin kommer med stor sannolikhet påverka arbetet i Västra Götaland.")
    }
    Avsnitt("Handlingsplanen innehåller totalt 15 mål") {
        Mållista(.vuxna) { .v1_1; .v2_1; .v3_1; .v3_2; .v4_1; .v4_2; .v5_1 }
        Mållista(.barnOchUnga) { .b1_1; .b1_2; .b2_1; .b2_2; b3_1IRapporten; b3_2IRapporten; b4_1IRapporten; .b5_1 }
    }
}

let fördjupadAnalysKapitel2: Rapportkapitel = Rapportkapitel(2, "Bakgrund och metod",
    ingress: "I detta avsnitt presenteras syfte, mål och frågeställningar för arbetet samt vilken metod som använts. Vidare ges en kort introduktion till rapportens olika kapitel.") {
    Avsnitt("Denna rapport presenterar en av två fördjupade analyser som utförts 2021 inom ramen för arbetet med handlingsplan psykisk hälsa") {
        Stycke("Utöver den årliga indikatoruppföljningen har det under 2021 genomförts två fördjupade analyser inom handlingsplanens ramar:")
        Punktlista {
            Punkt { Fet("Fördjupad analys av användning av medel, genomförda aktiviteter och uppnådda resultat inom ramen för det länsgemensamma arbetet med Handlingsplan för psykisk hälsa") }
            Punkt { Fet("Fördjupad analys av Covid-19 pandemins konsekvenser på invånarnas psykiska hälsa i Västra Götaland på kort och lång sikt") }
        }
        Stycke("Denna rapport presenterar den första fördjupade analysen med fokus på det länsgemensamma arbetet med Handlingsplan för psykisk hälsa.")
    }
    Avsnitt("Detta arbete syftar till att identifiera lärdomar från de senaste årens länsgemensamma arbete") {
        Avsnitt("Arbetets bakgrund") {
            Stycke("Handlingsplanen för psykisk hälsa har nu funnits i tre år och det genomförs ett omfattande länsgemensamt arbete inom ramen för denna. Den årliga indikatoruppföljningen har möjliggjort analyser av vilket utfall som arbetet kan ha resulterat i. Däremot ger uppföljningen en begränsad möjlighet att tolka och förstå resultaten – något som är särskilt viktigt när arbetet pågått över en längre tidsperiod. Mot denna bakgrund har en fördjupad analys av det länsgemensamma arbetet genomförts.")
        }
        Avsnitt("Arbetets syfte") {
            Stycke("Identifiera lärdomar från de senaste årens länsgemensamma arbete med Handlingsplan psykisk hälsa med fokus på användning av medel, genomförda aktiviteter och uppnådda resultat.")
        }
        Avsnitt("Arbetets mål") {
            Stycke("Att bidra med insikter som kan användas för att vidareutveckla det länsgemensamma arbetet med Handlingsplan psykisk hälsa framåt.")
        }
        Avsnitt("I arbetet besvaras tre frågeställningar") {
            NumreradLista {
                Punkt("Hur har det länsgemensamma arbetet för psykisk hälsa utformats och genomförts med avseende på:") {
                    "a) Fördelning, prioritering och användning av medel?"
                    "b) Genomförda aktiviteter?"
                    "c) Uppnådda resultat samt eventuella kopplingar mellan prestationer, effekter och slutmål?"
                    "d) Genomförd uppföljning?"
                }
                Punkt("I vilken utsträckning har styrningen och ledningen varit ändamålsenlig på:") {
                    "a. Regional nivå?"
                    "b. Delregional nivå?"
                    "c. Kommunal nivå?"
                }
                "Hur kan det länsgemensamma arbetet stärkas framöver?"
            }
        }
    }
    Avsnitt("Arbetet har tagit sin utgångspunkt i verksamhetslogik (förändringsteori) och flertalet metoder har använts för datainsamling") {
        Avsnitt("Verksamhetslogik har använts som ramverk för arbetet") {
            Stycke("För att besvara frågeställningarna har metodiken verksamhetslogik använts. Metoden möjliggör en systematisk presentation över resurser, genomförande och möjliga resultat. Verksamhetslogik gör det möjligt att beskriva hur saker och ting förväntas hänga ihop och skapar därmed förutsättningar för att ta lärdomar från det arbete som genomförts.")
            // The seed's frame of the method: the band and the columns, every cell "…".
            Verksamhetslogik(styrningOchLedning: "", resurser: "…", aktiviteter: "…", prestationer: "…", effekter: "…", slutmål: "…")
        }
        Avsnitt("En kombination av metoder har använts för insamling av data") {
            Stycke("Insamlingen av data har utförts genom ett flertal metoder, som dokumentanalys, intervjuer och kvantitativ analys. Nedan beskrivs samtliga datainsamlingsmetoder mer i detalj.")
            Punktlista {
                "Analys av dokument såsom beslut om fördelning av medel och tidigare uppföljningsenkäter."
                "Djupintervjuer med vårdsamverkansområden, representanter från VästKom och Västra Götalandsregionen, kommunalförbund samt NSPH i Västra Götaland. Totalt har 18 personer intervjuats."
                "Länsgemensamma enkäter till vårdsamverkansområden, kommunalförbund och kommuner."
                "Kvantitativ analys av data från regionen och kommunerna har genomförts i samband med de analyser som använts från indikatoruppföljningen."
                "Workshop med företrädare vårdsamverkansförbund utifrån preliminära resultat."
            }
        }
    }
    Avsnitt("Resultatet av arbetet presenteras i fyra huvudsakliga kapitel") {
        Stycke("Rapporten är strukturerad i fyra kapitel som alla bygger på delar ur verksamhetlogiken. Däremot presenteras aktiviteter, effekter och resultat i ett och samma kapitel. Detta är för att tydliggöra de kopplingar som finns mellan aktiviteter och dess möjliga utfall.")
        Punktlista {
            Punkt { Fet("Fördelning av medel:"); " beskriver och utvärderar processen över hur stimulansmedel fördelats i arbetet med handlingsplanen." }
            Punkt { Fet("Organisation, ledning och styrning:"); " beskriver och utvärderar organisation, ledning och styrning utifrån tre faser av arbetet med handlingsplanen: framtagande, genomförande och uppföljning av handlingsplanen." }
            Punkt { Fet("Aktiviteter inom handlingsplanens mål 2018-2021:"); " kapitlet är indelat i tre delar. Den första delen beskriver vilka aktiviteter som genomförts på en länsövergripande nivå, vad aktiviteterna tros ha resulterat i samt vilka faktorer som legat bakom valet av aktiviteter. Del två och tre beskriver i detalj aktiviteter och möjliga resultat inom respektive mål i handlingsplanen. För att göra kapitlet lättöversiktligt är målen för målgrupperna vuxna respektive barn och unga indelade i olika avsnitt." }
            Punkt { Fet("Så kan arbetet stärkas framöver:"); " Utifrån de lärdomar som kan dras från föregående kapitel så ges här möjliga vägar framåt för att stärka arbetet." }
        }
    }
}

let fördjupadAnalysKapitel3: Rapportkapitel = Rapportkapitel(3, "Fördelning av medel",
    ingress: "Sedan 2019 har arbetet med handlingsplanen delvis finansierats med statliga stimulansmedel från överenskommelsen kring psykisk hälsa mellan SKR och staten. I detta avsnitt beskrivs hur medel har fördelats samt regionens och delregionernas upplevelse av hur det fungerat.") {
    Avsnitt("Mellan 2018 och 2021 fördelades cirka 6,5 miljarder i statliga stimulansmedel för psykisk hälsa varav 1 miljard gick till Västra Götaland") {
        Avsnitt("Om överenskommelsen psykisk hälsa") {
            Punktlista {
                "2016 träffade staten och Sveriges Kommuner och Regioner (SKR) överenskommelsen ”Stöd till riktade insatser inom området psykisk hälsa 2016”. Sedan dess har ytterligare överenskommelser slutits kontinuerligt."
                "I samband med överenskommelserna har stimulansmedel årligen delats ut. Mellan 2018 och 2021 fördelades nästan 6,5 miljarder kronor till regioner och kommuner."
                "Fördelningen av medel baseras på befolkningsmängd vilket gör att Västra Götalandsregionen fått drygt en miljard kronor mellan 2018 och 2021."
            }
        }
        Nyckeltal(.msek(6450), "fördelades i statliga stimulansmedel för psykisk hälsa mellan 2018-2021")
        Nyckeltal(.msek(1032), "av de statliga stimulansmedlen fördelades till Västra Götaland")
    }
    Avsnitt("22 procent (229 miljoner) av stimulansmedlen har gått till länsgemensamt arbete") {
        Stycke("Initialt fördelades de statliga medlen endast till kommuner och regioner, men år 2018 började särskilda medel för länsgemensamt arbete delas ut. Mellan 2018 och 2021 har ungefär en femtedel av medlen gått till länsgemensamt arbetet, alltså arbete som genomförs av region och kommuner tillsammans. För Västra Götaland innebär det 229 miljoner kronor.")
        Nyckeltal("Medel som gått till Västra Götaland", .cirka(.msek(1034)), "(2018-2021)")
        Not("Notera att endast är en illustration och inte är skalenlig.")
        Källa("SKR (2021)")
    }
    Avsnitt("Länsgemensamma medel har under åren fördelats enligt olika insatsområden") {
        Punktlista {
            "De länsgemensamma medlen fördelas gemensamt till Västra Götalandsregionen och dess kommuner. Medlen avses att nyttjas för arbete där regionen och kommunerna behöver arbeta tillsammans."
            "Medlen fördelas enligt olika insatsområden vilka har varierat från år till år. Initialt var andelen medel som gick till länsgemensamt arbete liten, men den har ökat under årens gång."
            "År 2020 infördes en särskild satsning på suicidprevention och 33 miljoner tilldelades till länsgemensamt arbete. I Västra Götaland fördelades dock medlen lika mellan Regionen, kommunalförbunden och vårdsamverkan."
            "Medlen avses att nyttjas under ett år."
        }
        Datatabell("Uppdelning av länsgemensamma medel enligt överenskommelsen mellan staten och SKR (2018-2021)",
                   förstaKolumn: "År",
                   kolumner: [Kolumn("Ungdomsmottagningar"), Kolumn("Insatser för stärkt brukarmedverkan*"),
                              Kolumn("Insatser för personer med samsjuklighet"), Kolumn("Suicidprevention")]) {
            Rad("2018", .cirka(.msek(22)), .cirka(.msek(2)), nil, nil)
            Rad("2019", .cirka(.msek(22)), nil, .cirka(.msek(21)), nil)
            Rad("2020", .cirka(.msek(25)), .cirka(.msek(2)), .cirka(.msek(21)), .cirka(.msek(33)))
            Rad("2021", .cirka(.msek(25)), .cirka(.msek(2)), .cirka(.msek(21)), .cirka(.msek(33)))
        }
        Fotnot("*", "Medel för brukarmedverkan fördelades enligt överenskommelsen till regionerna. I överenskommelsen framkom dock att parterna själva fick besluta vem som skulle ansvara för medlen, vilket blev VästKom.")
        Not("Medel för ungdomsmottagningar inkluderas inte i kommande analys eftersom de inte är direkt kopplade till handlingsplan psykisk hälsa; Insatser för personer med samsjuklighet benämndes år 2019 som Stärka samverkan för personer med behov av insatser från flera huvudmän.")
        Källa("SKR (2021)")
    }
    Avsnitt("Regionen och VästKom tar emot de länsgemensamma medlen och ansvarar för att fördela dessa vidare") {
        Avsnitt("Regionen/VästKom mottar medel för länsgemensamt arbete..", nummer: "1") {
            Stycke("Regionen och VästKom beslutar själva om vem som mottar de länsgemensamma medlen. Initialt tog Västra Götalandsregionen emot medlen men sedan 2019 ligger ansvaret hos VästKom. När Regionen/VästKom mottar de länsgemensamma medlen är de fördelade enligt de insatsområden som specificeras i överenskommelsen mellan staten och SKR.")
        }
        Avsnitt("..och kategoriserar medlen i breda delområden..", nummer: "2") {
            Stycke("Innan medlen fördelas vidare kategoriseras de ytterligare. För varje insatsområde tas ett eller fler delområden fram som används som ramar för det länsgemensamma arbetet. Delområdena är breda för att möjliggöra lokal anpassning. Medlen har ofta kategoriserats i områden som enligt tidigare länsgemensamma beslut pekats ut som prioriterade.")
            Citat("Vi kategoriserade inte bara medlen hur som helst utan utgick från redan pågående arbete och tidigare beslut som fanns.")
        }
        Avsnitt("..som fördelas till olika aktörer..", nummer: "3") {
            Stycke("Regionen/VästKom behåller en liten del av medlen själva men majoriteten delas ut till andra aktörer. Medel har hittills fördelats till de delregionala vårdsamverkansområdena, regionen, kommunalförbunden, NSPH i Västra Götaland och brukarrådet. De medel som Regionen/VästKom behåller går till länsgemensamma personella resurser, som processledare.")
        }
    }
    Avsnitt("Innan medlen fördelats vidare har de kategoriserats i breda delområden") {
        Figur("Innan medlen fördelats vidare har de kategoriserats i breda delområden")
        Fotnot("*", "Medel för brukarmedverkan fördelades enligt överenskommelsen till regionerna. I överenskommelsen framkom dock att parterna själva fick besluta vem som skulle ansvara för medlen, vilket blev VästKom")
        Fotnot("**", "Underlag saknas för ytterligare specificering")
        Not("Notera att bilden inte är skalbar; Medel för ungdomsmottagningar inkluderas inte i denna analys; Fördelningen av medel är en uppskattning; Fördelningen av medel baseras på budgetar och ger inte en fullständig återspeglning av det faktiska utfallet; Fördelning år 2020 antas vara samma som år 2021.")
        Källa(FördjupadAnalysText.budgetOchIntervjuer)
    }
    Avsnitt("Vårdsamverkansområdena har mottagit majoriteten av medlen och har kunnat använda dessa relativt fritt") {
        Avsnitt("Fördelning av medel till vårdsamverkansområdena") {
            Punktlista {
                "Mellan 2018 och 2021 har vårdsamverkansområdena tilldelats omkring 41 miljoner kronor för länsgemensamt arbete. Medlen har delats ut till de enskilda vårdsamverkansområdena baserat på befolkningens mängd."
                "Vårdsamverkansområdena förväntas nyttja medlen inom de delområden som Regionen/VästKom skapat. Förutom denna kategorisering finns det ingen mer detaljerad styrning kring hur vårdsamverkansområdena bör använda medlen."
                "Vårdsamverkansområdena redovisar årligen hur de valt att använda medlen genom en enkät som skickas ut av VästKom."
            }
        }
        Citat("Vi boxade ganska brett och gav ”hur:et” till vårdsamverkansområdena. Vi har kört på frihet under ansvar och det är kloka människor som tar kloka beslut. Det ligger i linje med överenskommelsen.")
        Datatabell("Uppskattning över stimulansmedel för vårdsamverkansområdena",
                   kolumner: [Kolumn("Göteborgsområdet", område: .göteborgsregionen), Kolumn("SIMBA", område: .simba),
                              Kolumn("Södra Älvsborg", område: .södraÄlvsborg), Kolumn("SAMLA", område: .samla),
                              Kolumn("Fyrbodal", område: .fyrbodal), Kolumn("Skaraborg", område: .skaraborg), Kolumn("Totalt")]) {
            Rad("Andel av befolkningens mängd",
                .cirka(.procent(42.5, decimaler: 1)), .cirka(.procent(6.9, decimaler: 1)), .cirka(.procent(13.2, decimaler: 1)),
                .cirka(.procent(4.9, decimaler: 1)), .cirka(.procent(16.8, decimaler: 1)), .cirka(.procent(15.7, decimaler: 1)),
                .procent(100))
            Rad("Stimulansmedel (2018-2021)",
                .cirka(.msek(17.2, decimaler: 1)), .cirka(.msek(2.8, decimaler: 1)), .cirka(.msek(5.3, decimaler: 1)),
                .cirka(.msek(2.0, decimaler: 1)), .cirka(.msek(6.8, decimaler: 1)), .cirka(.msek(6.4, decimaler: 1)),
                .cirka(.msek(40.5, decimaler: 1)))
        }
        Not("Fördelningen av medel är en uppskattning som baseras på befolkningens mängd år 2020; Medel för ungdomsmottagningar har inte inkluderats i denna analys; Medel baseras på budgetar och ger inte en fullständig återspeglning av det faktiska utfallet; Fördelningen av medel för år 2020 antas vara samma som för år 2021.")
        Källa(FördjupadAnalysText.budgetOchIntervjuer)
    }
    Avsnitt("Vårdsamverkans beskriver att de haft mycket medel att tillgå – ibland mer än de har kunnat förbruka") {
        Stycke("Vårdsamverkansområdena beskriver att hanteringen och nyttjandet av medel varit en lärandeprocess. I början fanns en ovana att hantera denna typ av stimulansmedel och vårdsamverkansområdena upplevde en osäkerhet över hur pengarna skulle användas. Samtidigt beskrivs att medlen har stimulerat arbete och ofta varit avgörande för de aktiviteter som genomförts inom ramen för arbetet. I intervjuer framkommer ett antal teman kring vårdsamverkansområdenas upplevelse av fördelning och användning av medel:")
        Avsnitt("Mängden medel har varit omfattande och svåra att förbruka under ett år") {
            Stycke("Samtliga vårdsamverkansområden uppger i intervjuer att mängden pengar som fördelats inom ramen för det länsgemensamma arbetet har varit omfattande. Vårdsamverkansområdena beskriver också att det varit svårt att hinna förbruka medlen under ett år. Framför allt beror det på att beslutsprocesser kring hur medlen ska nyttjas tagit lång tid och att man har velat använda dem på ett värdeskapande sätt. Som en konsekvens har det varit vanligt att spara delar av medlen till nästkommande år.")
            Citat("Vi har fått mycket pengar, jättemycket. Trots att vi får en liten andel har vi ändå fått stora summor.")
        }
        Avsnitt("Uppdelningen av medel för olika delområden har inte alltid varit ändamålsenlig") {
            Stycke("Den uppdelning som gjorts av de länsgemensamma medlen i olika delområden beskrivs av vissa intervjuade ha varit snedfördelad. Vissa insatsområden fått oproportionerligt mycket medel i relation till andra. Exempelvis framkommer att insatsområdet samsjuklighet fördelats en stor andel av medlen trots att insatserna för att stärka arbetet med samsjuklighet inte nödvändigtvis bär stora kostnader. Insatsområdet barn och unga lyfts som ett område som fördelats för lite medel.")
            Citat("Medlen har varit lite skevt fördelade, det har varit för lite för barn och unga. Det har också varit fullständig oproportionerligt för suicid. Det hade varit bättre att kunna använda dem bredare.")
        }
        Avsnitt("Flexibiliteten i nyttjandet av medel har varit värdefull") {
            Stycke("Samtliga vårdsamverkansområdena framhåller att det funnits en hög flexibilitet i nyttjandet av medel. Medel har kunnat sparas över åren och delområdenas bredd har möjliggjort att medel kunnat nyttjas över gränserna. Flexibiliteten beskrivs ha varit mycket värdefull för vårdsamverkansområdena. I synnerhet eftersom uppdelningen mellan delområdena i vissa fall upplevts varit snedfördelad.")
            Citat("Vi har varit flexibla med pengarna, vissa har sparats och det har varit möjligt att använda pengarna över gränserna.")
        }
        Avsnitt("Ettåriga medel har försvårat långsiktig planering") {
            Stycke("Vårdsamverkansområdena beskriver att tillfälliga medel har kunnat stimulera arbete. Samtidigt har det funnits en osäkerhet kring långsiktigheten i stimulansmedlen vilket försvårat planering och användning av medel. Intervjuade beskriver att man, framförallt i början, inte vetat om medel kommer att komma även nästa år vilket gjort dem försiktiga i att starta upp aktiviteter som kräver mer långsiktig finansiering. Vidare lyfts att beslut om medel och utbetalning av desamma ofta kommit sent på året vilket ytterligare försvårat planeringen.")
            Citat("Vi hade behövt veta tidigare hur mycket medel vi ska få, kanske ett till två år innan. Då hade det varit lättare att planera.")
        }
    }
}

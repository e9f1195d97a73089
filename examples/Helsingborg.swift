import PlanModel

/// Helsingborg: Helsingborgs stads handlingsplan – Överenskommelse psykisk hälsa och
/// Suicidprevention 2020-2022 för barn och unga, fastställd 2019-12-20, reviderad
/// 2020-12-17 (seed 002). Skåne's regional frame: themes under each fokusområde, each
/// with short-term goals and activities, long-term goals, and indicators for both.
public let helsingborg: Handlingsplan = Handlingsplan(
    id: "helsingborg",
    organisationer: ["Helsingborgs stad"],
    titel: "Helsingborgs stads handlingsplan – Överenskommelse psykisk hälsa och Suicidprevention 2020-2022 för barn och unga",
    period: .årsintervall(2020, 2022),
    fastställd: Fastställande(Datum(2019, 12, 20)),
    revideringar: [Datum(2020, 12, 17)],
    förvaltningar: ["AMF", "SFF", "SOF", "VOF"],
    kommunkod: "1283",
    underskrifter: [
        Underskrift("Maria Norrby", titel: "arbetsmarknadsdirektör", förvaltning: "arbetsmarknadsförvaltningen"),
        Underskrift("Tony Mufic", titel: "utbildningsdirektör", förvaltning: "skol- och fritidsförvaltningen"),
        Underskrift("Emilie Erixon", titel: "socialdirektör", förvaltning: "socialförvaltningen"),
        Underskrift("Annika Andersson", titel: "omsorgsdirektör", förvaltning: "vård- och omsorgsförvaltningen"),
    ],
    tabellayout: .teman,
    fokusrubrik: .medOrd,
    kortTitel: "Handlingsplan psykisk hälsa och suicidprevention 2020–2022, barn och unga",
    region: .skåne
) {
    Stycke("Syftet med denna överenskommelse är att skapa förutsättningar för ett långsiktigt arbete med psykisk hälsa och ett gemensamt ansvarstagande från berörda aktörer på arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, socialförvaltningen och vård- och omsorgsförvaltningen. Målet är att invånarna ska erbjudas behovsanpassade och effektiva insatser av god kvalitet. Parterna är överens om behovet av en långsiktig plan, med gemensamma strukturer för fortsatt utvecklingsarbete och utifrån bästa tillgängliga kunskap.")
    Stycke("Följande fem fokusområden gäller: förebyggande och främjande insatser; tillgängliga och tidiga insatser; enskildas delaktighet och rättigheter; utsatta grupper samt ledning, styrning och organisation. Helsingborgs stads handlingsplan för barn och unga har sin grund i Skånes läns gemensamma handlingsplan för barn och unga (0-24 år): Överenskommelse psykisk hälsa 2018.")
    Fokus(.förebyggandeOchFrämjande) {
        tema1_1
        tema1_2
        tema1_3
        tema1_4
        tema1_5
        tema1_6
    }
    Fokus(.tillgängligaTidigaInsatser, rubrik: "Tillgängliga och tidiga insatser") {
        tema2_1
        tema2_2
    }
    Fokus(.enskildasDelaktighet) {
        tema3_1
        tema3_2
        tema3_3
    }
    Fokus(.utsattaGrupper) {
        tema4_1
        tema4_2
        tema4_3
        tema4_4
        tema4_5
        tema4_6
        tema4_7
        tema4_8
        tema4_9
    }
    Fokus(.ledningStyrningOrganisation, rubrik: "Ledning, styrning, organisation") {
        tema5_1
        tema5_2
    }
}

// Every goal is a constant of its own, listed in its fokusområde above: the compiler
// type-checks each constant by itself, so a plan's build time grows with its size, not
// with its square (bench/generate_plan.py).
private let tema1_1 = Tema("Attityder till psykisk ohälsa") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad fortsätter arbetet med aktiviteter och föreläsningar under Skåneveckan för psykisk hälsa, med inriktning barn och unga samt vuxna och sprider information om Skåneveckan.", typ: .kunskapshöjande)
        Aktivitet(Löptext {
            "Helsingborgs stad fortsätter arbetet med aktiviteter och föreläsningar som berör området psykisk hälsa under året. Helsingborgs stad har, genom nätverk bestående av politiker, förvaltningschefer, verksamhetschefer och medarbetare, tagit fram dokument som visar på en riktning för det hälsofrämjande arbetet med ungdomars psykiska hälsa. "
            Länk("https://oppnasoc.helsingborg.se/p-a-r-ts-studie-om-ungdomars-psykiska-halsa-i-helsingborg-och-landskrona/", till: "https://oppnasoc.helsingborg.se/p-a-r-ts-studie-om-ungdomars-psykiska-halsa-i-helsingborg-och-landskrona/")
        }, typ: .kunskapshöjande)
        Indikatorer {
            Indikator("Antal arrangemang och samverkanspartners under Skåneveckan och resten av året.", .process)
        }
    }
    LångsiktigaMål {
        "Kunskapen om psykisk ohälsa för barn och unga samt vuxna ska öka i Helsingborgs stad för såväl invånare som medarbetare."
        "Helsingborgs stad ska delta aktivt med att anordna föreläsningar och aktiviteter under Skåneveckan samt resten av året, gärna tillsammans med lokala frivilligorganisationer och personer med egen erfarenhet samt Regionen."
        Indikatorer {
            Indikator("Antal arrangemang och samverkanspartners under Skåneveckan och resten av året.", .process)
        }
    }
}

private let tema1_2 = Tema("Godkänd grundskola") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Elevhälsoteamen är en resurs för hälsofrämjande skolutveckling och ska tillsammans med skolpersonal bidra till att skapa miljöer som främjar elevernas lärande, utveckling och hälsa.")
        Aktivitet("Hälsofrämjande skolutveckling ska enligt Skolverket göra så att alla elever ska nå kunskapsmålen och omfattar allt det arbete i skolan som innebär att eleverna kan nå målen.")
        Aktivitet("I elevhälsoteamet finns det tillgång till personal med kompetens för medicinska, psykologiska och psykosociala insatser: skolsköterska, psykolog, kurator och skolläkare. De olika rollerna i elevhälsoteamet ska utifrån sina respektive kompetenser bidra till en bredare helhetslösning.", typ: .personellaResurser)
        Aktivitet("Skol- och fritidsförvaltningen arbetar för ett förbättrat samarbete mellan elevhälsan och barn- och ungdomspsykiatri (BUP) och socialförvaltningen. Vi har regelbundna nätverksmöten mellan de olika verksamheterna.", typ: .samverkansstrukturer)
        Aktivitet("Tillsammans med vård- och omsorgsförvaltningen har skol- och fritidsförvaltning och socialförvaltningen en samverkansgrupp, Omlottgruppen. Syftet med gruppen är att skapa förståelse för organisationernas arbetsätt och utveckla gemensamma rutiner där det behövs; lösa konkret samverkan i enskilda ärenden som inte kan ske närmare barnet, samt genom beslut och ställningstaganden i enskilda ärenden förmedla en gemensam policy som vägledning.", typ: .samverkansstrukturer) {
            Stycke("De barn som avses här har behov av stöd från flera samhällsinsatser. För att stödformerna ska kunna fungera med kvalitet för barnet och dess föräldrar, samtidigt som samhället hushållar med sina resurser, krävs att vi organiserar samverkan effektivt.")
        }
        Indikatorer {
            Indikator("Skolnärvaro", .resultat)
            Indikator("Skolresultat", .resultat)
            Indikator("Elevskattning av studiero", .resultat)
            Indikator("Hälsoenkäter.", .resultat)
        }
    }
    LångsiktigaMål {
        "Andelen elever med hög frånvaro ska halveras."
        "Andelen elever som uppnår behörighet till gymnasieskolan ska öka."
        "Andelen elever som klarar gymnasieskolan på tre år ska öka."
        Indikatorer {
            Indikator("Skolnärvaro.", .resultat)
            Indikator("Gymnasiebehörighet.", .resultat)
        }
    }
}

private let tema1_3 = Tema("Familjecentraler") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad fortsätter sitt läns-gemensamma arbete med Region Skånes strategi för familjecentraler i Skåne. Helsingborgs stad har 6 familjecentraler.")
        Indikatorer {
            Indikator("Antal familjecentraler i Helsingborgs stad", .process)
            Indikator("Antal familjer i individuell kontakt", .process)
            Indikator("Antal familjer i grupp", .process)
            Indikator("Antal barn familjecentralerna möter", .process)
            Indikator("Antal familjer som slussats vidare och till vem", .process)
            Indikator("Orsak till att familjen tagit kontakt", .process)
            Indikator("Uppföljning av gruppverksamheter", .process)
            Indikator("Antal \"Våra barn\"-möten.", .process)
        }
    }
    LångsiktigaMål {
        "Fortsatt 6 familjecentraler i Helsingborgs stad, med möjlighet att utöka ytterligare."
        "Uppföljning av verksamhetsplan om familjecentralerna i enlighet med det regionala nätverket."
        "Familjecentraler är tillgängliga för familjer i Helsingborgs stad."
        "Föräldrar i Helsingborg stad tar del av det föräldrastöd som vi erbjuder."
        Indikatorer {
            Indikator("Antal familjecentraler i Helsingborgs stad", .process)
            Indikator("Mäta behov av utökning av familjecentraler", .process)
            Indikator("Besöksstatistik", .process)
            Indikator("Deltagarstatistik.", .process)
        }
    }
}

private let tema1_4 = Tema("Suicidprevention") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad ska se över arbetet med den regionala suicidpreventiva handlingsplanen och därefter eventuellt ta fram en grund för uppföljning av denna i staden.", typ: .planerOchRiktlinjer)
        Aktivitet("Vård- och omsorgsförvaltningen erbjuder medarbetare inom staden tillgång till e-Learning och en digital föreläsning om psykisk ohälsa, suicid och psykisk livräddning. Utbildningen kommer att innehålla information och övningar. Medarbetare kan ta del av materialet enskilt eller i grupp på arbetsplatsen. Förhoppningen är att utbildningen bidrar till att medarbetare får redskap och kunskap för att möta psykisk ohälsa hos brukare och kollegor.", typ: .kunskapshöjande)
        Aktivitet(Löptext {
            "Arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, socialförvaltningen, och vård- och omsorgsförvaltningen ska öka kunskapen hos anställda om suicidologi och förståelsen för de människor som lider av suicidtankar och suicidplaner. Inom skol- och fritidsförvaltningen ska elevhälsans medarbetare samt socialförvaltningens alla medarbetare ha genomgått de två första modulerna i webbutbildningen SPISS: "
            Länk("https://vardgivare.skane.se/kompetens-utveckling/utbildningar/webb/spiss---suicidprevention-i-svensk-sjukvard/", till: "https://vardgivare.skane.se/kompetens-utveckling/utbildningar/webb/spiss---suicidprevention-i-svensk-sjukvard/")
            " På vård- och omsorgsförvaltningen ska utvalda enheter och nyckelpersoner ha genomgått de två första modulerna i webbutbildningen. På arbetsmarknadsförvaltningen erbjuds medarbetare de två första modulerna i webbutbildningen. Vi ska föra dialog om suicidprevention en gång per år på arbetsplatsträffar."
        }, typ: .kunskapshöjande)
        Aktivitet("Socialförvaltningen utbildar samtliga medarbetare i MHFA (första hjälpen till psykisk hälsa). På vård- och omsorgsförvaltningen utbildas samtliga medarbetare i LSS-verksamheten, samt utvalda nyckelpersoner inom äldreomsorgen. På arbetsmarknadsförvaltningen ska utvalda medarbetare gå grundutbildningen och därefter följa behovet för att utbilda egna instruktörer. I utbildningen får medarbetare lära sig att stödja och uppmuntra en drabbad person tills ett tillfälligt kristillstånd är över eller tills personen fått lämplig professionell hjälp. Kursen lär ut en handlingsplan för detta. Den lär också ut var det lokalt går att söka professionell hjälp. I kursen ingår fallövningar, gruppövningar och åskådliggörande filmer.", typ: .kunskapshöjande)
        Aktivitet("Skol- och fritidsförvaltningen kommer att införa YAM (Youth Awareness of Mental health - en hälsofrämjande och förebyggande insats med syftet att förbättra den psykiska hälsan och minska självmord) på pilotskolor i Helsingborgs stad under 2021.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Arbetsmarknadsförvaltningen planerar delta i forskningsprojekt \"Våga fråga\" med Suicid Zero i ett par enheter under 2021.")
        Indikatorer {
            Indikator("Antal medarbetare som fått webbutbildningen Suicidprevention i svensk sjukvård (SPISS).", .process)
        }
    }
    LångsiktigaMål {
        "Minska antalet självmord i Skåne."
        Indikatorer {
            Indikator("Följa antalet självmord i Skåne i dödsorsaksregistret.", .resultat, källa: .register("Dödsorsaksregistret"))
        }
    }
}

private let tema1_5 = Tema("Utbildningssatsning psykisk ohälsa barn och unga") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Staden ska erbjuda utbildningsinsatser som ökar kunskap om målgruppen med psykisk ohälsa, samt utbildning och stöd för medarbetare som möter målgruppen, och som därmed bidrar till tidiga insatser från arbetsmarknadsförvaltningen, vård- och omsorgsförvaltningen, socialförvaltningen och skol- och fritidsförvaltningen. Staden ska utbilda insatspersonal, HSL-personal (hälso- och sjukvårdslegitimerad personal), handläggare och enhetschefer. Fokus ligger på föreläsningar och gruppdiskussioner, med fördel i samverkan mellan förvaltningar och Region Skåne.", typ: .kunskapshöjande)
        Aktivitet("Helsingborgs stads socialförvaltning och vård- och omsorgsförvaltning samverkar med regionen och polisen om utbildningssatser och erfarenhetsutbyte om psykisk ohälsa.", typ: .samverkansstrukturer)
        Aktivitet("Arbetsmarknadsförvaltningen ska erbjuda utbildning i missbruksproblematik och psykisk ohälsa.", typ: .kunskapshöjande)
        Aktivitet("Vård- och omsorgsförvaltningen ska erbjuda utbildningar i MHFA (första hjälpen till psykisk hälsa), Psyk E Bas.", typ: .kunskapshöjande)
        Aktivitet("Socialförvaltningen ska erbjuda utbildningar i diagnoser, utåtagerande beteende, lågaffektivt bemötande, SIP, MHFA, Psyk – Bas, ESL (Ett självständigt liv är en metod som ursprungligen är anpassad för personer med psykosjukdomar, framförallt schizofreni) och kunskaper om barns och familjers upplevelse av trauma.", typ: .kunskapshöjande)
        Aktivitet("Skol- och fritidsförvaltningen ska erbjuda utbildning av kuratorer, ANDTS (alkohol, narkotika, dopning, tobak och spel), HBTQ (ett samlingsnamn för homosexuella, bisexuella, transpersoner och queera uttryck och andra identiteter) och YAM (Youth Awareness of Mental health - en hälsofrämjande och förebyggande insats med syftet att förbättra den psykiska hälsan och minska självmord hos skolelever).", typ: .kunskapshöjande)
        Indikatorer {
            Indikator("Antal medarbetare som genomgått utbildningarna.", .process)
            Indikator("Utvärdering av utbildningarna.", .process)
        }
    }
    LångsiktigaMål {
        "Genom att öka personalens kunskaper kan vi använda fler metoder som vi vet enligt forskning att de ger resultat och därmed kunna ge tidiga insatser till de som behöver det."
        Indikatorer.saknas
    }
}

private let tema1_6 = Tema("Alkohol, narkotika, dopning, tobak och spel, ANDTS") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Fortsatt samverkan genom Skånesamverkan mot droger.", typ: .samverkansstrukturer)
        Aktivitet("Socialförvaltningen i Helsingborg har en ANDTS-samordnare. ANDTS-samordnaren träffar länsstyrelsen regelbundet samt andra samarbetsaktörer såsom regionen, polisen och andra förvaltningar inom Helsingborgs stad, framförallt skol- och fritidsförvaltningen, samt andra kommuner för att samverka mot droger. Samordnaren delar information och kunskap om detta arbete med medarbetare, chefer och politiker i Helsingborgs stad.", typ: .personellaResurser)
        Aktivitet(Löptext {
            "ANDTS-samordnaren omvärldsbevakar i frågorna. Samlat material om alkohol, narkotika, dopning, tobak och spel finns på webbplatsen: "
            Länk("verktygsladanhb.se", till: "http://verktygsladanhb.se")
            " samt på bloggen: "
            Länk("pedagogsajten.familjenhelsingborg.se/andts", till: "http://pedagogsajten.familjenhelsingborg.se/andts")
        }, typ: .kunskapshöjande)
        Indikatorer {
            Indikator("Antal samverkansmöten med länsstyrelsen i Skånesamverkan mot droger.", .process)
            Indikator("Antal personer som tar del utav information i Verktygslådan.", .process)
        }
    }
    LångsiktigaMål {
        "Minska andel i befolkningen med alkohol-, narkotika-, doping-, tobaksmisbruk i Helsingborgs stad."
        "Öka antal personer som tar del utav information i Verktygslådan."
        "Öka kunskapen hos personal."
        Indikatorer {
            Indikator("Region Skånes folkhälsoenkät. Statistik inhämtas från Folkhälsomyndigheten och Centralförbundet för alkohol- och narkotikaupplysning.", .resultat, källa: "Region Skånes folkhälsoenkät, Folkhälsomyndigheten, Centralförbundet för alkohol- och narkotikaupplysning")
            Indikator("Elevhälsan har årligen hälsosamtal med elever i olika årskurser om alkohol-, narkotika- och tobaksmisbruk som elevhälsan och ANDTS-samordnaren följer.", .resultat, källa: "Elevhälsans hälsosamtal")
        }
    }
}

private let tema2_1 = Tema("Vart vänder man sig?") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad ska fortsätta ge relevant information till invånarna i staden via 1177 och Helsingborgs stads webbplats.", typ: .kunskapshöjande)
        Aktivitet("Sommarpraktiserande ungdomar har hjälpt till att granska sidorna på helsingborg.se.")
        Indikatorer {
            Indikator("Genomgång av stadens webbplats för att kvalitetsgranska denna.", .process)
        }
    }
    LångsiktigaMål {
        "Det ska vara lätt att veta vart man ska vända sig när man behöver vård- och stödinsatser kring psykisk hälsa."
        Indikatorer.saknas
    }
}

private let tema2_2 = Tema("Föräldrastöd") {
    KortsiktigaMål(.år(2020)) {
        Aktivitet("Helsingborgs stad har genomfört den nationella strategin för ett utvecklat föräldrastöd på familjecentraler.", typ: .planerOchRiktlinjer)
        Aktivitet("Familjehuset fortsätter erbjuda och utveckla sina föräldraskapsstödkurser så som COPE, COPE tonår, familjemobilisering med flera. Föräldrakurs för barn finns även på nätet.")
        Aktivitet("Socialförvaltningen erbjuder stöd till föräldrar med placerade barn i samverkan med en ideell organisation, Puff (placerade ungas föräldraförening).")
        Aktivitet("Maria Skåne Nordväst erbjuder föräldragrupp för föräldrar med barn med missbruksproblematik.")
        Aktivitet("Nätverkslaget på socialförvaltningen erbjuder nätverksmöten och samtalsformer som bygger på kraften av samarbete mellan yrkesverksamma, släkt, vänner och övriga viktiga personer runt en familj.")
        Aktivitet(Löptext {
            "Vård- och omsorgsförvaltningen erbjuder det digitala anhörigstödet, En bra plats "
            Länk("enbraplats.se/news", till: "http://enbraplats.se/news")
        })
        Aktivitet("Anhörigstödet på vård- och omsorgsförvaltningen erbjuder föreläsningar och må bra-aktiviteter.", typ: .kunskapshöjande)
        Aktivitet(Löptext {
            "Part (Preventivt arbete tillsammans – ett samverkansprojekt mellan Helsingborgs stad, Landskrona stad och Region Skåne) har i samarbete med skol- och fritidsförvaltning tagit fram filmer till föräldrar med tonåringar om tonårsstress och tonårshjärnans utveckling, som framförallt riktar sig till föräldramöten på skolan. Dessa finns nu även att se på "
            Länk("helsingborg.se", till: "http://helsingborg.se")
            "."
        }, typ: .kunskapshöjande)
        Aktivitet("Förbättrad samverkan mellan kommuner, länsstyrelsen, ideella organisationer så som Vorta Drom, Individuell människohjälp, bildningsförbund och Region Skåne om föräldrastöd. Öka tillgänglighet genom digital utveckling.", typ: .samverkansstrukturer)
        Indikatorer {
            Indikator("Antal utbildningsinsatser", .process)
            Indikator("Antal utbildningsinsatser i familjecentralernas regi", .process)
            Indikator("Antal utbildningsinsatser i Familjehusets regi", .process)
            Indikator("Antal familjecentraler i Helsingborgs stad", .process)
            Indikator("Antal familjer i individuell kontakt", .process)
            Indikator("Antal familjer i grupp", .process)
            Indikator("Antal barn familjecentralerna möter", .process)
            Indikator("Antal familjer som slussats vidare och till vem", .process)
            Indikator("Orsak till att familjen tagit kontakt", .process)
            Indikator("Uppföljning av gruppverksamheter", .process)
            Indikator("Antal \"Våra barn\"-möten", .process)
            Indikator("Besöksstatistik", .process)
            Indikator("Deltagarstatistik.", .process)
        }
    }
    LångsiktigaMål {
        "Ökad tillgång till föräldrastöd i Helsingborgs stad."
        Indikatorer {
            Indikator("Ökat antal föräldrar som tar del av föräldrastöd i Helsingborgs stad", .resultat)
            Indikator("Antal möjliga föräldraskapsstöd.", .process)
        }
    }
}

private let tema3_1 = Tema("Delaktighet") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Socialförvaltningen har ett digitalt team vars uppdrag är att arbeta med delaktighet genom metoden tjänstedesign, men också med helhetssyn och digitalisering, utifrån nyttan för brukarna.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Socialförvaltningen arbetar med att engagera fler unga i de olika utvecklingsprojekt som pågår med brukardelaktighet, till exempel rekrytering, klarspråk och invånarreporter. Vi har skrivit ett IOP-avtal med föreningen REKO, som har hjälpt till att nå ut med kommunikation om tidiga insatser till ungdomar via sociala medier, genom att göra inlägg tillsammans med ungdomar.")
        Aktivitet("Fortsätt arbete med Feedback Informed Treatment (FIT), inklusive införande i flera verksamheter på socialförvaltningen.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Barns delaktighet i den sociala barn- och ungdomsvården ska öka genom det förvaltningsgemensamma barnrättsstrategiska arbetet med barnkonventionen som utgångspunkt. Under 2020-2022 fortsätter arbetet med DU-utredningar. Familjerätten använder en barnchecklista vid utredningar.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Barns delaktighet i socialförvaltningen ska öka genom det digitala verktyget, OmMej.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, socialförvaltningen och vård- och omsorgsförvaltningen har genomfört en utbildning om barnkonventionen till chefer 2020. Denna har därefter riktas till vissa medarbetare i förvaltningarna. Samtliga förvaltningar har barnrättsstrategier i sina verksamheter.", typ: .kunskapshöjande)
        Aktivitet("Barn, unga och familj ska göra en kompetenssatsning i handläggning och, för ökad kvalitet med evidensbaserad praktik, där barnets erfarenhet och önskemål är viktigt.", typ: .kunskapshöjande)
        Aktivitet("Skol- och fritidsförvaltningen ska fortsätta arbetet med elevdemokrati genom elevråd och elevskyddsombud.")
        Aktivitet("Vård- och omsorgsförvaltningen arbetar med delaktighetsmodellen. Delaktighetsmodellen är ett samtal i grupp där syftet är att brukarna ska kunna säga vad de tycker och öka sin förmåga att uttrycka behov och önskemål. Frågor kommer ofta från olika enkätundersökningar. Modellens upplägg handlar om att minska det maktförhållande som alltid finns mellan brukare och personal. Därför leds samtalen av externa vägledare. Vägledarna är representanter för personal samt brukare som gått utbildning för att bli vägledare i delaktighetsmodellen. Syftet är också att öka förståelsen hos personalen för brukarnas livssituation och möjlighet för brukare att påverka.", typ: .förändratVerksamhetsarbete)
        Aktivitet("En gång om året görs en nationell brukarundersökning som vård och omsorgsförvaltningen deltar i. Den genomförs med hjälp av Pict-o stat och särskilt utbildade handledare i metoden.")
        Aktivitet("På vård- och omsorgsförvaltningens boenden finns regelbundna husmöten för dialog. Vid dessa närvarar chefen för verksamheten.")
        Aktivitet("Arbetsmarknadsförvaltningen använder sig av utvecklingsgrupper, där invånarna involveras i utveckling av särskilda viktiga insatser. Invånare har till exempel varit delaktiga i digitaliseringen av det ekonomiska biståndet. Ett exempel är kundresor som utgår från tjänstedesign. Detta för att säkerställa att våra tjänster blir så användarvänliga som möjligt.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Arbetsmarknadsförvaltningen arbetar med en app som tagits fram tillsammans med invånare, Skills. Skills är ett digitalt verktyg som används i samspelet mellan invånare och arbetsmarknadsförvaltningens medarbetare. I Skills kan invånaren själv planera sin vecka med aktiviteter från vårt schema, delta i digitala aktiviteter, ta del av digitalt material i form av filmer, föreläsningar med mera. Invånaren kommunicerar också med sin guide på arbetsmarknadsförvaltningen genom Skills. Vi använder också appen i rekrytering av olika arbetsmarknadsanställningar, praktik med mera.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Arbetsmarknadsförvaltningen inför ett nytt arbetssätt med en gemensam ingång för invånare som söker ekonomiskt bistånd från och med januari 2021. Syftet är att invånaren snabbt och rättssäkert ska kunna söka ekonomiskt bistånd. Innan första beslut om ekonomiskt bistånd ska invånaren träffa en guide och påbörja planering mot självförsörjning. I samband med mötet hos guiden, ska invånaren erbjudas introduktionsveckor i syfte att snabbare komma ut i arbete, studier eller annan ersättning.", typ: .förändratVerksamhetsarbete)
        Indikatorer {
            Indikator("Antalet verksamheter som använder FIT", .process)
            Indikator("Antal som gått utbildning om barnkonventionen", .process)
            Indikator("Samtliga ärenden på Barn, unga och familj på socialförvaltningens samt vård- och omsorgsförvaltningens utredningar ska ha en upprättad utredningsplan där barnperspektivet tagits i beaktande.", .process)
            Indikator("På familjerätten granskar kollegor utredningen utifrån barnrättsperspektiv.", .process)
            Indikator("Samtliga ärenden på Barn, unga och familj på socialförvaltningen samt vård- och omsorgsförvaltningens insatser ska ha en upprättad vårdplan eller uppdrag där barnperspektivet tagits i beaktande.", .process)
            Indikator("Attitydundersökningar", .resultat)
            Indikator("Antal genomförda delaktighetslingor inom vård- och omsorgsförvaltningens LSS-verksamhet och Solteamet", .process)
            Indikator("Andel som uppger i elevenkät att de är delaktig i sin studieplanering inom skol- och fritidsförvaltningen och arbetsmarknadsförvaltningens vuxenutbildning", .resultat, källa: .enkät("elevenkät"))
            Indikator("Antal invånare som använder sig av den digitala tjänsten för ansökning av ekonomiskt bistånd hos arbetsmarknadsförvaltningen", .process)
            Indikator("Barnperspektivet ska beaktas i samtliga avslagsbeslut för ekonomiskt bistånd på arbetsmarknadsförvaltningen.", .process)
        }
    }
    LångsiktigaMål {
        "Alla barn och unga ska ha förutsättningar för delaktighet i sin planering i socialtjänstens insatser."
        "Öka användningen av delaktighetsmodellen i alla verksamheter på vård- och omsorgsförvaltningens LSS-verksamheter."
        Indikatorer {
            Indikator("Samtliga ärenden på Barn, unga och familj på socialförvaltningen och vård- och omsorgsförvaltningens utredningar ska ha en upprättad utredningsplan där det framgår på vilket sätt barnperspektivet tagits i beaktande.", .process)
            Indikator("Samtliga ärenden på Barn, unga och familj på socialförvaltningen och vård- och omsorgsförvaltningens insatser ska ha en upprättad vårdplan eller uppdrag där det framgår på vilket sätt barnperspektivet tagits i beaktande.", .process)
            Indikator("Upplevd ökad delaktighet hos målgruppen mäts via nationell enkät i vård- och omsorgsförvaltningen.", .resultat, källa: .enkät("nationell enkät"))
            Indikator("Samtliga avslagsbeslut för hushåll med barn om ekonomiskt bistånd på arbetsmarknadsförvaltningen ska innehålla dokumentation om hur handläggaren har bedömt barnperspektivet.", .process)
        }
    }
}

private let tema3_2 = Tema("Samordnad individuell plan (SIP)") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Gemensam utbildningsatsning om SIP", typ: .kunskapshöjande)
        Aktivitet("Helsingborgs stad ska erbjuda alla barn och unga som har behov av och önskar en samordnad individuell plan (SIP).")
        Aktivitet("Helsingborgs stad ska enligt vår regionala handlingsplan verka för att Mina planer används även när det gäller barn och unga framöver. Till dess att vi infört arbetssättet kommer Helsingborgs stad att delta i utvärdering och kartläggning för att framöver kunna arbeta i Mina planer.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Personal i Helsingborgs stad ska ha tillgång till information och webbutbildningar om SIP på Helsingborg stads intranät.", typ: .kunskapshöjande)
        Aktivitet(Löptext {
            "Helsingborgs stads invånare ska ha tillgång till information om SIP, "
            Länk("https://oppnasoc.helsingborg.se/organisation/rutiner/samordnad-individuell-plan-sip/", till: "https://oppnasoc.helsingborg.se/organisation/rutiner/samordnad-individuell-plan-sip/")
        }, typ: .kunskapshöjande)
        Indikatorer {
            Indikator("Antal personer som genomgått utbildning.", .process)
        }
    }
    LångsiktigaMål {
        "Alla som har behov av och önskar en SIP ska erbjudas detta."
        "Helsingborgs stad ska använda webbplattformen Mina planer för SIP för barn och unga framöver."
        "Utbilda personal samt skapa en samsyn mellan regionen och kommunen."
        Indikatorer {
            Indikator("Antal SIP i Helsingborgs stad", .process)
            Indikator("Genomförd kvalitetssäkring av SIP.", .process)
        }
    }
}

private let tema3_3 = Tema("Kommunikatör för brukardelaktighet") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Fler brukarorganisationer och unga som är delaktiga i Helsingborgs stads arbete.")
        Aktivitet("Ökad kommunikation om utvecklingsprojekt med delaktighet för ungdomar.")
        Aktivitet("Ökad tillgänglighet till stadens tjänster genom bland annat klarspråk, tillgänglighet på webb och film.")
        Aktivitet("Unga med erfarenhet av psykisk ohälsa får möjlighet att göra sina röster hörda i samhällsdebatten.")
        Indikatorer {
            Indikator("Antal brukarorganisationer och unga som är delaktiga i Helsingborgs stads arbete.", .process)
            Indikator("Antal unga och samhällsaktörer som blir aktiva i våra olika utvecklingsprojekt.", .process)
        }
    }
    LångsiktigaMål {
        "Fler brukarorganisationer och unga som är delaktiga i Helsingborgs stads arbete."
        "Helsingborgs stad ska vara representerat i sociala frågor om psykisk ohälsa i samhällsdebatten."
        Indikatorer.saknas
    }
}

private let tema4_1 = Tema("Barn i samhällsvård") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Fortsatt samarbete mellan Helsingborgs stad och Region Skåne om barn i samhällsvård.", typ: .samverkansstrukturer)
        Aktivitet("Helsingborgs stad använder BBIC (barns behov i centrum) enligt fastställd plan.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Samtliga handläggare inom barnvårdsområdet har fått utbildning i MI (motiverande intervjuer) och anknytningsutbildning.", typ: .kunskapshöjande)
        Aktivitet("Specialiserade handläggare har fått utbildning i standardiserade bedömnings- och riskbedömningsinstrument, Sara (riskbedömning av våld mot partner), Patriark (hedersrelaterat våld och förtryck) och Freda (socialtjänstens bedömningsmetod mot våld i nära relationer).", typ: .kunskapshöjande)
        Aktivitet("Specialiserade handläggare på socialförvaltningen kommer få utbildning i utredningsverktyget Eraser, för att bedöma återfallsrisken för barn som utsatt andra barn för sexuella övergrepp.", typ: .kunskapshöjande)
        Aktivitet("Socialförvaltningen arbetar tillsammans med skol- och fritidsförvaltningen genom Skolfam i att utveckla sitt stöd till placerade barns och ungdomars skolgång.", typ: .förändratVerksamhetsarbete)
        Aktivitet("Socialförvaltningen arbetar tillsammans med skol- och fritidsförvaltningen genom i att utveckla sitt stöd till placerade barns och ungdomars fritid.")
        Aktivitet("Genom Sisam-avtalet samverkar skol- och fritidsförvaltningen och socialförvaltningen om barn i samhällsvård. Skol- och fritidsförvaltningen och socialförvaltningen samarbetar inför placering och planering för skolgång under tiden i samhällsvård samt för återgång till gymnasiestudier.", typ: .samverkansstrukturer)
        Aktivitet("Socialförvaltningen deltar under 2020 i ett projekt tillsammans med barn- och ungdomspsykiatri (BUP)/Första linjen för att få information om barn och ungas upplevelser och behov. Utvärderingen av projektet och intervjuerna kommer redovisas och dialog kring utvecklingsarbete och förbättring föras på socialförvaltningen under 2021.")
        Indikatorer {
            Indikator("Antal genomförda hälsoundersökningar enligt BBIC.", .process)
            Indikator("Antal genomförda utbildningsaktiviteter.", .process)
        }
    }
    LångsiktigaMål {
        "Alla barn som placerats utanför hemmet ska i samband med placeringstillfället ha genomgått en hälsoundersökning enligt BBIC."
        "Alla barn som placerats utanför hemmet ska i enlighet med Skolfams mål uppnå behörighet till gymnasieskolan."
        "Alla unga i samhällsvård ska ha en planering för fortsatta gymnasiestudier."
        Indikatorer {
            Indikator("Antal genomförda hälsoundersökningar enligt BBIC.", .process)
            Indikator("Antal barn som uppnått behörighet till gymnasieskolan.", .resultat)
        }
    }
}

private let tema4_2 = Tema("Unga 16-20 år i kommunens aktivitetsansvar") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Kommunernas aktivitetsansvar (KAA) innebär att Helsingborgs stad har skyldighet att ta kontakt och erbjuda stöd till ungdomar mellan 16 och 20 år med avslutad skolplikt som inte studerar och saknar en gymnasieexamen eller riskerar att avbryta sina studier. Smart väg som är en del i Ung Helsingborg är den verksamhet som arbetar med KAA-uppdraget. Smart väg tar kontakt och erbjuder stöd och information för att målgruppen ska komma tillbaka till studier eller i arbete. I målgruppen finns bland annat hemmasittare. Arbetet sker utifrån en plattform i samarbete med skol- och fritidsförvaltningen, arbetsmarknadsförvaltningen, arbetsförmedlingen och Region Skåne. Målet är att minska utanförskap och verka för att fler ungdomar på sikt når examen.")
        Aktivitet("Att en högre andel ungdomar 16-20 år (kommunernas aktivitetsansvar) är i en insats, utbildning eller arbete.")
        Indikatorer {
            Indikator("Nationell statistik från skolverket", .resultat, källa: .register("Skolverket"))
        }
    }
    LångsiktigaMål {
        "Att minska antalet unga i Kommunernas aktivitetsansvar i Helsingborg"
        Indikatorer {
            Indikator("Nationell statistik från skolverket", .resultat, källa: .register("Skolverket"))
        }
    }
}

private let tema4_3 = Tema("Ensamkommande och nyanlända barn och unga") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad arbetar för att utveckla förebyggande och hälsofrämjande insatser för ensamkommande och nyanlända barn och unga.")
        Aktivitet("Helsingborg stad har en samverkansgrupp bestående av representanter från skol- och fritidsförvaltningen, arbetsmarknadsförvaltningen och socialförvaltningen. Samverkansgruppen består av en strategisk grupp (Utbildningsbox) och en operativ grupp (Bred operativ samverkan, BOSS) där även frivilligorganisationer deltar samt fastighetsförvaltningen och Helsingborgshem. Samverkansgrupperna riktar sig mot nyanlända upp till 25 år. Strategisk grupp förbereder och sammankallar för gemensamt möte med operativ arbetsgrupp två gånger per år, vår och höst. Arbetet består i att hitta och möjliggöra vägar för målgruppen nyanlända att få tillgång till utbildning, fritidssysselsättning, god integration i samhället, samt tillgång till utbildning och arbete.", typ: .samverkansstrukturer)
        Aktivitet("Integrationshandläggare på arbetsmarknadsförvaltningen erbjuder ett frivilligt och förebyggande stöd till nyanlända barn och unga, kommunanvisade barnfamiljer, kvotflyktingar och familjeåterförening till ensamkommande barn. Insatser innebär bland annat information om och anmälan av barn och unga till förskola eller skola, stöttar till rätt vårdkontakter och hjälper till att registrera barnen hos vårdcentral, tandvård och så vidare. Stödet anpassas efter familjernas behov.", typ: .personellaResurser)
        Aktivitet("Socialförvaltningen i samarbete med arbetsmarknadsförvaltningen och ideella organisationer har påbörjat ett förebyggande arbete till riskgruppen barn till föräldrar som inte kan läsa och skriva, för att öka deras förutsättningar att lyckas i skolan och må bra, genom projektet Familjen läser. Allmänna arvsfonden har beviljat medel till projektet.", typ: .förändratVerksamhetsarbete)
        Indikatorer {
            Indikator("Genomfört utvecklingsarbete i samverkansgrupperna", .process)
            Indikator("Antal barn och föräldrar som lär sig läsa innan barnet börjar skolan.", .resultat)
        }
    }
    LångsiktigaMål {
        "Förbättra integrationen hos ensamkommande och nyanlända barn och unga inom Helsingborg stad."
        Indikatorer.saknas
    }
}

private let tema4_4 = Tema("Barn som anhöriga") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Fortsatt spridning av Region Skånes handlingsprogram med tillhörande material i Helsingborg stad.", typ: .planerOchRiktlinjer)
        Aktivitet(Löptext {
            "Familjehuset fortsätter erbjuda och utveckla arbetet med stödgrupper för barn i utsatta livssituationer, "
            Länk("https://familjehusethelsingborg.se/stodgrupper-3/stodgruppsverksamheten/", till: "https://familjehusethelsingborg.se/stodgrupper-3/stodgruppsverksamheten/")
            " I detta ingår att informera övriga aktörer och att samverka i utvecklingsarbetet, till exempel med Familjepunkten, Dynamis och med parallella grupper för föräldrar i konflikt och deras barn."
        })
        Indikatorer {
            Indikator("Antal barn i stödgrupper.", .process)
        }
    }
    LångsiktigaMål {
        "Barn som anhöriga ska få tillgång till lagstadgat stöd."
        Indikatorer.saknas
    }
}

private let tema4_5 = Tema("Samsjuklighet och missbruk, barn och unga") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad är delaktig i avtal med Maria Skåne Nordväst, en integrerad mottagning med medarbetare även från barn- och ungdomspsykiatri och vuxenpsykiatri. Rutiner finns för samverkan med verksamheter i Region Skåne samt samverkansavtal med vårdaktörer. I Maria Skåne Nordvästs uppdrag ingår stöd till unga och unga vuxna med missbruk och psykisk ohälsa och till närstående till unga med missbruk.", typ: .samverkansstrukturer)
        Indikatorer {
            Indikator("Andel som anger psykisk ohälsa i Maria Skåne Nordvästs kartlägningsintervjuer vid inskrivning.", .resultat, källa: "Maria Skåne Nordvästs kartlägningsintervjuer")
        }
    }
    LångsiktigaMål {
        "Fortsatt tillgång till Maria-mottagning i Helsingborg."
        Indikatorer {
            Indikator("Antal kommuner som har avtal med Maria Skåne Nordväst.", .process)
        }
    }
}

private let tema4_6 = Tema("LSS/personkrets 1") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Vård- och omsorgsförvaltningen tar ansvar för sociala insatser och hälso- och sjukvårdsåtgärder upp till sjuksköterskenivå och samverkar med interna och externa aktörer. Vård- och omsorgsförvaltningen arbetar för en förbättra samverkan mellan Helsingborg stad, barn- och ungdomspsykiatri och barnhabiliteringen.", typ: .samverkansstrukturer)
        Aktivitet("Vård- och omsorgsförvaltningen, skol- och fritidsförvaltning och socialförvaltningen har en samverkansgrupp, Omlottgruppen. Syftet med gruppen är att skapa förståelse för organisationernas arbetssätt och utveckla gemensamma rutiner där det behövs; lösa konkret samverkan i enskilda ärenden som inte kan ske närmare barnet, samt genom beslut och ställningstaganden i enskilda ärenden förmedla en gemensam policy som vägledning. De barn som avses här har behov av stöd från flera samhällsinsatser. För att stödformerna ska kunna fungera med kvalitet för barnet och dess föräldrar, samtidigt som samhället hushållar med sina resurser, krävs att vi organiserar samverkan effektivt.", typ: .samverkansstrukturer)
        Indikatorer.saknas
    }
    LångsiktigaMål {
        "Vård- och omsorgsförvaltningen arbetar för att för att göra fler SIP:ar (samordnad individuell plan) i barn- och ungdomsverksamheten."
        Indikatorer.saknas
    }
}

private let tema4_7 = Tema("HBTQ (samlingsnamn för homosexuella, bisexuella, transpersoner och queera uttryck och andra identiteter)") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("En familjecentral i Helsingborgs stad är HBTQ-certifierad.", typ: .kunskapshöjande)
        Aktivitet("Ytterligare en familjecentral har gått en grundutbildning i HBTQ.", typ: .kunskapshöjande)
        Aktivitet("Samtliga medarbetare inom elevhälsan har gått grundutbildning i HBTQ.", typ: .kunskapshöjande)
        Aktivitet("Samtliga medarbetare inom solteamet har gått grundutbildning i HBTQ.", typ: .kunskapshöjande)
        Aktivitet("Samtliga socialrådgivare på familjecentralerna har gått en grundutbildning.", typ: .kunskapshöjande)
        Aktivitet("Medarbetarna på Maria Skåne Nordväst har gått grundutbildning och fördjupad utbildning ihop med Maria Malmö.", typ: .kunskapshöjande)
        Aktivitet("Maria Skåne Nordväst utvecklar samverkan med Ung HBTQ.", typ: .samverkansstrukturer)
        Aktivitet("Socialförvaltningen har genomfört två grundutbildningar i HBTQ 2018-2019, med efterföljande forskningscirkel av Lunds universitet.", typ: .kunskapshöjande)
        Indikatorer {
            Indikator("HBTQ-frågor finns med på dagordningen på husmöten på familjecentraler.", .process)
        }
    }
    LångsiktigaMål {
        "Ökad kunskap om psykisk ohälsa hos HBTQ-personer på socialförvaltningen, skol- och fritidsförvaltningen och vård- och omsorgsförvaltningen."
        "Ökad kunskap om bemötande av HBTQ-personer på socialförvaltningen, skol- och fritidsförvaltningen och vård- och omsorgsförvaltningen."
        "Alla som jobbar med psykisk hälsa och/eller suicid inom Helsingborgs stad (socialförvaltningen, skol- och fritidsförvaltningen och vård- och omsorgsförvaltningen) har nödvändig kompetens, kapacitet och verktyg att jobba HBTQ-inkluderande."
        Indikatorer {
            Indikator("Antal utbildade medarbetare på familjecentralerna.", .process)
        }
    }
}

private let tema4_8 = Tema("Våld i nära relation") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Helsingborgs stad följer Socialstyrelsens handbok \"Våld\".", typ: .planerOchRiktlinjer)
        Aktivitet("Socialförvaltningen håller regelbundet utbildning om våld i nära relationer till Helsingborgs stads olika verksamheter. Under hösten 2019 och i början av våren 2020 fokuserade familjevåldsgruppen på att utbilda chefer och medarbetare vid vård- och omsorgsförvaltningen (VOF). Ytterligare utbildningstillfällen för VOF planeras framöver.", typ: .kunskapshöjande)
        Aktivitet("Helsingborgs stad håller regelbundna informationsträffar under året. Samverkan finns också med arbetsmarknadsförvaltningen, olika kvinnojourer, polis och Barnhuset.", typ: .kunskapshöjande)
        Aktivitet("Helsingborgs stad kommer under året att göra en kartläggning, som ska leda till en handlingsplan. Familjevåldsgruppen har i uppdrag att leda processen i samverkan med övriga verksamheter i staden.", typ: .planerOchRiktlinjer)
        Aktivitet("Helsingborgs stad använder de standardiserade bedömnings- och riskbedömningsinstrumenten Sara (riskbedömning av våld mot partner), Patriark (hedersrelaterat våld och förtryck) och Freda (socialtjänstens bedömningsmetod mot våld i nära relationer).", typ: .förändratVerksamhetsarbete)
        Aktivitet("Specialiserade handläggare på socialförvaltningen kommer få utbildning i utredningsverktyg, Eraser, för att bedöma återfallsrisken för barn som utsatt andra barn för sexuella övergrepp. Barnhus Familjen Helsingborg, är en verksamhet som drivs genom samverkan mellan socialtjänsten i kommunerna i Familjen Helsingborg, polis, åklagare, barn- och ungdomspsykiatri (BUP) och barnkliniken. Samordning av de olika professionernas insatser riktar sig till barn som blivit utsatta för våld eller sexuella övergrepp samt barn som utsatt andra barn för sexuella övergrepp. Barnhusets uppdrag är att hålla ihop och koordinera de olika rättsprocesserna och erbjuda stöd till de barn/familjer som varit aktuella på Barnhuset. Barnhuset erbjuder en trygg och lugn miljö för barnet i samband med förhöret och i den första kontakten med socialtjänsten. Barnhuset samverkar även med bland andra skol- och fritidsförvaltningen och särskilda företrädare.", typ: .kunskapshöjande)
        Indikatorer {
            Indikator("Antal genomförda utbildningar om våld i nära relationer", .process)
            Indikator("Antal genomförda bedömningar och riskanalyser", .process)
            Indikator("Uppföljningsverktygen SUV, FIT och Journal Digital utvärderas", .process)
        }
    }
    LångsiktigaMål {
        "Att våld i nära relation ska minska"
        Indikatorer {
            Indikator("Brottsförebyggande rådets årliga rapporter, polisens trygghetsmätning", .resultat, källa: "Brottsförebyggande rådet, polisens trygghetsmätning")
            Indikator("Antal sökande", .resultat)
        }
    }
}

private let tema4_9 = Tema("Barn med utåtagerande beteende") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Förbättra bemötande och handläggning vid insatser till barn med utåtagerande beteende.")
        Aktivitet("Socialförvaltningen har fått kompetensutveckling i lågaffektivt bemötande under 2020.", typ: .kunskapshöjande)
        Aktivitet("Vård- och omsorgsförvaltningen har fått utbildningen i lågaffektivt bemötande under 2019 och 2020.", typ: .kunskapshöjande)
        Aktivitet("Personal på vård- och omsorgsförvaltningen erbjuds en regelbunden utbildning om verktyg och metod i Studio 3. Vård- och omsorgsförvaltningen har egna utbildare i Studio 3.", typ: .kunskapshöjande)
        Aktivitet("Elevhälsan (skol- och fritidsförvaltningen)erbjuder utbildning i ICDP till pedagoger och skolpersonal på Helsingborgs stads kommunala förskolor och skolor. ICDP är en hälsofrämjande utbildning som hjälper pedagoger att skapa positiva starka relationer till eleverna genom kunskap om barns utveckling, barns behov av bemötande och framför allt insikt i relationens byggstenar.", typ: .kunskapshöjande)
        Indikatorer {
            Indikator("Antal deltagare på utbildningen.", .process)
        }
    }
    LångsiktigaMål {
        "Förbättra bemötande och handläggning, insats av barn med utåtagerande beteende."
        Indikatorer.saknas
    }
}

private let tema5_1 = Tema("Resultat och uppföljning") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Lokalt samråd Helsingborg upprättar Helsingborgs stads handlingsplan: Överenskommelse psykisk ohälsa 2020-2022.", typ: .planerOchRiktlinjer)
        Aktivitet("Varje verksamhet samordnar, driver på utveckling och sprider information om Helsingborgs stads handlingsplan.")
        Aktivitet("Psykiatrisamordnaren sammankallar lokalt samråd Helsingborg för att övergripande utvärdera de insatser som står i Helsingborgs stads handlingsplaner och revidera vid behov. I samband med mötet har vi en genomgång av nya länsgemensamma handlingsplaner.", typ: .samverkansstrukturer)
        Indikatorer {
            Indikator("Antal möten i lokalt samråd Helsingborg.", .process)
        }
    }
    LångsiktigaMål {
        "God möjlighet att följa resultat och effekter av insatser riktade till barn och unga."
        Indikatorer.saknas
    }
}

private let tema5_2 = Tema("Samordning av psykiatrifrågor i Helsingborg stad") {
    KortsiktigaMål(.årsintervall(2020, 2022)) {
        Aktivitet("Samordna, driva på utveckling, strukturera och skapa samsyn mellan Helsingborg stad och Region Skåne i arbetet med att fullfölja de lokala överenskommelserna och handlingsplanerna.", typ: .samverkansstrukturer)
        Aktivitet("Målet är att skapa god samverkan i alla möten där flera aktörer medverkar så att individen får det stöd de har rätt till och är i behov av.")
        Aktivitet("Lokalt samråd Helsingborg upprättar Helsingborgs stads handlingsplan.", typ: .planerOchRiktlinjer)
        Aktivitet("Varje verksamhet samordnar, driver på utveckling och sprida information om Helsingborgs stads upprättade handlingsplan.")
        Aktivitet("Psykiatrisamordnaren sammankallar lokalt samråd Helsingborg för att övergripande utvärdera de insatser som står i Helsingborgs stads handlingsplaner och revidera vid behov. I samband med mötet har vi en genomgång av nya läns-gemensamma handlingsplaner samt analyser.", typ: .samverkansstrukturer)
        Indikatorer {
            Indikator("Antal samverkansmöten i lokal samverkansgrupp psykiatri Nordvästra Skåne, antal samverkanmöten mellan Helsingborgs stad och regionen samt antal möten för lokalt samråd Helsingborg.", .process)
        }
    }
    LångsiktigaMål {
        "Målet är att skapa god samverkan i alla möten där flera aktörer medverkar så att individen får det stöd de har rätt till och är i behov av."
        Indikatorer {
            Indikator("Staden följer årligen upp och utvärderar brister i samverkan.", .resultat)
        }
    }
}

import PlanModel
import RegionVastraGotaland

/// Vänersborg: Det goda livet i Vänersborgs kommun, lokal handlingsplan 2020–2022
/// (seed 000).
public let vänersborg: Handlingsplan = Handlingsplan(
    id: "vanersborg",
    organisationer: ["Vänersborgs kommun", "Västra Götalandsregionen"],
    titel: "Det goda livet i Vänersborgs kommun",
    undertitel: "Lokal handlingsplan för psykisk hälsa, barn och unga",
    period: .årsintervall(2020, 2022),
    fastställd: Fastställande(av: "närsjukvårdsgrupp barn och unga i Vänersborg", Datum(2020, 6, 4)),
    revideringar: [Datum(2021, 9, 20), Datum(2022, 11, 21)],
    kommunkod: "1487",
    tabellayout: .delmål,
    region: .västraGötaland
) {
    Kapitel("Bakgrund") {
        Stycke("År 2016 slöt regeringen och Sveriges kommuner och landsting (SKL) överenskommelsen \"Stöd till riktade insatser inom området psykisk hälsa\" (numera Sveriges kommuner och regioner, SKR). Överenskommelsen syftar bland annat till att stärka kommuner och regioner i arbetet med att främja psykisk hälsa och ömsesidigt arbeta för att minska den psykiska ohälsan. Syftet med överenskommelsen är att fortsätta skapa förutsättningar för ett långsiktigt arbete på området psykisk hälsa med ett gemensamt ansvarstagande från berörda aktörer med målsättningen att befolkningen ska erbjudas behovsanpassade och effektiva insatser av god kvalitet, såväl vad gäller förebyggande och främjande insatser, som medicinsk behandling och sociala insatser.")
        Stycke("Denna handlingsplan är en lokal motsvarighet till den gemensamma handlingsplanen \"Det goda livet i Västra Götaland\" för Västra Götalandsregionen (VGR), 49 kommunerna via kommunalförbunden i Västkom och Nationell Samverkan för Psykisk Hälsa i Göteborg (NSPHiG).")
        Stycke("Handlingsplanen följer de fem fokusområden som också regeringen pekar ut som särskilt viktiga. De fem områdena är:")
        Punktlista {
            "Förebyggande och främjande arbete"
            "Tillgängliga tidiga insatser"
            "Enskildas delaktighet och rättigheter"
            "Utsatta grupper"
            "Ledning, styrning och organisation"
        }
    }
    Kapitel("Lokal handlingsplan för psykisk hälsa") {
        Stycke("Syftet med den lokala handlingsplanen är att identifiera utvecklingsbehov inom planens målområden. Kan samverkan mellan olika aktörer/huvudmän förbättras ytterligare för att vid behov erbjuda bättre samordnade insatser?")
    }
    Arbetsgrupp {
        Medlemmar("Socialförvaltning", "Jennie Nielsen", reviderat: 2022)
        Medlemmar("Kultur- och fritidsförvaltning", "Ida Svanberg", "Malin Haglund")
        Medlemmar("Kunskapsförbundet Väst", reviderat: 2022)
        Medlemmar("Barn- och utbildningsförvaltningen", "Carianne Lundvall Karlsson", "Malin Callh", reviderat: 2022)
        Medlemmar("Folkhälsa", "Anne Ekstedt", reviderat: 2022)
        Medlemmar("Primärvård", "Maria Ahlgren")
        Medlemmar("Ungdomsmottagningen", "Ellinor Smith Fredman", reviderat: 2022)
        Medlemmar("BUP", anmärkning: "Fråga om revidering skickad till Sara Klingstedt")
        Medlemmar("Habiliteringen", "Eva-Marie Nylander")
    }
    Kapitel("Uppföljning och revidering") {
        Stycke("Uppföljning, revidering och redovisning av planen ska ske årligen. De olika aktiviteterna kommer efter hand att planeras, utvecklas, fullföljas och utvärderas av aktuell verksamhet. Den lokala handlingsplanen kommer att redovisas till SKR inom arbetet med Uppdrag Psykisk Hälsa samt till Vårdsamverkan Fyrbodalen.")
    }

    Fokus(.förebyggandeOchFrämjande) {
        mål1_1
        mål1_2
    }

    Fokus(.tillgängligaTidigaInsatser) {
        mål2_1
        mål2_2
    }

    Fokus(.enskildasDelaktighet) {
        mål3_1
        mål3_2
    }

    Fokus(.utsattaGrupper) {
        mål4_1
    }

    Fokus(.ledningStyrningOrganisation) {
        mål5_1
    }
}

// Every goal is a constant of its own, listed in its fokusområde above: the compiler
// type-checks each constant by itself, so a plan's build time grows with its size, not
// with its square (bench/generate_plan.py).
private let mål1_1 = Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt", genomför: .b1_1) {
    Stycke("Föräldrar är viktiga i varje barns liv. De påverkar förutsättningarna för barnets fysiska och psykiska hälsa och utveckling i stort. Därför är det viktigt att ge föräldrar och vårdnadshavare stöd utifrån sina barns behov när det behövs. Det kan gälla föräldrar till barn med funktionsnedsättning eller föräldrar med psykiska ohälsa och/eller missbruk. Verksamheter som arbetar med barn och som möter föräldrar behöver kunna erbjuda föräldrarna anpassat stöd under barnets hela uppväxt, 0–18 år.")
    Stycke("Utöver det stöd som erbjuds till föräldrar och vårdnadshavare inkluderas här också insatser som erbjuds till barn. Flera av dessa insatser är under utveckling och kan ses som ett indirekt föräldrastöd även om det primära syftet är stödja barnet.")

    Aktivitet("Universellt föräldrastöd ABC (Alla Barn i Centrum) 3–12 år.", typ: .kunskapshöjande) {
        Delmål("Utbilda fler gruppledare",
               när: [.intervall(.månad(.februari, 2020), .månad(.april, 2020)).inledd("gruppledarutbildning").med("en person"),
                     .intervall(.månad(.september, 2020), .månad(.november, 2020)).inledd("gruppledarutbildning").med("en person")],
               ansvar: "Familjecentralen Sirius") {
            Uppföljning(.månad(.maj, 2020), "Ytterligare en gruppledare är utbildad. Gruppen startad i februari och avslutades i april. Gruppen har även haft en återträff i augusti. Gruppledare var föräldrarådgivare och verksamhetsledare.")
            Uppföljning(.datum(Datum(2020, 11, 23)), "Under hösten har vi startat en grupp och som har två träffar kvar. Dessa träffar hålls delvis digitalt och på plats i lokalen, Vår BVC-sköterska har genomfört ABC-gruppledarutbildningen. Gruppledare till höstens ABC var BVC-sköterska och verksamhetsledare. På Sirius finns nu tre gruppledare i ABC (verksamhetsledare, föräldrarådgivare och BVC-sköterska.)")
        }
        Delmål("För att verksamheten ska kunna vara en del i föräldrastödet behöver det vid behov rekryteras och kontinuerligt utbildas gruppleddare. Det bör finnas tre utbildade gruppleddare.",
               när: [.fritext("När behov finnes")])
        Delmål("Nå ut till föräldrar till barn med funktionsvariationer",
               när: [.återkommande(.varje(.termin)).med("inbjudan går ut till samtliga skolor och förskolor, kommunala och enskilda")],
               ansvar: "ABC Samordnare/verksamhetsledare familjecentralen Sirius") {
            Uppföljning(.datum(Datum(2022, 9, 28)), "Gått ut inbjudan till samtliga förskolor och skolor inom kommunen och de enskilda. Även till BVC, Biblioteket, elevhälsa, psykologer inom barnhälsovården.", status: .genomförd)
        }
        Delmål("Digitala grupper",
               när: [.år(2021)],
               ansvar: "ABC samordnare/verksamhetsledare familjecentralen Sirius") {
            Uppföljning("Två digitala grupper under 2021")
        }
    }

    Aktivitet("Utveckling av föräldrassidan", typ: .kunskapshöjande) {
        Delmål("Den ska revideras regelbundet var 6:e månad.",
               när: [.frånOchMed(.år(2021)).inledd("kontinuerligt")],
               ansvar: "verksamhetsledare, Sirius") {
            Uppföljning("Den har reviderats var 6:e månad.")
        }
    }

    Aktivitet("KOMET - Regelbundna riktade föräldrastödsgrupper för minskat bråk mellan barn/förälder", typ: .förändratVerksamhetsarbete) {
        Delmål("Att göra verksamheten känd i kommun/region för att nå målgrupp i behov",
               när: [.årsintervall(2021, 2022)],
               ansvar: "Socialtjänsten") {
            Uppföljning(.termin(.vt, 2022).inledd("i samband med uppföljning av handlingsplanen"), "Aktiviteten svår att nå under 2021, inga grupper pga. Covid-19")
            Uppföljning("Tonårsgrupp 2 st samt barngrupp har genomförts under 2022.")
        }
    }

    Aktivitet("KAKTUS- Förebyggande gruppverksamheter för barn (barn m förälder med missbruk/psyk ohälsa) samt Mina föräldrar är skilda.", typ: .förändratVerksamhetsarbete) {
        Delmål("Fler gruppleddare från andra delar i kommun samt region via Sirius + att göra verksamheten känd för kommun/region för att nå målgrupp i behov",
               när: [.årsintervall(2021, 2022), .återkommande(.antal(2, "grupper", per: .termin))],
               ansvar: "Samverkan Vänersborg Socialtjänst") {
            Uppföljning("Aktiviteten att göra verksamheten känd är svår under 2021 pga. inga fullständiga grupper under covid. Planering av utbildning pågår hösten 2021 på IFO, råd och stöd.")
            Uppföljning(.termin(.vt, 2022).inledd("i samband med uppföljning av handlingsplanen"), "Ny utbildning har genomförts av 6 st stödgruppsledare. 3 st nya samt 3 st befintliga som nu genomgått utbildning i nytt program.")
        }
    }

    Aktivitet("Stöd till barn och föräldrar i familjer med konflikter i samband med separation, BIFF och \"Mina föräldrar är skilda\".", typ: .kunskapshöjande) {
        Delmål("Utbildning av personal",
               när: [.årsintervall(2021, 2022)],
               ansvar: "Socialtjänst") {
            Uppföljning("Föräldrarådgivare Sirius är utbildad i \"mina föräldrar är skilda\". Grupp startar hösten 2021")
            Uppföljning(.termin(.vt, 2022).inledd("i samband med uppföljning av handlingsplanen"), "Skilda världar har genomfört 2 st grupper ev 1 st planerad hösten 2022. BIFF har genomfört 1 st grupp vår 2022 samt 1 st planerad höst 2022.")
        }
    }

    Aktivitet("\"Föräldraskap i Sverige\" Utbildning till nyanlända föräldrar med barn 0–18 år", typ: .kunskapshöjande) {
        Delmål(nil, ansvar: "Socialförvaltningen, Flyktmottagningen och Integrationscenter") {
            Uppföljning("Tre utbildningar har genomförts under 2020.", status: .genomförd)
        }
    }
}

private let mål1_2 = Mål("1.2", "Alla elever ska lämna grund- och gymnasieskolan med godkända betyg", genomför: .b1_2) {
    Stycke("Att klara godkänt resultat i skolan är en stark faktor för god hälsa senare i livet. En fjärdedel av varje årskull går inte ut gymnasiet i Västra Götaland idag. Samtidigt är det en viktig förutsättning att ha gymnasiekompetens för att kunna leva ett självständigt liv. Elever med högrånvaro måste uppmärksammas tidigt och ges det stöd de behöver för att närvara i skolan. Det är viktigt att utveckla närvarofrämjande åtgärder och arbetssätt i samverkan.")

    Aktivitet(Löptext {
        "Utveckling samordnas av tvärssektoriell arbetsgrupp för fullföljda studier. Varje aktör ska medverka till uppfyllelse av inriktningsmålet: "
        Betonad("Fler barn och unga uppnår bättre skolresultat och fullföljer sina studier.")
    }, typ: .samverkansstrukturer) {
        Delmål(nil,
               när: [.frånOchMed(.år(2020))],
               ansvar: "Arbetsgrupp för fullföljda studier: Kunskapsförbundet Väst, Grundskolan, AME, Socialtjänst, Folkhälsa, Kultur och fritid, Ungdomsmottagningen, BUP (adjungerad)") {
            Uppföljning("Arbetet är implementerat och ingår i ordinarie verksamhet efter beslut i Samverkan Vänersborg nov 2020. Arbetet rapporteras kontinuerligt i Samverkan Vänersborg. Efter 1 jan 2023 är arbetsgruppen upplöst, arbetet sker inom ramen för ordinarie samverkansstruktur och varje deltagare är ansvarig för att driva frågorna i resp enhet.")
        }
    }

    Aktivitet("Sedd och saknad; närvaroarbete på 7–9-enheterna. Skolans ordinarie personal, närvarokoordinatorer, elevhälsans personal\nIntensiv statistikuppföljning, både inom 1-6 och 7-9", typ: .förändratVerksamhetsarbete) {
        Delmål(nil,
               när: [.läsår(2022)],
               ansvar: "Barn- och utbildningsförvaltningen") {
            Uppföljning("Analysmöten och rapportering i BUN")
        }
    }

    Aktivitet("Insatser som riktas till elever med psykisk ohälsa och svårigheter att komma till skolan. Eleverna blir sedda och saknade och anpassad lösning för varje individ görs av ansvarig pedagog/resursperson", typ: .förändratVerksamhetsarbete) {
        Delmål("Att eleven ska vilja vara i skolan",
               när: [.läsår(2022)],
               ansvar: "Barn- och utbildningsförvaltningen") {
            Uppföljning(.månad(.juni, 2023).inledd("vid läsårsslut"))
        }
    }

    Aktivitet("Samverkan skola, socialtjänst för att främja elevers mående och möjlighet att nå utbildningens mål", typ: .samverkansstrukturer) {
        Delmål("Förbättrad samverkan, rutin har framtagits för att förenkla samarbete i enskilda ärenden, extra fokus på ärenden där skolfrånvaron är problematisk",
               när: [.läsår(2020)],
               ansvar: "1:e socialsekr Barn- och ungdomsenheten, 1:e beh sekr Råd och stödenheten, samverkande socialsekr, chef o bitr chef BoU elevhälsa") {
            Uppföljning("Uppföljes vid regelbundna möten 2 ggr/termin. Personal från IFO träffar rektorer, vc och elevhälsochef från åk 7–9 med syfte förbättrad samverkan.")
        }
    }

    Aktivitet("Deltagande i två projekt: Fullföljda studier Fyrbodal") {
        Delmål("Att barn och ungdomar rustas till att bli behöriga till ett nationellt gymnasieprogram och att färre hoppar av skolan\nLångsiktig effekt mål är att öka andelen behöriga elever till de nationella programmen på gymnasiet på deltagande skolor (de fyra kommunala 7–9-skolorna)",
               när: [.årsintervall(2020, 2022)],
               ansvar: "Barn- och utbildningsförvaltningen") {
            Uppföljning(.återkommande(.varje(.termin)), "Inom ramen för projektupplägg och projektstöd")
            Uppföljning(.datum(Datum(2022, 11, 16)).inledd("efter projektets avslut"), "Följs arbetet upp inom ordinarie verksamhet")
        }
    }

    Aktivitet("VI-projektet", typ: .förändratVerksamhetsarbete) {
        Delmål("Att få målgruppen 15–24 år att fullfölja sina studier och få syssetsättning. Vänder sig till målgruppen UVAS (Unga som varken arbetar eller studerar)",
               när: [.årsintervall(2020, 2022)],
               ansvar: "Socialförvaltningen (ASI), Kunskapsförbundet Väst, Barn och utbildningsförvaltningen") {
            Uppföljning("Projektet är avslutat och har övergått till arbetssätt Sammanhållen utbildning.", status: .genomförd)
        }
    }
}

private let mål2_1 = Mål("2.1", "Barn och unga med psykisk ohälsa ska få rätt insatser i rätt tid", genomför: .b2_1) {
    Stycke("Att tidigt identifiera psykisk ohälsa hos barn och unga kan förhindra utveckling av allvarliga problem. Det som ofta benämns som \"första linjen\" är de funktioner eller verksamheter som har i uppgift att först ta emot barn, ungdomar eller familjer som söker hjälp när ett barn har problem eller mår dåligt. Barn och föräldrar ska veta vart de ska vända sig. Därför behöver första linjen för barn och ungdomars psykiska hälsa vara definierad och känd. En bra första linje är tillgänglig, utgår från barnets bästa och sätter barn och familj i centrum. Den hjälper barn och unga genom att identifiera problem, behandla lindriga problem, remittera vidare när det behövs och säkerställa att alla barn och unga får tidig och högkvalitativ hjälp.")

    Aktivitet("Tydliggöra samverkan och flödet mellan elevhälsa och vårdcentraler vid lättare psykisk ohälsa hos barn och unga", typ: .samverkansstrukturer) {
        Delmål("En lättare väg in på vårdcentraler för barn och unga med lättare psykisk ohälsa.",
               när: [.läsår(2022).inledd("kontinuerliga dialogmöten under")],
               ansvar: "Vårdcentralschefer, barn- och elevhälsoschefer, MLA, skolläkare") {
            Uppföljning("Kontinuerliga möten har hållits sedan 2020 och planeras även framöver. Kontakten mellan vårdcentraler och elevhälsan har förbättrats. Samråd sker även med UPH.", status: .pågående)
        }
    }

    Aktivitet("Ungdomsmottagningen arbetar mot hedersrelaterat våld och förtryck", typ: .samverkansstrukturer) {
        Delmål("Deltaga i Nätverk mot hedersrelaterat våld och förtryck i syfte att sprida kunskap, engagemang och samverka. Under uppstart genom Resurscentrum mot hedersrelaterat våld och förtryck Barnahus Fyrbodalen",
               när: [.år(2023)],
               ansvar: "Ungdomsmottagningen") {
            Uppföljning(.år(2023))
        }
    }

    Aktivitet("Ungdomsmottagningen önskar bidra till att inspirera i sex-och samlevnadsundervisningen", typ: .kunskapshöjande) {
        Delmål("Anordnade föreläsningstillfällen för skolpersonal inför läsårsstart i samverkan med Folkhälsoenheten",
               när: [.år(2023).inledd("önskar fortsätta")],
               ansvar: "Ungdomsmottagningen") {
            Uppföljning(.år(2023))
        }
    }

    Aktivitet("ACT för unga", typ: .kunskapshöjande) {
        Delmål("Fortsatt ACT för ungdomar och ev utbildning i yngre ålder 13-19 år.",
               när: [.år(2023)],
               ansvar: "Ungdomsmottagningen") {
            Uppföljning(.år(2023))
        }
    }
}

private let mål2_2 = Mål("2.2", "Förebygga och uppmärksamma bruk av alkohol och narkotika bland unga", genomför: .b2_2) {
    Stycke("Bruk av alkohol och narkotika kan påverka fysiskt, psykiskt och socialt välbefinnande. För att ge goda förutsättningar för ett gott vuxenblivande behöver missbruk tidigt uppmärksammas. Missbruk hos unga samspelar ofta med psykiska och sociala faktorer som påverkar missbruket och samsjukligheten är ofta hög. Det finns samband med individers livsvillkor och sociala sammanhang. Särskilt sårbara och viktiga att uppmärksamma är t.ex. hbtq-personer, ensamkommande/nyanlända och barn till föräldrar med eget missbruk eller psykisk ohälsa. Det är viktigt att samordna insatser för unga som har kontakt med flera myndigheter och behandlingsverksamheter. I samverkan behöver kommun och hälso- och sjukvård utveckla former för att tidigt identifiera dessa unga.")

    Aktivitet("Utbildning och kompetenshöjande insatser kring ANDTS-förebyggande metoder för framförallt skolpersonal men också andra aktörer som möter barn och ungdomar i sitt dagliga arbete samt föräldrar", typ: .kunskapshöjande) {
        Delmål("Förebygga droganvändning bland kommunens ungdomar samt bli bättre på att upptäcka bruk av droger\nSkapa en grund för kontinuitet i det drogförebyggande arbetet som bygger på en samsyn och en trygghet kring att rutiner och riktlinjer följs.",
               när: [.årsintervall(2019, 2020)],
               ansvar: "Samverkan Vänersborg – Arbetsgruppen för det drogförebyggande arbetet") {
            Uppföljning("Handlingsplan för drogförebyggande arbete i grundskolan upprättad och antagen på rektorsmöte i maj 2020. Mål att upprätta ny handlingsplan uppfyllt")
            Uppföljning(.år(2021).inledd("ny uppföljning"), "Inga fysiska utbildningar/föreläsningar har genomförts under pandemin. Istället har en film i med drogförebyggande syfte spelats och en folder riktad till vårdnadshavare med information kring cannabis har skapats")
        }
    }

    Aktivitet("Ungdomsmottagningen har fått medel att arbeta i projektform gällande risk- och skadligt bruk gällande alkohol, droger och spelberoende gällande pengar, för ungdomar i Fyrbodalen samt övriga Ungdomsmottagningar i VGR. Detta är en möjlighet att öka kunskapen inom området och även samverka med kommunen inom detta område", typ: .kunskapshöjande) {
        Delmål("Arbete för att öka kunskapen inom området.",
               när: [.årsintervall(2021, 2022)],
               ansvar: "Ungdomsmottagningen i Vänersborg deltar tillsammans med ungdomsmottagningarna i Fyrbodalen") {
            Uppföljning("Kontinuerligt under projektet av projektledare")
        }
    }

    Aktivitet("Utredning om uppstart av Mini-Maria pågår") {
        Delmål(nil, ansvar: "Region och kommun")
    }
}

private let mål3_1 = Mål("3.1", "Barn och unga som har behov av samordnade insatser ska ha en SIP", genomför: .b3_1) {
    Stycke("Sedan 2010 är det lagstiftat i både socialtjänstlagen och hälso- och sjukvårdslagen, att kommun och landsting ska upprätta en samordnad individuell plan, SIP. En SIP gör den enskilde och närstående delaktiga i planeringen av insatser från hälso- och sjukvård, socialtjänst och skola och ansvarsfördelningen blir tydlig. SIP är också ett bra verktyg för samordning mellan verksamheter inom en huvudman.")

    Aktivitet("Upprätta lokal handlingsplan enligt ny överenskommelse för samverkan kring barn och ungas hälsa samt för SIP", typ: .planerOchRiktlinjer) {
        Delmål(nil,   // the seed's "?"
               när: [.år(2021)],
               ansvar: "Närsjukvårdsgrupp") {
            Uppföljning("Närsjukvårdsgrupp")
        }
    }
}

private let mål3_2 = Mål("3.2", "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbetet", genomför: .b3_2) {
    Stycke("Barns och ungas egna upplevelser behöver tas till vara för att kunna utveckla ett kunskapsbaserat arbetssätt. Barn har rätt till delaktighet i alla frågor som berör dem enligt FN:s konvention om barnets rättigheter. Inflytande behövs på lokal, delregional, regional och nationell nivå och varje insats behöver betraktas ifrån barnets perspektiv. Barn, unga och deras vårdnadshavare ska i så hög utsträckning som möjligt kunna påverka verksamhetsutveckling och definiera vad god kvalitet är.")

    Aktivitet("Socialtjänsten ingår i årlig nationell kundundersökning Utvecklingsbehov inom målområdet finns hos flera aktörer")

    Aktivitet("Genomföra kundenkät") {
        Delmål("Inhämta information om nöjdhet. Vilket kan vara underlag vid verksamhetsplanering",
               när: [.år(2021)],
               ansvar: "Ungdomsmottagningen") {
            Uppföljning(.år(2021))
        }
    }

    Aktivitet("Uppstart av arbete för att öka ungdomsinflytandet") {
        Delmål("Genom en processledare skapa underlag i dialog med unga om hur de vill öka sitt inflytande.",
               när: [.år(2021)],
               ansvar: "Kommunstyrelseförvaltningen") {
            Uppföljning(.år(2021))
        }
    }
}

private let mål4_1 = Mål("4.1", "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna eller regionen", genomför: .b4_1) {
    Stycke("De finns sju diskrimineringsgrunder som omfattas av lagens diskrimineringsförbud: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Personal ska få ökad kunskap om hur grupper utsätts, bl.a. minoritetsstress och skillnader i psykisk hälsa, kan relateras till att personer bryter mot normer utifrån exempelvis sexuell läggning, könsidentitet och nationellt ursprung. Kunskapen om mänskliga rättigheter, normativt bemötande och hur det påverkar unga i enskilda mötet ska också öka.")

    Aktivitet("Transpersoners livsvillkor. Filmvisning och workshop. Utvecklingsbehov inom målområdet finns hos flera aktörer. Inga aktiviteter finns planerade i nuläget.", typ: .kunskapshöjande) {
        Delmål("Ökad kunskap om hur de offentliga verksamheterna kan förbättra transpersoners livsvillkor",
               när: [.datum(Datum(2021, 10, 21))],
               ansvar: "Arbetsgrupp kultur- och fritid, grundskolans elevhälsa, folkhälsa, ungdomsmottagning, Kunskapsförbundet Väst") {
            Uppföljning("Efter genomförd aktivitet")
        }
    }
}

private let mål5_1 = Mål("5.1", "Nollvision om suicid i Västra Götaland", genomför: .b5_1) {
    Stycke("I flera undersökningar uppger upp till 8 procent av flickorna och 4 procent av pojkarna att de någon gång försökt ta sitt liv. I Västra Götaland sker i genomsnitt 8–9 självmord per år i åldersgruppen 15–19 år. Bakom varje fullbordat självmord går det tio allvarliga försök och bakom statistiken döljer sig psykisk ohälsa som är viktig att uppmärksamma. Unga personer med förhöjd suicidrisk ska identifieras och erbjudas rätt hjälp i tid så att de inte försöker ta sitt liv. Detta sker genom ökad samverkan och samsyn mellan olika aktörer. Ingen i Västra Götaland ska behöva se självmord som en utväg.")

    Aktivitet("Revidering av lokal handlingsplan i enlighet med ny länsgemensam handlingsplan för suicidprevention, januari 2021", typ: .planerOchRiktlinjer) {
        Delmål(Löptext { Betonad("Inventering av verksamheternas behov") },
               när: [.termin(.vt, 2021).inledd("start")],
               ansvar: "Arbetsgrupp på uppdrag av Samverkan Vänersborgs ledningsgrupp") {
            Uppföljning("Lokal handlingsplan antagen januari 2022.", status: .genomförd)
        }
    }

    Aktivitet("Framtagande av utbildningspaket suicidprevention", typ: .kunskapshöjande) {
        Delmål(Löptext { Betonad("Inventering av olika målgruppers behov samt kartläggning av vad det finns för utbildningar inom suicidprevention") },
               när: [.termin(.ht, 2021)],
               ansvar: "Arbetsgrupp på uppdrag av Samverkan Vänersborgs ledningsgrupp") {
            Uppföljning("Utbildningar som genomförts enligt plan; För föräldrar till barn 9-12 år (Livsviktiga snack x 1 Suicide zero, digitalt), för allmänhet x 2 (SPIV, digitalt), för personal BoU, Soc, KVF x 11 a 40 personer (SPIV)")
        }
    }
}

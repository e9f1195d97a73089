import PlanModel
import RegionVastraGotaland

/// Tanum: Länsgemensamma fokusområden och mål för barn och unga, lokal handlingsplan
/// 2021–2023 (seed 003). Numbered chapters 1–6; chapter 6 holds the fokusområden, each
/// goal with its text, the "Lokal handlingsplan:" lead where the plan has one, and the
/// table Aktivitet | Vad | Indikator | När | Ansvarig | Uppföljning.
public let tanum: Handlingsplan = Handlingsplan(
    id: "tanum",
    organisationer: ["Tanums kommun"],
    titel: "Länsgemensamma fokusområden och mål för barn och unga",
    period: .årsintervall(2021, 2023),
    kommunkod: "1435",
    tabellayout: .vadOchIndikator,
    fokusrubrik: .medOrd,
    orientering: .liggande,
    region: .västraGötaland
) {
    Kapitel("Bakgrund", nummer: "1") {
        Stycke("År 2016 slöt regeringen och Sveriges kommuner och landsting (numera Sveriges kommuner och regioner, SKR) överenskommelsen ”Stöd till riktade insatser inom psykisk hälsa”. Överenskommelsen syftar bland annat till att stärka kommuner och regioner i arbetet med att främja psykisk hälsa och ömsesidigt arbeta för att minska den psykiska ohälsan. Huvudmännen får ekonomiskt stöd för att stärka och utveckla sina insatser inom området. Syftet med överenskommelsen är att fortsätta skapa förutsättningar för ett långsiktigt arbete på området psykisk hälsa med ett gemensamt ansvarstagande från berörda aktörer med målsättningen att befolkningen ska erbjudas behovsanpassade och effektiva insatser av god kvalitet, såväl vad gäller förebyggande och främjande insatser, som medicinsk behandling och sociala insatser.")
        Stycke("Denna handlingsplan är en lokal motsvarighet till den gemensamma handlingsplanen för Västra Götalandsregionen (VGR), de 49 kommunerna via kommunalförbunden och VästKom samt Nationell Samverkan för Psykisk Hälsa i Göteborg och Västra Götaland (NSPHiG).")
        Stycke("I den lokala handlingsplanen inventeras de gemensamma resurser som finns för barn, unga och deras familjer inom aktuell målgrupp samt att lokala utvecklingsområden är identifierade.")
    }
    Kapitel("Fokusområden", nummer: "2") {
        Stycke("Regeringen har i sin strategi för området psykisk hälsa pekat ut fem fokusområden som särskilt viktiga. Dessa anges även i den nationella överenskommelsen och sammanfattar olika delar inom områdena som är viktiga att fokusera på utifrån befolkningens behov för att främja psykisk hälsa, motverka psykisk ohälsa och erbjuda effektiva insatser till de som drabbas.")
        Kapitel("De fem fokusområdena är:", nummer: "2.1") {
            Punktlista {
                "Förebyggande och främjande arbete"
                "Tillgängliga tidiga insatser"
                "Enskildas delaktighet och rättigheter"
                "Utsatta grupper"
                "Ledning, styrning och organisation"
            }
            Stycke("Den regionala handlingsplanen är framtagen utifrån de fem fokusområdena och minst ett mål är formulerat utifrån varje fokusområde. I den lokala handlingsplanen definieras vad Tanums kommun erbjuder inom de olika fokusområdena samt identifierade utvecklingsområden.")
        }
    }
    Kapitel("Syfte med den lokala handlingsplanen", nummer: "3") {
        Stycke("Syftet med en lokal handlingsplan och dess aktiviteter är att utveckla verksamheter, metoder, arbetssätt och organisation med utgångspunkt från den länsgemensamma handlingsplanen. På så sätt bidrar den lokala handlingsplanen till att målen i den regionala handlingsplanen uppfylls.")
        Kapitel("Aktivitetsplan utifrån fokusområdena", nummer: "3.1") {
            Stycke("En analys och inventering har gjorts av den lokala Närsjukvårdsgruppen av vad vi har för verksamheter, aktiviteter och insatser riktade till målgruppen 0–20 inom området psykisk hälsa, samt vilka som är de identifiera utvecklingsområden. Båda delarna presenteras i denna handlingsplan. Den lokala handlingsplanen omfattar dessutom styrdokumentet Det goda livet i Västra Götaland – Handlingsplan för suicidprevention 2020-2025, samt integrerar delar av Samverkan för barns och ungas hälsa - Överenskommelse mellan Västra Götalands kommuner och Västra Götalandsregionen.")
        }
    }
    Kapitel("Ledning och styrning", nummer: "4") {
        Stycke("Den lokala handlingsplanen är framtagen av Närsjukvårdsamverkan i Tanums kommun.")
    }
    Kapitel("Uppföljning och revidering", nummer: "5") {
        Stycke("Handlingsplanen gäller för 2021–2023, med årlig uppföljning. De olika aktiviteterna kan komma att revideras allt eftersom de planeras, genomförs och följs upp.")
    }
    Kapitel("Lokal handlingsplan", nummer: "6") {
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
}

/// The regional guidance document the plan links to twice, "Länsgemensamt inriktningsdokument
/// organiserat integrerat arbete - slutlig (vgregion.se)".
private let inriktningsdokumentet = "https://mellanarkiv-offentlig.vgregion.se/alfresco/s/archive/stream/public/v1/source/available/SOFIA/RS6895-621728397-1114/SURROGATE/L%c3%a4nsgemensamt%20inriktningsdokument%20organiserat%20integrerat%20arbete%20-%20slutlig.pdf"

// Every goal is a constant of its own, listed in its fokusområde above: the compiler
// type-checks each constant by itself, so a plan's build time grows with its size, not
// with its square (bench/generate_plan.py).
private let mål1_1 = Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt", genomför: .b1_1) {
    Stycke("Föräldrar är viktiga i varje barns liv. De påverkar förutsättningarna för barnets fysiska och psykiska hälsa och utveckling i stort. Därför är det viktigt att ge föräldrar och vårdnadshavare stöd utifrån sina och barnens behov när det behövs. Det kan gälla föräldrar till barn med funktionsnedsättning eller föräldrar med psykisk ohälsa och/eller missbruk. Verksamheter som arbetar med barn och som möter föräldrar behöver kunna erbjuda föräldrarna anpassat stöd under barnets hela uppväxt, 0-18 år.")
    Ledtext("I Tanums kommun vänder sig våra insatser och aktiviteter till alla föräldrar/vårdnadshavare.")

    Aktivitet("Arbeta med föräldrastöd", när: [.pågående], ansvar: "Region och Kommun") {
        Stycke("Föräldrar ska erbjudas stöd och vägledning genom både kommunen och regionens verksamheter:")
        Punktlista {
            "Stödsamtal"
            "Föräldrastödsprogram ICDP, ACT, BIFF, ABC, UPH-Driver, COS-P"
            "Gruppverksamhet"
            "Riktad gruppverksamhet"
        }
        Stycke("Under maj 2021 ska en inventering ske för att fastställa vilka metoder som tillämpas, samt om det finns metoder för vissa målgrupper/behov som saknas.")
        Indikator("Antal föräldrastödsprogram som bedrivits under året", .process)
        Indikator("Antal deltagare", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Arbeta med föräldrastöd", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "Kommunen: Integrationsenheten tillsammans med Familjecentralen") {
        Stycke("Föräldrakurser för utlandsfödda föräldrar som del av samhällsorienteringen")
        Stycke("Kursinnehåll: Lagstiftningen i Sverige, barnuppfostran, likheter och skillnader samt hur man kan stötta sitt barn att klara skolan.")
        Indikator("Antal föräldrakurser för utlandsfödda föräldrar", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Uppsökande verksamhet", typ: .kunskapshöjande, när: [.pågående], ansvar: "Regionen") {
        Stycke("Informationsträff på SFI kring vilket stöd man kan få genom vården och hur de kommer i kontakt med sin vårdcentral etc.")
        Indikator("Antal träffar på SFI", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Tidiga stödinsatser ska erbjudas familjer", när: [.pågående], ansvar: "Region och kommun") {
        Stycke("Familjecentralen:")
        Punktlista {
            "Fortsätta utveckla arbetet med VIB"
            "Erbjuda föräldrarådgivning"
        }
        Indikator("Antal VIB-ärenden", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Tidiga stödinsatser ska erbjudas familjer", när: [.pågående], ansvar: "Kommun") {
        Stycke("Familjerätten:")
        Punktlista {
            "Erbjuda föräldra- och familjerådgivning, samarbetssamtal"
        }
        Indikator("Antal samarbetssamtal", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("SSPF", typ: .samverkansstrukturer, när: [.pågående],
              ansvar: "Skola, Socialtjänst, Polis och Fritid") {
        Stycke("Verksamheterna Skola, Socialtjänst, Polis och Fritid samverkar för att i ett mycket tidigt skede av normbrytande beteende kunna erbjuda föräldrar och ungdom gemensamt stöd.")
        Indikator("Antal SSPF-ärenden", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Föräldramöten /Utskick via Unikum", typ: .kunskapshöjande, när: [.år(2022).inledd("start")],
              ansvar: "Kommun") {
        Stycke("Representanter från ungdomsteamet har i uppdrag att delge stöd, tips och informerar om riskmiljöer och drogsituationen samt vilka olika stödfunktioner som finns i samhället, antingen på föräldramöten förslagsvis i åk 7.")
        Indikator("Antal föräldramöten där ungdomsteamet representerat", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Föräldrautbildning/ föreläsning", typ: .kunskapshöjande, när: [.år(2022)], ansvar: "Kommun") {
        Stycke("Representanter från ungdomsteamet håller i digitala utbildning/föreläsning till föräldrar med olika teman:")
        Punktlista {
            "Skärmanvändning"
            "Nätet och inre filtret"
            "Normkritiskt tänkande"
        }
        Stycke("Fortsätta utveckla de digitala föräldrautbildningarna med teman som:")
        Punktlista {
            "Skolnärvaro"
            "Andra teman"
        }
        Indikator("Andel elever utan godkända betyg från åk 9.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Uppmärksamma barn och unga som anhöriga", när: [.år(2022)], ansvar: "Anhörigstödet") {
        Stycke("Pågående projekt genom Folkhälsomedel:")
        Stycke("Kartläggning bland personal angående vilket stöd som ges till barn och unga som anhörig idag inom omsorgsförvaltningens verksamheter. Vem som möter barn och unga som anhörig idag och hur samverkan sker mellan förvaltningens olika verksamheter utifrån ett anhörigperspektiv och barnrättsperspektiv.")
        Indikator("Har kartläggning kunnat genomföras? Ja/Nej", .process)
    } uppföljning: {
        // "Redovisning till FHR senast 1 dec 2021 eller 2022"
        Uppföljning(.datum(Datum(2021, 12, 1)).inledd("senast").med("eller 2022"), "Redovisning till FHR")
    }
    Aktivitet("Ökad fysisk aktivitet under skoldagen", typ: .förändratVerksamhetsarbete, när: [.pågående],
              ansvar: "BUN") {
        Stycke("Pågående projekt genom Folkhälsomedel:")
        Stycke("Flera skolor (Campus Futura, Tanumskolan, Hamburgsund, Rabbalshede och Fjällbacka) beviljades medel från folkhälsorådet under 2019 för ökad fysiska aktivitet under skoldagen, med något varierande inriktningar. Fysisk aktivitet är en viktig aspekt sett till psykisk hälsa, det ger bättre motståndskraft och anpassningsförmåga vid svårigheter.")
        Indikator("Antal tillfällen som skolorna genomfört fysiska aktiviteter under skoldagen utöver den ordinarie idrotten.", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Uppdatera ungdoms- och föräldrabroschyrer", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "FHR och elevhälsan") {
        Stycke("Ungdoms- och föräldrafolder har arbetats fram för att uppmärksamma vart unga och föräldrar kan söka stöd och hjälp. Föräldrafoldern innehåller även tips kring hur de kan prata med sina barn.")
        Indikator("Har broschyrerna uppdaterats? Ja/Nej", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål1_2 = Mål("1.2", "Alla elever ska lämna grund- och gymnasieskolan med godkända betyg", genomför: .b1_2) {
    Stycke("Att klara godkänt resultat i skolan är en stark faktor för god hälsa senare i livet. En fjärdedel av varje årskull går inte ut gymnasiet i Västra Götaland idag. Samtidigt är det en viktig förutsättning att ha gymnasiekompetens för att kunna leva ett självständigt liv. Elever med hög frånvaro måste uppmärksammas tidigt och ges det stöd de behöver för att närvara i skolan. Det är viktigt att utveckla närvarofrämjande åtgärder och arbetssätt i samverkan.")

    Aktivitet("Stöd elevhälsa", typ: .förändratVerksamhetsarbete, när: [.pågående], ansvar: "Kommun") {
        Stycke("Fortsätta arbeta efter EHM-elevhälsomöten.")
        Stycke("En främjande, förebyggande och lärande modell som bjuder in all skolpersonal som finns runt eleverna. I modellen samverkar skolans olika kompetenser och professioner för att i regelbundet återkommande möten ringa in utmaningar och möjligheter långt innan arbetsinsatserna blir av enbart åtgärdande karaktär.")
        Indikator("Andel elever som fullföljt gymnasieutbildningen inom tre år.", .resultat)
        Indikator("Andel elever utan godkända betyg från åk 9.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Föräldrautbildning/ föreläsning", typ: .kunskapshöjande, när: [.år(2021)], ansvar: "Kommun") {
        Stycke("Representanter från ungdomsteamet håller i digitala utbildning/föreläsning till föräldrar med olika teman:")
        Punktlista {
            "Skärmanvändning"
            "Nätet och inre filtret"
            "Normkritiskt tänkande"
        }
        Stycke("Fortsätta utveckla de digitala föräldrautbildningarna med teman som:")
        Punktlista {
            "Skolnärvaro"
            "Andra teman vid behov"
        }
        Indikator("Andel elever som fullföljt gymnasieutbildningen inom tre år.", .resultat)
        Indikator("Andel elever utan godkända betyg från åk 9.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Utvecklingsarbete kring skolfrånvaro", typ: .samverkansstrukturer, när: [.pågående],
              ansvar: "Region och kommun") {
        Stycke("Fortsätta pågående arbete kring skolfrånvaro genom utvecklandet av lokal modell, Samverkansteamet, i samverkan mellan Elevhälsa, Socialtjänst och UPH.")
        Indikator("Andel elever med betydande frånvaro från skolan.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Vi- projektet", när: [.pågående], ansvar: "Kommun") {
        Stycke("Fortsätta arbetet i Vi-projektet som startade augusti 2020 och som pågår fram till juni 2022.")
        Stycke("Vi-projektet arbetar med de faktorer som sätter käppar i hjulet för att UVAS (Unga som varken arbetar eller studerar) potential ska kunna komma till sin fulla rätt. Vi vill i samråd med ungdomarna förbättra förutsättningarna för att unga utan sysselsättning ska kunna närma sig arbetsmarknaden, få bättre hälsa samt känna makt över sin framtid.")
        Indikator("Antal ungdomar 15–24 år som varken arbetar eller studerar.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål2_1 = Mål("2.1", "Barn och unga med psykisk ohälsa ska få rätt insatser i rätt tid", genomför: .b2_1) {
    Stycke("Att tidigt identifiera psykisk ohälsa hos barn och unga kan förhindra utveckling av allvarliga problem. Det som ofta benämns som “första linjen” är de funktioner eller verksamheter som har i uppgift att först ta emot barn, ungdomar eller familjer som söker hjälp när ett barn har problem eller mår dåligt. Barn och föräldrar ska veta vart de ska vända sig. Därför behöver första linjen för barn och ungas psykiska hälsa vara definierad och känd. En bra första linje är tillgänglig, utgår från barnets bästa och sätter barn och familj i centrum. Den hjälper barn och unga genom att kunna identifiera problem, behandla lindriga problem, remittera vidare när det behövs och säkerställa att alla barn och unga får tidig och högkvalitativ hjälp.")
    Ledtext("Flera av Tanums kommuns insatser/aktiviteter riktar sig till alla inom målgruppen.")

    Aktivitet("Utbildning i Youth Aware of Mental Health (YAM)", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "Kommun – BUN") {
        Stycke("Alla elever i åk 8 går utbildning i YAM. Tre instruktörer har under 2020 utbildat sig genom Nationellt centrum för suicidforskning och prevention (NASP). YAM syftar till att utveckla elevers färdigheter för att möta livets svårigheter och öka kunskapen om psykisk hälsa.")
        Indikator("Antal utbildningstillfällen i YAM", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Machofabriken", typ: .kunskapshöjande, när: [.pågående], ansvar: "Kommun") {
        Stycke("Erbjuda machofabriken i årskurs 7 men fem träffar som en del av det hälsofrämjande arbetet.")
        Stycke("Machofabriken är ett metodmaterial för praktiskt arbete för jämställdhet och mot våld tillsammans med unga. Fokus ligger på normer för manlighet och hur de påverkar oss alla.")
        Indikator("Antal genomförda machofabriker per år", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Aktiviteter genom skola, elevhälsa, kultur och fritid", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "Kommun") {
        Stycke("Fortsätta att genomföra aktiviteter för elever:")
        Punktlista {
            "Hälsosamtal. Åk F, 2, 4, 6, 8, Gymnasiet."
            "Hälsofrämjande träffar: Tema, pubertet, sömn, kost, motion, relationer, nätet. Har genomfört under 2021 för de i årkurs 5"
            "Temadag fysisk och psykisk hälsa. Gymnasiet"
            "”Dags att prata om” Tema om sexuella övergrepp och samtycke. Åk 8"
            "”Svartsjuka är inte romantiskt”. Samtal om ungas våld i nära relation samt porrens påverkan på ungas partnerrelationer. Åk 9"
            "Temadag våld, hedersvåld på gymnasiet i samband med kampanjen Svartsjuka är inte romantiskt"
            "Ungdomsmottagningen har under 2021 besökt åk 8 och åk 9 på Hamburgsundskolan + korridorsinformation för hela skolan. Besök på Tanumskolan är planerad till åk 2022. Samtliga elever i åk8-9 har fått UM-filmen och en film om preventivmedel utskickade."
        }
        Indikator("Antal genomförda aktiviteter under läsåret", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    // The seed gives this row no indicator and no time.
    Aktivitet("Förebyggande arbete inom Barn och ungdomspsykiatrin", typ: .samverkansstrukturer,
              ansvar: "Region och Kommun") {
        Stycke("Undersöka lokal samverkansform för att identifiera skav/ansvarsfördelning etc. Titta på ”Uddevallas modell.” förslag på strukturerad samverkansform med möten ca 1 gr per månad.")
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    // The seed gives this row no time.
    Aktivitet("Förebyggande arbete inom Barn och ungdomspsykiatrin", typ: .planerOchRiktlinjer,
              ansvar: "Region och Kommun") {
        Stycke("Utifrån existerande rutiner ansvarar BUP för att vårdgaranti ska hållas. Avvikelser sköts enligt rutin internt via BUP’s ledningsgrupp som arbetar med mottagande och vårdgaranti.")
        Indikator("Andel barn och unga som får en första bedömning vid BUP inom 30 dagar.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Standardiserade bedömningsmetoderna", typ: .förändratVerksamhetsarbete, när: [.pågående],
              ansvar: "Kommun") {
        Stycke("Fortsätt använda screeningverktyg för att identifiera riskfyllt alkohol- och narkotikamissbruk kan användas i större utsträckning av verksamheter som kommer i kontakt med barn, unga och unga vuxna. Exempel på verktyg som används är AUDIT och DUDIT som är självskattningsinstrument för att bedöma om problem med alkohol respektive narkotika förekommer.")
        Indikator("Standardiserade bedömningsmetoder för utredning av missbruk.", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("UPH Kvarterskliniken", när: [.pågående], ansvar: "Regionen") {
        Stycke("Kvartersklinikens team för ungas psykiska hälsa (UPH) tar emot barn och ungdomar i ålder 6-18 år som är i behov av råd och stöd kring psykiska besvär. Både barn och vårdnadshavare kan vända sig till mottagningen, och en behöver inte vara listad på vårdcentralen för att komma till Kvarterskliniken UPH-mottagning. Teamet består av psykologer/psykoterapeuter, socionom med huvudinriktning korta behandlingsinterventioner, enskilt eller i grupp")
        Indikator("Andel barn och unga som fått bedömning och vård för psykisk ohälsa/sjukdom på en vårdcentral.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Prioritera frågan kring psykisk ohälsa hos barn och unga på ledningsnivå",
              typ: .planerOchRiktlinjer, när: [.år(2022)], ansvar: "Region och Kommun") {
        Stycke("Arbeta med att implementera Inriktningsdokument Organiserat integrerat arbete för personer med psykisk ohälsa, missbruk och beroende riktar sig till ledningsfunktioner inom region och kommuner i Västra Götaland.")
        Stycke("Inriktningsdokumntet finns att hämta:")
        Stycke {
            Länk("Länsgemensamt inriktningsdokument organiserat integrerat arbete - slutlig (vgregion.se)",
                 till: inriktningsdokumentet)
        }
        Indikator("Skriftligt avtal/överenskommelse om samverkan mellan region/kommun på lokal nivå i Tanum.", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Utbilda och engagera samhället", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "Region och Kommun") {
        Stycke("Fortsätta arbeta med kampanjer och samverkanskonferenser kring olika teman.")
        Punktlista {
            "Kampanj Bortförd - fokus hedersrelaterat våld och förtryck. Återkommer varje år."
            "Samverkanskonferens – våld i ungas relationer. Planering även 2022 men med mer fokus på hedersrelaterad problematik /HBTQI"
            "Svartsjuka är inte romantiskt. Återkommer varje år."
        }
        Indikator("Antal övergripande marknadsförda kampanjer och konferenser i kommunen", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål2_2 = Mål("2.2", "Förebygga och uppmärksamma bruk av alkohol och narkotika bland unga", genomför: .b2_2) {
    Stycke("Bruk av alkohol och narkotika kan påverka fysiskt, psykiskt och socialt välbefinnande. För att ge goda förutsättningar för ett gott vuxenblivande behöver missbruk tidigt uppmärksammas. Missbruk hos unga samspelar ofta med psykiska och sociala faktorer som påverkar missbruket och samsjukligheten är ofta hög. Det finns samband med individers livsvillkor och sociala sammanhang. Särskilt sårbara och viktiga att uppmärksamma är t ex hbtq-personer, ensamkommande/nyanlända och barn till föräldrar med eget missbruk eller psykisk ohälsa. Det är viktigt att samordna insatser för unga som har kontakt med flera myndigheter och behandlingsverksamheter. I samverkan behöver kommun och hälso- och sjukvård utveckla former för att tidigt identifiera dessa unga.")

    Aktivitet("Mini-Maria", typ: .samverkansstrukturer, när: [.pågående], ansvar: "Region och Kommun") {
        Stycke("Samverka kring att starta upp en lokal Mini-Maria där region och kommun samverkar.")
        Indikator("Andel elever med riskkonsumtion av alkohol i åk 9.", .resultat)
        Indikator("Andel elever med riskkonsumtion av alkohol i gymnasiet år 2.", .resultat)
        Indikator("Andel elever som någon gång använt narkotika i åk 9.", .resultat)
        Indikator("Andel elever som någon gång använt narkotika i gymnasiet år 2.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("ANDTS", typ: .planerOchRiktlinjer, när: [.pågående], ansvar: "Region och Kommun") {
        Punktlista {
            "Fortsätta arbeta efter den regionala strategin för alkohol, narkotika, doping, tobak och spel (ANDTS) tills regeringen antagit förnyad nationell ANDTS-strategi."
            "Fortsätta implementeringen av kommunens arbete gällande ANDTS utifrån antaget inriktningsdokument"
            "Ta fram ett informationsmaterial kring det lokala ANDTS-arbetet"
            "Se över möjligheten till en ANDTS-samordnare"
            "Samordnat informationsutskick 2 ggr/per år till föräldrar och personal, vilket utgår från principen vuxna först. CAN undersökning kommer genomföras under 2022"
        }
        Indikator("Skriftligt lokalt styrdokument för ANDTS", .process)
        Indikator("Framtaget informationsmaterial om ANDTS", .process)
        Indikator("Antal informationsutskick", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Tobaksfri dou", typ: .förändratVerksamhetsarbete, när: [.pågående], ansvar: "Kommun") {
        Stycke("Tobaksfri duo")
        Stycke("Tobaksfri duo är en framgångsrik kontraktsmetod för att förebygga tobaksbruk bland högstadieelever. De flesta ungdomar som börjar använda tobak gör det under tonårstiden. Om man avstår från tobak under denna tid är chansen att förbli tobaksfri hela livet mycket stor. Tobaksfri duo är en kontraktsmetod som används för att förebygga tobaksbruk hos högstadieelever. Metoden bygger på en väl strukturerad organisation, vuxenstöd, information, attitydpåverkan och positivt grupptryck.")
        Punktlista {
            "Tobaksinformation Åk 6"
            "Tobaksfri duo Åk 7-9"
        }
        Indikator("Antal genomförda tobaksinformationsträffar för åk 6", .process)
        Indikator("Antal genomförda Tobakfri dou- kontrakt i åk 7-9", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Prioritera frågan kring alkohol och narkotika bland unga på ledningsnivå",
              typ: .planerOchRiktlinjer, när: [.år(2021)], ansvar: "Region och Kommun") {
        Stycke {
            "Arbeta med att implementera Inriktningsdokument Organiserat integrerat arbete för personer med psykisk ohälsa, missbruk och beroende riktar sig till ledningsfunktioner inom region och kommuner i Västra Götaland. "
            Länk("Länsgemensamt inriktningsdokument organiserat integrerat arbete - slutlig (vgregion.se)",
                 till: inriktningsdokumentet)
        }
        Indikator("Skriftligt avtal/överenskommelse om samverkan mellan region/kommun på lokal nivå i Tanum.", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Länsgemensam aktivitet", typ: .planerOchRiktlinjer, när: [.år(2022)], ansvar: "Region och Kommun") {
        Stycke("Bevaka den länsgemensamma aktiviteten att sammanställa kunskap och ta fram ett regionalt inriktningsdokument för integrerade verksamheter/ mottagningar för unga.")
        Indikator("Antal medarbetare som tagit del av det regionala inriktningsdokumntet", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    // The seed gives this row no indicator.
    Aktivitet("Öppen mottagning", när: [.år(2022)], ansvar: "Region och Kommun") {
        Stycke("Utreda möjligheten till en öppen mottagning för föräldrar som är oroade över att deras barn har prövat droger/ eller andra anhöriga eller ungdomar själva att besöka en rådgivning. Ex öppet en kväll i veckan.")
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Genomföra kampanjer i samband med högtider", typ: .kunskapshöjande,
              när: [.återkommande(.varje(.år))],
              ansvar: "Kommunen: Ungdomsutvecklare och Folkhälsostrateg") {
        Stycke("I samband med högtider genomföra kampanjer med syfte att stoppa langningen genom att göra föräldrar och andra vuxna medvetna om sin roll i att påverka ungdomars tillgång och efterfrågan på alkohol. I samarbete med länsstyrelsen VG, polisen och Systembolaget.")
        Indikator("Antal genomförda kampanjer", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Dags att prata – föräldraföreläsning", typ: .kunskapshöjande, när: [.återkommande(.varje(.år))],
              ansvar: "Kultur och fritid") {
        Stycke("Föräldraföreläsning Dags att prata. I årskurs 7 är inriktningen tobak, i årskurs 8 alkohol och i årskurs 9 narkotika.")
        Indikator("Antal genomförda föräldraföreläsningar med fokus på ANT", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål3_1 = Mål("3.1", "Barn och unga som har behov av samordnade insatser ska ha en SIP", genomför: .b3_1) {
    Stycke("Sedan 2010 är det lagstiftat, både i socialtjänstlagen och hälso- och sjukvårdslagen, att kommun och region ska upprätta en samordnad individuell plan, SIP, när en person har behov av insatser från båda huvudmännen. I Västra Götaland finns från 2020 en överenskommelse om samverkan för barn och ungas hälsa. I den har tidigare Västbus riktlinjer inarbetats. En SIP gör den enskilde och närstående delaktiga i planeringen av insatser från hälso- och sjukvård, socialtjänst och skola och ansvarsfördelningen blir tydlig. SIP är också ett bra verktyg för samordning mellan verksamheter inom en huvudman.")

    Aktivitet("Samverkansprocess mellan region/kommun", typ: .planerOchRiktlinjer, när: [.år(2022)],
              ansvar: "Region och Kommun") {
        Stycke("Arbeta med att ta fram rutiner för det lokala arbetet med styrdokumentet Överenskommelse om samverkan för barn och ungas hälsa.")
        Stycke {
            Länk("Överenskommelse för barns och ungas hälsa - Vårdsamverkan i Västra Götaland (vardsamverkan.se)",
                 till: "https://www.vardsamverkan.se/omraden/barn-och-unga/barn-och-ungas-halsa/")
        }
        Stycke("Kartlägga samverkansprocess, verksamhet för barn och unga - Ledningssystem för systematiskt kvalitetsarbete, SOSFS 2011:9.")
        Indikator("Skriftlig lokal överenskommelse", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    // "Pågående, fortgår löpande"
    Aktivitet("Utveckling av arbetet med SIP", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "Region och Kommun") {
        Punktlista {
            Punkt {
                "Gemensamma kunskapshöjande aktiviteter kring SIP. Att informations- och arbetsmaterial för SIP i Västra Götaland ("
                Länk("www.vardsamverkan.se/sip", till: "http://www.vardsamverkan.se/sip")
                ") är känt hos varje medarbetare."
            }
            "Gemensam utbildning av SIP-ledare"
        }
        Indikator("Upprättande av SIP i befolkningen 0-20 år.", .process)
        Indikator("Uppföljning av SIP i befolkningen 0-20 år.", .process)
        Indikator("Antal genomförda SIP-utbildningar bland personalgrupperna", .process)
        Indikator("Antal SIP-ledare i kommun/region", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål3_2 = Mål("3.2", "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbete", genomför: .b3_2) {
    Stycke("Barns och ungas egna upplevelser behöver tas tillvara för att kunna utveckla ett kunskapsbaserat arbetssätt. Barn har rätt till delaktighet i alla frågor som berör dem enligt FN:s konvention om barnets rättigheter. Inflytandet behövs på lokal, delregional, regional och nationell nivå och varje insats behöver betraktas från barnets perspektiv. Barn, unga och deras vårdnadshavare ska i så hög utsträckning som möjligt kunna påverka verksamhetsutveckling och definiera vad god kvalitet är.")

    Aktivitet("Samarbete brukarorganisationer", typ: .samverkansstrukturer, när: [.pågående],
              ansvar: "Region och Kommun") {
        Stycke("Arbeta med systematiskt med att integrera brukarorganisationer vid förändringar i verksamhet")
        Indikator("Antal samverkanstillfällen med brukarorganisationer", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Nationella brukarundersökningar", när: [.pågående], ansvar: "Region och Kommun") {
        Stycke("Resultat från Nationella brukarundersökningar ska användas i förbättringsarbetet.")
        Indikator("Resultat från nationella brukarundersökningar", .resultat,
                  källa: .enkät("Nationella brukarundersökningar"))
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("FIT", typ: .förändratVerksamhetsarbete, när: [.pågående], ansvar: "Kommun") {
        Stycke("Socialtjänsten används FIT (feedback informed treatment) i utförarledet, för att få en direkt feedback på barns och ungas egna upplevelser i syfte att öka deras delaktighet.")
        Indikator("Antal genomförda FIT i målgruppen 0-19 år.", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Brukarundersökning IFO", när: [.pågående], ansvar: "Kommun") {
        Stycke("Brukarundersökningen inom individ- och familjeomsorg har inriktning på myndighetsutövningen och omfattar verksamhetsområdena social barn- och ungdomsvård")
        Indikator("Antal deltagare i årliga brukarundersökningen IFO", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("LUPP", när: [.pågående], ansvar: "Kommun") {
        Stycke("LUPP är en enkät för kommuner och regioner som vill få kunskap om hur unga har det, hur de mår och vad de tycker om att leva på sin bostadsort. Ungdomsenkäten genomförs varje höst i oktober och november, men arbetet med planering och förberedelser börjar våren innan.")
        Indikator("Antal deltagare i årliga LUPP-undersökningen", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål4_1 = Mål("4.1", "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna och regionen",
    genomför: .b4_1) {
    Stycke("Det finns sju diskrimineringsgrunder som omfattas av lagens diskrimineringsförbud: kön, könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder. Personal ska få ökad kunskap om hur gruppers utsatthet, bl a minoritetsstress och skillnader i psykisk hälsa, kan relateras till att personer bryter mot normer utifrån exempelvis sexuell läggning, könsidentitet och nationellt ursprung. Kunskapen om mänskliga rättigheter, normativt bemötande och hur det påverkar unga i enskilda möten ska också öka.")

    Aktivitet("Utveckla lokal samverkan", typ: .samverkansstrukturer, när: [.år(2022)],
              ansvar: "Region och Kommun") {
        Stycke("Kartlägga intern samverkansprocess, verksamhet för målgrupp samsjuklighet och komplex problematik, kopplat till Ledningssystem för systematiskt kvalitetsarbete, SOSFS 2011:9.")
        Indikator("Undvikbara placeringar av barn/ungdomar i behov av psykiatrisk vård", .resultat)
        Indikator("Aktuella rutiner för samordning mellan BUP/Socialtjänsten", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Systematiskt arbeta med synpunkts-/klagomålshantering", typ: .förändratVerksamhetsarbete,
              när: [.pågående], ansvar: "Region och Kommun") {
        Stycke("Arbetssätt för att inhämta åsikter: Kommunen via synpunkt-/klagomålsrutin samt brukarenkäter, Närhälsan via Närhälsan live. Kvarterskliniken har diskuterat möjligheten att också införa liknande system som Närhälsan.")
        Indikator("Antal inkomna klagomål med avseende på bemötande inom socialtjänst och sjukvård.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Gemensam utbildningssatsning", typ: .kunskapshöjande, när: [.år(2022)],
              ansvar: "Region och Kommun") {
        Stycke("När länsgemensamt utbildningsmaterialet kring arbetet med diskriminering ska en gemensam utbildningssatsning för kommun/region hållas, förslagsvis digitalt.")
        Indikator("Antal deltagande på gemensam utbildningsträff.", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

private let mål5_1 = Mål("5.1", "Nollvision om suicid i Västra Götaland", genomför: .b5_1) {
    Stycke("I flera undersökningar uppger upp till åtta procent av flickorna och fyra procent av pojkarna att de någon gång försökt ta sitt liv. I Västra Götaland sker i genomsnitt åtta till nio suicid per år i åldersgruppen 15-19 år. Bakom varje fullbordat suicid går det tio allvarliga försök och bakom statistiken döljer sig psykisk ohälsa som är viktig att uppmärksamma. Unga personer med förhöjd suicidrisk ska identifieras och erbjudas rätt hjälp i tid så att de inte försöker ta sitt liv. Detta sker genom utvecklad samverkan och samsyn mellan olika aktörer. Ingen i Västra Götaland ska behöva se suicid som en utväg.")

    Aktivitet("Utbildning i Youth Aware of Mental Health (YAM)", typ: .kunskapshöjande, när: [.pågående],
              ansvar: "Kommun – BUN") {
        Stycke("Alla elever i åk 8 går utbildning i YAM. Tre instruktörer har under 2020 utbildat sig genom Nationellt centrum för suicidforskning och prevention (NASP). YAM syftar till att utveckla elevers färdigheter för att möta livets svårigheter och öka kunskapen om psykisk hälsa.")
        Indikator("Antal utbildningstillfällen i YAM", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Utbildning i MHFA", typ: .kunskapshöjande, när: [.år(2022).inledd("start")],
              ansvar: "Region och Kommun") {
        Stycke("Kunskapshöjande aktivitet genom gemensam utbildningssatsning i MHFA ”Första hjälpen till psykisk hälsa”. Kursen ges i tre olika versioner: 1. MHFA-ungdom 2. MHFA-vuxna 3. MHFA-äldre.")
        Indikator("Antal medarbetare som genomfört utbildning i MHFA", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Föräldrautbildning Livsviktigt snack", typ: .kunskapshöjande,
              när: [.termin(.ht, 2021).inledd("start")], ansvar: "Kommun") {
        Punktlista {
            "Föräldrautbildningen Livsviktigt snack ska erbjudas alla föräldrar från barn/elever i förskola, grundskola, grundsärskola och gymnaiseskola."
            "Digital föreläsning en gång per termin."
        }
        Indikator("Antal anmälda deltagare per föreläsning.", .process)
        Indikator("Antal suicid i befolkningen 0-19 år.", .resultat)
        Indikator("Antal suicidförsök i befolkningen 0-19 år", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Utbildning VÅGA FRÅGA från Suicide Zero till allmänheten", typ: .kunskapshöjande,
              när: [.termin(.ht, 2021).inledd("start")], ansvar: "Kommun") {
        Stycke("Att en gång per år köra en VÅGA FRÅGA- vecka med digitala utbildningar till allmänheten och politiker i syfte att öppna upp för samtal runt psykisk ohälsa och ge deltagarna verktygen för att kunna agera när någon i omgivningen mår dåligt.")
        Indikator("Antal suicid i befolkningen 0-19 år.", .resultat)
        Indikator("Antal suicidförsök i befolkningen 0-19 år.", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Länsgemensamt arbete", när: [.år(2022)], ansvar: "Länsgemensamt arbete") {
        Stycke("En länsgemensam aktivitet är att tillgängliggöra nationellt webbaserat verktyg (SPISS).")
        Indikator("Antal medarbetare i kommun/region i Tanum som tagit del av det webbaserade verktyget.", .process)
    } uppföljning: {
        Uppföljning(.år(2022))
    }
    Aktivitet("Prioritera suicidprevention på ledningsnivå.", när: [.pågående], ansvar: "Kommun") {
        Stycke("Prioritera suicidprevention på ledningsnivå.")
        Stycke("Beslutsfattare, chefer och ledare måste ha goda kunskaper om suicidförebyggande arbete. De har en central roll för att skapa förutsättningar i form av tid, resurser, utrymme och kontinuitet.")
        Indikator("Antal suicid i befolkningen 0-19 år.", .resultat)
        Indikator("Antal suicidförsök i befolkningen 0-19 år", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Ökad samordning och tillgänglighet till professionella insatser på alla nivåer",
              typ: .samverkansstrukturer, när: [.år(2022)], ansvar: "Region och Kommun") {
        Stycke("Kartlägga intern samverkansprocess, verksamhet för målgruppen och komplex problematik, kopplat till regionala styrdokument sant SOSFS 2011:9.")
        Indikator("Ledtider till att barnet/ungdomen får stöd genom BUP", .resultat)
        Indikator("Antal upprättade SIP i ålder 0-19 år.", .process)
        Indikator("Antal barn/ungdomsplaceringar på grund av egen psykisk ohälsa", .resultat)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Ta vara på civilsamhällets engagemang och kunskap", typ: .kunskapshöjande,
              när: [.termin(.ht, 2021).inledd("start")], ansvar: "Region och Kommun") {
        Punktlista {
            "Utbilda och stärka föräldrar i tidig ålder genom utbildningen Livsviktigt snack ska genomföras en gång per termin digitalt för föräldrar till barn från förskoleålder till högstadium."
            "Utbilda allmänheten genom löpande utbildning i Våga Fråga"
        }
        Indikator("Antal kurstillfällen i Livsviktigt snack", .process)
        Indikator("Antal kurstillfällen i Våga Fråga", .process)
        Indikator("Antal deltagande per utbildning", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Lära av händelseanalyser vid suicid", typ: .förändratVerksamhetsarbete,
              när: [.år(2022).inledd("start").med("ska ingå i löpande arbete")], ansvar: "Region och Kommun") {
        Stycke("Händelseanalyser ökar kunskapen om den suicidala processen och identifierar förbättringsområden samt bidrar till att utveckla det förebyggande arbetet. En händelseanalys är också en viktig del av stöd och återkoppling till närstående, personalgrupper eller andra efterlevande. I de fall som en individ som begår suicid har insatser från region och kommun bör en gemensam händelseanalys göras.")
        Stycke("Händelseanalyser i samverkan med närstående och berörda parter ger en mer detaljerad bild av suicid och dess orsaker. En gemensam händelseanalys kan även identifiera förbättringsområden mellan verksamheterna, till exempel när det gäller samverkan eller kommunikation.")
        Indikator("Antal händelseanalyser vid suicid i den lokala närsjukvårdsamverkansgruppen", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
    Aktivitet("Genomföra kampanjer för att uppmärksamma allmänheten om psykisk ohälsa", typ: .kunskapshöjande,
              när: [.år(2022).inledd("uppstart")], ansvar: "Region och kommun") {
        Stycke {
            "I samband med världsdagarna psykisk hälsa (10 okt) och suicidpreventiva dagen (10 sep) uppmärksamma dessa för allmänheten genom kommunens sociala medier, video, foldrar, affischer osv. i syfte att minska stigmatisering kring både psykisk ohälsa och suicid. Exempel använda VGR:s kampanj Ett steg för livet ("
            Länk("http://stegforlivet.se/", till: "http://stegforlivet.se/")
            ")"
        }
        Indikator("Antal kampanjer som genomförts", .process)
    } uppföljning: {
        Uppföljning(.återkommande(.varje(.år)))
    }
}

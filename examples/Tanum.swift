import PlanModel

/// Tanum: Länsgemensamma fokusområden och mål för barn och unga, lokal handlingsplan
/// 2021–2023 (seed 003). Numbered chapters 1–6; chapter 6 holds the fokusområden, each
/// goal with its text, the "Lokal handlingsplan:" lead where the plan has one, and the
/// table Aktivitet | Vad | Indikator | När | Ansvarig | Uppföljning.
public let tanum = Handlingsplan(
    id: "tanum",
    organisationer: ["Tanums kommun"],
    titel: "Länsgemensamma fokusområden och mål för barn och unga",
    period: .årsintervall(2021, 2023),
    tabellayout: .vadOchIndikator,
    fokusrubrik: .medOrd
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
            Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt", genomför: .b1_1) {
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
                Aktivitet("Föräldramöten /Utskick via Unikum", typ: .kunskapshöjande, när: [.år(2022).med("start")],
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
                    Uppföljning(.datum(Datum(2021, 12, 1)).med("senast, eller 2022"), "Redovisning till FHR")
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
            Mål("1.2", "Alla elever ska lämna grund- och gymnasieskolan med godkända betyg", genomför: .b1_2) {
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
        }
    }
}

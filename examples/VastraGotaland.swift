import PlanModel
import RegionVastraGotaland

/// Göteborgsområdet / Västra Götaland: Temagrupp barn och unga's presentation of the regional
/// plan "Det goda livet i Västra Götaland – Handlingsplan för psykisk hälsa 2018–2024", its
/// goals for children and young people, the cooperation structure and the table
/// "Regionala barnuppdraget" (seed 001, a slide deck).
///
/// The goals are stated from their definitions in VastraGotalandMal.swift (`Mål(.b1_1)`),
/// so each goal text is written once. Slide furniture (footer links, page numbers, the
/// logo words "Kommun och sjukvård") is left out.
public let västraGötaland: Handlingsplan = Handlingsplan(
    id: "vastra-gotaland",
    organisationer: ["Västra Götalandsregionen", "Samverkan i Göteborgsområdet"],
    titel: "Det goda livet i Västra Götaland",
    undertitel: "Handlingsplan för psykisk hälsa",
    period: .årsintervall(2018, 2024),
    region: .västraGötaland
) {
    Kapitel("Temagrupp barn och unga") {
        Stycke("Lena Ekeröth, processledare Temagrupp barn och unga")
    }

    Kapitel("Vårdsamverkan i Västra Götaland (VVG)") {
        Stycke("Kommunerna i Västra Götaland:")
        Punktlista {
            "Boråsregionen"
            Punkt { Fet("Göteborgsregionen (GR)") }
            "Skaraborgs kommunalförbund"
            "Fyrbodals kommunalförbund"
        }
        Stycke("Regionens verksamheter")
    }

    Kapitel("Samverkansstruktur") {
        Punktlista {
            Punkt("Politisk nivå") {
                "Politiskt samråd"
                "Politiskt presidium, beredning"
            }
            Punkt(Löptext { Betonad("Strategisk övergripande nivå") }) {
                "Ledningsgrupp för samverkan, LGS"
                "Beredningsgrupp"
                "Utvecklingsgrupp SAMSA"
                "Samverkanskontoret"
            }
            Punkt(Löptext { Betonad("Processorienterade temagrupper") }) {
                "Temagrupp Barn och unga"
                "Temagrupp Rehab & Hab"
                "Temagrupp Psykiatri"
                "Temagrupp Äldre"
            }
            Punkt(Löptext { Betonad("Lokal samverkan") }) {
                Punkt("NOSAM (Närområdessamverkan)") {
                    Punkt("Finns i varje stadsområde/kommun i Göteborgsområdet:") {
                        "Barn och unga"
                        "Mitt i livet"
                        "Psykiatri"
                        "Äldre"
                    }
                }
                "Lokal samverkansgrupp barn och unga"
                "Samverkan på individnivå, ISAM"
            }
        }
        Stycke("Samverkan mellan kommun och sjukvård för den enskildes bästa")
    }

    Kapitel("Vårt uppdrag") {
        Kapitel("Styrande dokument för samverkansarbetet i Göteborgsområdet") {
            Punktlista {
                "Samverkansavtal"
                "Uppdragsbeskrivning"
                "Samverkansplan"
                "Temagruppernas handlingsplaner"
                "NOSAM:s handlingsplaner"
            }
        }
        // The seed sets "Göteborgsområdet" in bold in this heading; a heading is plain text.
        Kapitel("Prioriterade fokusområden i Göteborgsområdet enligt Samverkansplanen") {
            Punktlista {
                Punkt { Fet("Trygga, säkra och effektiva vårdövergångar") }
                Punkt { Fet("Främja hälsa och förebygga ohälsa") }
            }
        }
        Kapitel("Vårt mål") {
            Stycke("Samverkan mellan kommun och region ska utjämna skillnader i hälsa.")
            Stycke("Den enskilde ska få god och säker vård (hälso- och sjukvård), tandvård, stöd och omsorg med effektiva samordnade insatser.")
            Kapitel("Målgrupp") {
                Stycke("personer som är i behov av insatser från kommun och region.")
            }
            Kapitel("Att beakta") {
                Punktlista {
                    "socioekonomiskt utsatta grupper"
                    "nyanlända till Sverige"
                    "kön"
                    "personer med funktionsnedsättning."
                }
            }
        }
    }

    Kapitel("Handlingsplan psykisk hälsa i Västra Götaland") {
        Kapitel("Fokusområden och mål för barn och unga") {
            Fokus(.förebyggandeOchFrämjande) {
                Mål(.b1_1)
                Mål(.b1_2)
            }
            Fokus(.tillgängligaTidigaInsatser) {
                Mål(.b2_1)
                Mål(.b2_2)
            }
            Fokus(.enskildasDelaktighet) {
                Mål(.b3_1)
                Mål(.b3_2)
            }
            Fokus(.utsattaGrupper) {
                Mål(.b4_1)
            }
            Fokus(.ledningStyrningOrganisation) {
                Mål(.b5_1)
            }
        }
        Kapitel("Det goda livet i Västra Götaland") {
            Stycke("Handlingsplan för psykisk hälsa 2018-2024")
            Stycke("Förlängd!")
        }
    }

    Effektmålstabell("Regionala barnuppdraget", delområde: "Delområdet nedbrutet",
                     etapper: [.effektmål(.år(2023)), .effektmål(.årsintervall(2024, 2025)),
                               .effektmål(.årsintervall(2026, 2027)), .framtidsvision(.år(2028))]) {
        Delområde("Barnkompetens",
                  "Kunskaps- och kompetensbehov för att kunna möta barn, unga och närståendes behov av en trygg, nära, professionell och kunskapsbaserad hälso- och sjukvård är identifierat.",
                  "Fler barn, unga och närstående erbjuds en trygg, nära, kunskapsbaserad och professionell vård.",
                  "Barn, unga och närstående erbjuds en trygg, nära, kunskapsbaserad och professionell vård.",
                  "Västra Götalandsregionen har säkerställt en god och nära hälso- och sjukvård i ett sammanhållet system för barn och unga som ser till bästa möjliga hälsa och utveckling.")
        Delområde("Barn, ungas och närstående har delaktighet, ett systematiskt barnrättsperspektiv i tillämpas i alla processer som berör målgruppen",
                  "Regiongemensam bild finns av nuvarande kunskapsläge när det gäller förståelse för betydelsen av barn, ungas och närståendes delaktighet och medskapande.",
                  "Regionen har ett systematiskt barnrättsperspektiv i alla processer som berör barn och unga.",
                  "Barn, unga och närstående är delaktiga i vården.",
                  "Västra Götalandsregionen har säkerställt en god och nära hälso- och sjukvård i ett sammanhållet system för barn och unga som ser till bästa möjliga hälsa och utveckling.")
        // The seed cuts the vision off after "som ser till bästa"; completed as in the rows above.
        Delområde("Sammanhållet system för hälso- och sjukvård för barn och unga",
                  "En gemensam målbild för ett sammanhållet system är fastställt.",
                  "Hälso- och sjukvården ges i ökad utsträckning i ett sammanhållet system, vilket leder till rätt insats i rätt tid som utgår från rätt instans.",
                  "Effekten för barn, unga och närstående är att de har tillgång till en tillgänglig god och nära vård.",
                  "Västra Götalandsregionen har säkerställt en god och nära hälso- och sjukvård i ett sammanhållet system för barn och unga som ser till bästa möjliga hälsa och utveckling.")
    }

    Kapitel("Temagrupp Barn och unga") {
        Punktlista {
            "Verksamhetschefer från socialtjänst, elevhälsa, förskola, skola, funktionsstöd, gymnasium, vårdcentral/UPH, habilitering, tandvård, BUP, DSBUS, ANS (SiV), Regionhälsan BUM och UM"
            "Fem kommuner"
            "Barnen i fokus – vad kan min verksamhet bidra med?"
            "Referensgrupp för delaktighet"
            "Beredningsgrupp"
            "Handlingsplan – delmål – aktiviteter - arbetsgrupper"
            "Processtöd"
            "Webbsida"
            "Omvärldsbevakning"
        }
    }

    Kapitel("Uppdrag och ansvar") {
        Stycke("för ledamöter i LGS, temagrupper och NOSAM")
        Punktlista {
            "Förankra frågor och genomföra i den egna organisationen."
            "Bära information till och från den organisation/ verksamhet man representerar."
            "Kontinuitet och mandat är viktigt för att kunna förankra och genomföra."
        }
    }

    Kapitel("Barnets bästa") {
        Kapitel("Definitioner") {
            Punktlista {
                Punkt("Barnperspektiv") { "Vuxens perspektiv på barn, samhällets syn på barn" }
                Punkt("Barnets perspektiv") { "Det individuella barnets perspektiv, delaktigheten" }
                Punkt("Barnrättsperspektiv") { "Att se på en fråga utifrån de rättigheter barnet har enligt barnkonventionen" }
            }
        }
    }

    Kapitel("Barn och unga ska lyckas i skolan") {
        Stycke("Samverkansplattform Temagrupp Barn och Unga")
        Punktlista {
            "Familjecentrerat arbetsätt som grund"
            "SIP som verktyg, stöd och struktur"
            "Barnrättsperspektivet genomsyrar samverkan"
        }
    }

    Kapitel("Temagrupp barn och ungas referensgrupp för delaktighet") {
        Stycke("Stärka arbetet för barn och unga genom brukarperspektiv")
        // The seed's link has its own text as target, no address: kept as text.
        Stycke("Referensgrupp brukarorganisationer - Samverkan i Göteborgsområdet (vardsamverkan.se)")
        Punktlista {
            "Ca 4 möten/år, uppdragshandling webbsida"
            "Informationsutbyte – aktuella frågor"
            "Synpunkter på temagruppens handlingsplan mm."
            "Inbjuds till arbetsgrupper"
            "Identifiera områden för samverkan och utveckling utifrån ett brukarperspektiv."
        }
        Punktlista {
            "FUB"
            "Autism Göteborg"
            "Barnrättsorganisationen BRIS"
            "NSPH (Nationell Samverkan för Psykisk Hälsa)"
            "Unga rörelsehindrade"
            "Barnrättsorganisationen Maskrosbarn"
            "Barncancercentrum"
        }
    }

    Kapitel("Ny överenskommelse om samverkan för barns och ungas hälsa + Riktlinje för SIP") {
        Stycke("ersätter tillsammans Västbus riktlinjer")
        Stycke { Länk("Överenskommelse Samverkan för barns och ungas hälsa (vgregion.se)", till: "https://vgregion.se") }
        Stycke("Länk: Riktlinje för SIP i Västra Götaland 2020-2023")
    }

    Kapitel("Syfte och mål för Överenskommelsen Samverkan för barns och ungas hälsa") {
        Punktlista {
            Punkt(Löptext { Fet("Överenskommelsen ska främja och tydliggöra struktur och ansvar för samverkan mellan berörda verksamheter") }) {
                "Kännedom om eget och samverkansparters uppdrag"
                "Styrning enligt ledningsstrukturen för samverkan för vård och omsorg i länet"
                "Uppdrag att efterfråga följsamhet till regelverk, gemensam kompetensutveckling"
                "SIP barn och unga verktyg för samverkan"
            }
            Punkt { Fet("Tidiga samordnade insatser ska motverka svåra och komplexa problem för barnet senare i livet") }
            Punkt { Fet("Barnet och vårdnadshavare ska ges tillfälle att påverka insatserna – delaktighet") }
            Punkt { Fet("Säkra hälso- och sjukvård och skola till barn och unga placerade i samhällsvård") }
        }
        // The next slide has no heading of its own.
        Stycke("Tillämpningsanvisningarna följer uppdrag definierade i överenskommelsen för barn och unga, genom färgkodade avsnitt:")
        NumreradLista {
            Punkt { Fet("Struktur för samverkan"); " – uppdragsbeskrivning för samverkansgrupper, uppdrag om att samverka på individnivå enligt SIP-riktlinjen." }
            Punkt { Fet("Tidiga insatser"); " – uppdrag om att utveckla arbetet med tidiga insatser, inkluderat familjecentrerat arbetssätt." }
            Punkt { Fet("Delaktighet"); " – uppdrag om att utveckla arbetet med att låta barn bli delaktiga ur ett barnrättsperspektiv." }
            Punkt { Fet("Samverkan för barn och unga placerade i samhällsvård"); " – uppdrag för utsedda verksamheter om att säkra hälso-och sjukvård, tandvård och skolgång för målgruppen." }
        }
        Stycke("Gemensamma utvecklingsområden anges. Sist finns begreppslista och länklista.")
        Stycke("Länk till tillämpningsanvisningarna (rev 2024-06-04)")
    }

    Kapitel("Tillämpningsanvisningar i Göteborgsområdet") {
        Stycke("för Överenskommelse om Samverkan för barns och ungas hälsa, som tillsammans med Riktlinje för Samordnad individuell plan (SIP) ersätter Västbus riktlinjer.")
        Stycke("Fastställt av Temagrupp Barn och unga samt Ledningsgrupp för samverkan (LGS) i december 2021. Giltig till 2023-12-31.")
        Stycke("Version 1.1: Uppdat. länkar 2022-06-20.")
        Stycke("I Göteborgsområdet samverkar Västra Götalandsregionen, Göteborgs Stad, Härryda kommun, Mölndal stad, Partille kommun och Öckerö kommun.")
    }

    Kapitel("Satsning på spridning av Tillämpningsanvisningarna") {
        Stycke("Ta del av de genomförda spridningskonferenserna.")
        NumreradLista {
            Punkt("Digital spridningskonferens med fokus på Ledningsstruktur för samverkan") {
                "Presentation från Temagrupp Barn och ungas Spridningskonferens 13 maj 2022"
            }
            Punkt("Fysisk spridningskonferens med fokus på Tidiga insatser") {
                "Spridningskonferens 7 oktober 2022"
            }
            Punkt("Digital spridningskonferens med fokus på Delaktighet") {
                "Spridningskonferens 31 mars 2023"
            }
            Punkt("Fysisk spridningskonferens med fokus på Delaktighet") {
                "Spridningskonferens 12 maj 2023"
            }
            Punkt(Löptext {
                "Digital spridningskonferens med fokus Barn och unga placerade i samhällsvård – Heldagskonferens 26 oktober. "
                Fet("NU MED FILM!")
            }) {
                "Spridningskonferens och dialog 26 oktober 2023"
            }
        }
        Stycke {
            "Tillämpningsanvisningarna syftar till att underlätta för verksamheterna att "
            Fet("samverka kring barn och unga")
            ", där så behövs. Inga barn och ungdomar ska falla mellan stolarna."
        }
    }

    Kapitel("Stärkt arbete med SIP – implementeringsplan i Göteborgsområdet") {
        Punktlista {
            Punkt { "400 SIP-utbildare ”"; Fet("Lär dig lära ut SIP"); "”" }
            "SIP-samordnare"
            "LGS stimulansmedel 2021-2023"
            "Nätverk"
            "Information till chefer. Utbildningsfilm finns på hemsidan."
        }
        Stycke("SIP-implementering i Göteborgsområdet - Samverkan i Göteborgsområdet")
    }

    Kapitel("Statliga stimulansmedel för stöd i satsningar enligt länsgemensam Handlingsplan psykisk hälsa") {
        Stycke("Pågår:")
        Punktlista {
            "Samverkansinsatser för att uppnå hälsosam vikt för barn och unga, Tidig upptäckt och tidiga samordnade insatser riktade till barn och unga med psykisk ohälsa, omvårdnadsbrist och/eller våld i familjen, samt Insatser i samverkan för att upptäcka och motverka riskbruk och riskbeteenden gällande droger och alkohol, destruktivt sexuellt risktagande och/eller erfarenheter av våld."
            "Åtta team/partner i samverkan har för 2024 genom Temagrupp barn och unga mottagit tillfälliga stimulansmedel: Härryda kommun, Mölndals stad, Socialtjänst Sydväst, Angeredens närsjukhus, Öckerö kommun och Närhälsan Biskopsgården."
            Punkt {
                "Läs mer här: "
                Länk("Psykisk hälsa barn och unga - Samverkan i Göteborgsområdet (vardsamverkan.se)", till: "https://vardsamverkan.se")
            }
        }
    }

    Stycke("Samverkan ska alltid leda till ett mervärde för barnet.")
}

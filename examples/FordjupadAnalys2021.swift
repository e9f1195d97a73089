import AnalysisModel
import PlanModel
import RegionVastraGotaland

/// *Fördjupad analys 2021* of "Det goda livet i Västra Götaland – Handlingsplan för
/// psykisk hälsa 2018–2022" (seed 004), compiled by Lumell Associates for VästKom,
/// Västra Götalandsregionen and NSPH i Västra Götaland: the summary pages, chapters 1–7
/// and the appendix, in the report's order. The parts are defined in the files
/// FordjupadAnalys2021*.swift.
public let fördjupadAnalys2021: Analysrapport = Analysrapport(
    id: "fordjupad-analys-2021",
    titel: "Fördjupad analys 2021",
    undertitel: "Fördjupad analys av arbetet med handlingsplanen",
    avser: "Det goda livet i Västra Götaland – Handlingsplan för psykisk hälsa 2018–2022",
    omslagstexter: ["Förlängd! Med mindre justeringar"],
    organisationer: ["VästKom – Västsvenska kommunalförbundens samorganisation", "Västra Götalandsregionen",
                     "NSPH i Västra Götaland"],
    utförare: Utförare("Lumell Associates", webbplats: "www.lumell.se"),
    kontakter: [
        Kontakt("Catharina Sundström", epost: "catharina.sundstrom@vastkom.se"),
        Kontakt("Lise-Lotte Risö Bergerlind", epost: "lise-lotte.risobergerlind@vgregion.se"),
    ],
    period: .år(2021)
) {
    fördjupadAnalysObservationer
    fördjupadAnalysVerksamhetslogik
    fördjupadAnalysVägarFramåt
    fördjupadAnalysKapitel1
    fördjupadAnalysKapitel2
    fördjupadAnalysKapitel3
    fördjupadAnalysKapitel4
    fördjupadAnalysKapitel5
    fördjupadAnalysKapitel6
    fördjupadAnalysKapitel7
}

// The report's own wording of goal headings, where it differs from the goals' definitions
// in VastraGotalandMal.swift.

/// B3.1 as the report's goal lists name it.
let b3_1IRapporten: Målreferens = Målreferens(.b3_1, rubrik: "Barn och unga som har behov av samordnade insatser ska ha en SIP/Västbusplan")
/// B3.2 as the report names it ("utvecklingsarbete", where the plan has "utvecklingsarbetet").
let b3_2IRapporten: Målreferens = Målreferens(.b3_2, rubrik: "Brukarföreträdare ska erbjudas delaktighet i utvecklingsarbete")
/// B4.1 as the report names it ("kommunerna eller regionen", as V4.1).
let b4_1IRapporten: Målreferens = Målreferens(.b4_1, rubrik: "Ingen ska diskrimineras eller uppleva negativt bemötande i kontakterna med kommunerna eller regionen")

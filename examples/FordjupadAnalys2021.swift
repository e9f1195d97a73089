import AnalysisModel
import PlanModel

/// *Fördjupad analys 2021* of "Det goda livet i Västra Götaland – Handlingsplan för
/// psykisk hälsa 2018–2022" (seed 004), compiled by Lumell Associates for VästKom,
/// Västra Götalandsregionen and NSPH i Västra Götaland: the summary pages, chapters 1–7
/// and the appendix, in the report's order. The parts are defined in the files
/// FordjupadAnalys2021*.swift.
public let fördjupadAnalys2021 = Analysrapport(
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
}

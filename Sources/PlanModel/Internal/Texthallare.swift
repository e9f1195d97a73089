// The plan's texts, walked through its types: each model type names the fields that hold
// text, in the order it declares them, and passes on the nearest place that records where
// it was written. Validation's text review (`Textgranskning`) is told of each text and
// link this way; ExampleTests check that the walk meets the same texts, at the same
// places and in the same order, as a reflecting walk over every stored field does, so a
// text field added to the model and not listed here fails there.

/// A value that holds text: it tells a `Textbesökare` of each text, at its own place
/// where it records one and else at `plats`.
///
/// ```swift
/// plan.besökTexter(&besökare, plats: plan.plats)
/// ```
package protocol Texthållare {
    func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats)
}

extension String: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) { besökare.text(self, plats: plats) }
}

extension Array: Texthållare where Element: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        for element in self { element.besökTexter(&besökare, plats: plats) }
    }
}

extension Optional: Texthållare where Wrapped: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        if let self { self.besökTexter(&besökare, plats: plats) }
    }
}

extension Handlingsplan: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(id, plats)
        besökare.besök(organisationer, plats)
        besökare.besök(titel, plats)
        besökare.besök(undertitel, plats)
        besökare.besök(period, plats)
        besökare.besök(fastställd, plats)
        besökare.besök(förvaltningar, plats)
        besökare.besök(kommunkod, plats)
        besökare.besök(underskrifter, plats)
        besökare.besök(kortTitel, plats)
        besökare.besök(innehåll, plats)
        besökare.besök(mallmapp, plats)
    }
}

extension Fastställande: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) { besökare.besök(av, plats) }
}

extension Underskrift: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        besökare.besök(namn, plats)
        besökare.besök(titel, plats)
        besökare.besök(förvaltning, plats)
    }
}

extension Tid: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        switch self {
        case .år, .årsintervall, .läsår, .termin, .månad, .datum, .pågående: return
        case .intervall(let från, let till):
            besökare.besök(från, plats)
            besökare.besök(till, plats)
        case .frånOchMed(let tid): besökare.besök(tid, plats)
        case .återkommande(let återkommande): besökare.besök(återkommande, plats)
        case .kommenterad(let tid, let kommentar):
            besökare.besök(tid, plats)
            besökare.besök(kommentar, plats)
        case .inledd(let ord, let tid):
            besökare.besök(ord, plats)
            besökare.besök(tid, plats)
        case .fritext(let text): besökare.besök(text, plats)
        }
    }
}

extension Återkommande: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        switch self {
        case .varje: return
        case .antal(_, let vad, _): besökare.besök(vad, plats)
        }
    }
}

extension Planinnehåll: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        switch self {
        case .text(let block): besökare.besök(block, plats)
        case .kapitel(let kapitel): besökare.besök(kapitel, plats)
        case .fokus(let fokus): besökare.besök(fokus, plats)
        case .arbetsgrupp(let grupp): besökare.besök(grupp, plats)
        case .effektmål(let tabell): besökare.besök(tabell, plats)
        }
    }
}

extension Textblock: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        switch self {
        case .stycke(let text): besökare.besök(text, plats)
        case .punktlista(let punkter), .numreradLista(let punkter): besökare.besök(punkter, plats)
        }
    }
}

extension Listpunkt: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        besökare.besök(text, plats)
        besökare.besök(underpunkter, plats)
    }
}

extension Löptext: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) { besökare.besök(delar, plats) }
}

extension Textdel: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        switch self {
        case .text(let text), .betonad(let text), .fet(let text): besökare.text(text, plats: plats)
        case .länk(let text, let adress): besökare.länk(text, adress: adress, plats: plats)
        case .hänvisning(let text, let till):
            besökare.text(text, plats: plats)
            besökare.text(till, plats: plats)
        }
    }
}

extension Kapitel: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(nummer, plats)
        besökare.besök(rubrik, plats)
        besökare.besök(innehåll, plats)
    }
}

extension Fokus: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(rubrik, plats)
        besökare.besök(text, plats)
        besökare.besök(mål, plats)
    }
}

extension Mål: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(nummer, plats)
        besökare.besök(rubrik, plats)
        besökare.besök(regionalaMål, plats)
        besökare.besök(text, plats)
        besökare.besök(ledtext, plats)
        besökare.besök(aktiviteter, plats)
        besökare.besök(kortsiktigPeriod, plats)
        besökare.besök(indikatorer, plats)
        besökare.besök(långsiktigaMål, plats)
        besökare.besök(långsiktigaIndikatorer, plats)
    }
}

extension RegionaltMål: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        besökare.besök(id, plats)
        besökare.besök(rubrik, plats)
        besökare.besök(text, plats)
    }
}

extension Aktivitet: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(namn, plats)
        besökare.besök(vad, plats)
        besökare.besök(indikatorer, plats)
        besökare.besök(rader, plats)
    }
}

extension Indikator: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(text, plats)
        besökare.besök(källa, plats)
        besökare.besök(utgångsvärde, plats)
        besökare.besök(målvärde, plats)
        besökare.besök(serier, plats)
    }
}

extension Indikatorkälla: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        switch self {
        case .kolada(let namn), .enkät(let namn), .register(let namn), .fritext(let namn): besökare.besök(namn, plats)
        }
    }
}

extension Mätvärde: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) {
        besökare.besök(enhet, plats)
        besökare.besök(tid, plats)
    }
}

extension Indikatorserie: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) { besökare.besök(värden, plats) }
}

extension Delmål: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(text, plats)
        besökare.besök(när, plats)
        besökare.besök(ansvar, plats)
        besökare.besök(uppföljning, plats)
    }
}

extension Uppföljning: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(tid, plats)
        besökare.besök(text, plats)
    }
}

extension Arbetsgrupp: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) { besökare.besök(rader, plats) }
}

extension Medlemmar: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(förvaltning, plats)
        besökare.besök(namn, plats)
        besökare.besök(anmärkning, plats)
    }
}

extension Effektmålstabell: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(rubrik, plats)
        besökare.besök(delområde, plats)
        besökare.besök(etapper, plats)
        besökare.besök(rader, plats)
    }
}

extension Etapp: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats: Källplats) { besökare.besök(tid, plats) }
}

extension Delområde: Texthållare {
    package func besökTexter<B: Textbesökare>(_ besökare: inout B, plats _: Källplats) {
        besökare.besök(namn, plats)
        besökare.besök(mål, plats)
    }
}

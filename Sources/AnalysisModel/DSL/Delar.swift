import PlanModel

// Which DSL element may stand where. Each protocol is the set of elements allowed inside
// one kind of braces, so a chapter inside a section, an area's list outside a
// Fördjupning or a goal's background outside its goal section does not compile.

/// An element that becomes one piece of report content.
public protocol Rapportelement: Sendable {
    var rapportinnehåll: Rapportinnehåll { get }
}

/// An element allowed directly in a report: summary pages and chapters.
public protocol Rapportdel: Rapportelement {}

/// An element allowed inside a chapter, a section, a summary page, a box and the other
/// containers of running content.
public protocol Avsnittsdel: Rapportelement {}

/// An element allowed inside `Fördjupning { … }`: the areas' lists, text and remarks.
public protocol Fördjupningsdel: Rapportelement {}

/// An element allowed inside `Målavsnitt { … }`: background, indicators, county-wide
/// activities, then the sections and the Fördjupning.
public protocol Målavsnittsdel: Sendable {
    func lägg(till avsnitt: inout Målavsnitt)
}

extension Sammanfattning: Rapportdel {
    public var rapportinnehåll: Rapportinnehåll { .sammanfattning(self) }
}

extension Rapportkapitel: Rapportdel {
    public var rapportinnehåll: Rapportinnehåll { .kapitel(self) }
}

extension Avsnitt: Avsnittsdel, Målavsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .avsnitt(self) }
    public func lägg(till avsnitt: inout Målavsnitt) { avsnitt.innehåll.append(rapportinnehåll) }
}

extension Fördjupning: Målavsnittsdel {
    public func lägg(till avsnitt: inout Målavsnitt) { avsnitt.innehåll.append(.fördjupning(self)) }
}

extension Målavsnitt: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .målavsnitt(self) }
}

extension Områdesaktiviteter: Fördjupningsdel {
    public var rapportinnehåll: Rapportinnehåll { .områdesaktiviteter(self) }
}

extension Stycke: Avsnittsdel, Fördjupningsdel {
    public var rapportinnehåll: Rapportinnehåll { .text(.stycke(text: text)) }
}

extension Punktlista: Avsnittsdel, Fördjupningsdel {
    public var rapportinnehåll: Rapportinnehåll { .text(.punktlista(punkter: punkter)) }
}

extension NumreradLista: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .text(.numreradLista(punkter: punkter)) }
}

extension Anmärkning: Avsnittsdel, Fördjupningsdel {
    public var rapportinnehåll: Rapportinnehåll { .anmärkning(self) }
}

extension Citat: Avsnittsdel, Fördjupningsdel {
    public var rapportinnehåll: Rapportinnehåll { .citat(self) }
}

extension Ruta: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .ruta(self) }
}

extension Figur: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .figur(self) }
}

extension Nyckeltal: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .nyckeltal(self) }
}

extension Datatabell: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .datatabell(self) }
}

extension Verksamhetslogik: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .verksamhetslogik(self) }
}

extension Mållista: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .mållista(self) }
}

extension Målöversikt: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .målöversikt(self) }
}

extension Typöversikt: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .typöversikt(self) }
}

extension Aktivitetsgrupp: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .aktivitetsgrupp(self) }
}

extension Observationer: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .observationer(self) }
}

extension VägarFramåt: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .vägarFramåt(self) }
}

extension Intervjutabell: Avsnittsdel {
    public var rapportinnehåll: Rapportinnehåll { .intervjutabell(self) }
}

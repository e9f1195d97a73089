// Which DSL element may stand where. Each protocol is the set of elements allowed inside
// one kind of braces, so an activity outside a goal or a goal outside a fokusområde does
// not compile.

/// An element allowed directly in a plan or a chapter: text, chapters, fokusområden,
/// the working group, the effect-goal table.
public protocol Plandel: Sendable {
    var planinnehåll: Planinnehåll { get }
}

/// An element allowed inside `Fokus { … }`: introductory text and goals.
public protocol Fokusdel: Sendable {
    func lägg(till fokus: inout Fokus)
}

/// An element allowed inside `Mål { … }`: goal text, the lead, activities, and the
/// short- and long-term blocks of the theme layout.
public protocol Måldel: Sendable {
    func lägg(till mål: inout Mål)
}

/// An element allowed inside `Aktivitet { … }`: delmål rows, indicators, and the
/// description of what is done (Tanum's *Vad*).
public protocol Aktivitetsdel: Sendable {
    func lägg(till aktivitet: inout Aktivitet)
}

/// An element allowed inside `LångsiktigaMål { … }`: the goals and their indicators.
public protocol Långsiktigdel: Sendable {
    func läggLångsiktig(till mål: inout Mål)
}

extension Samla where Element == any Långsiktigdel {
    public static func buildExpression(_ text: String) -> [any Långsiktigdel] { [Löptext(text)] }
}

extension Stycke: Plandel, Fokusdel, Måldel, Aktivitetsdel {
    public var planinnehåll: Planinnehåll { .text(textblock) }
    public func lägg(till fokus: inout Fokus) { fokus.text.append(textblock) }
    public func lägg(till mål: inout Mål) { mål.text.append(textblock) }
    public func lägg(till aktivitet: inout Aktivitet) { aktivitet.vad.append(textblock) }
}

extension Punktlista: Plandel, Fokusdel, Måldel, Aktivitetsdel {
    public var planinnehåll: Planinnehåll { .text(textblock) }
    public func lägg(till fokus: inout Fokus) { fokus.text.append(textblock) }
    public func lägg(till mål: inout Mål) { mål.text.append(textblock) }
    public func lägg(till aktivitet: inout Aktivitet) { aktivitet.vad.append(textblock) }
}

extension NumreradLista: Plandel, Fokusdel, Måldel, Aktivitetsdel {
    public var planinnehåll: Planinnehåll { .text(textblock) }
    public func lägg(till fokus: inout Fokus) { fokus.text.append(textblock) }
    public func lägg(till mål: inout Mål) { mål.text.append(textblock) }
    public func lägg(till aktivitet: inout Aktivitet) { aktivitet.vad.append(textblock) }
}

extension Löptext: Långsiktigdel {
    public func läggLångsiktig(till mål: inout Mål) { mål.långsiktigaMål.append(self) }
}

extension Indikator: Aktivitetsdel {
    public func lägg(till aktivitet: inout Aktivitet) { aktivitet.indikatorer.append(self) }
}

extension Delmål: Aktivitetsdel {
    public func lägg(till aktivitet: inout Aktivitet) { aktivitet.rader.append(self) }
}

extension Aktivitet: Måldel {
    public func lägg(till mål: inout Mål) { mål.aktiviteter.append(self) }
}

extension Mål: Fokusdel {
    public func lägg(till fokus: inout Fokus) { fokus.mål.append(self) }
}

extension Kapitel: Plandel {
    public var planinnehåll: Planinnehåll { .kapitel(self) }
}

extension Fokus: Plandel {
    public var planinnehåll: Planinnehåll { .fokus(self) }
}

extension Arbetsgrupp: Plandel {
    public var planinnehåll: Planinnehåll { .arbetsgrupp(self) }
}

extension Effektmålstabell: Plandel {
    public var planinnehåll: Planinnehåll { .effektmål(self) }
}

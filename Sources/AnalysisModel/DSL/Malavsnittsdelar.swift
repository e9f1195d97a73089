import PlanModel

// The fixed parts at the head of a goal section. Each may stand only inside `Målavsnitt`.

/// The goal's background (*Bakgrundsbeskrivning*), as the report quotes it.
///
/// ```swift
/// Bakgrundsbeskrivning("Varje år tar cirka 200 personer i Västra Götaland sitt eget liv. …")
/// ```
public struct Bakgrundsbeskrivning: Målavsnittsdel {
    let text: [Textblock]

    public init(_ text: Löptext) { self.text = [.stycke(text: text)] }

    public func lägg(till avsnitt: inout Målavsnitt) { avsnitt.bakgrund += text }
}

/// The indicators the plan follows the goal up with (*Indikatorer*).
///
/// ```swift
/// Målindikatorer {
///     Indikator("Antal suicid i befolkningen.", .resultat)
///     Indikator("Handlingsplan för suicidprevention.", .process)
/// }
/// ```
public struct Målindikatorer: Målavsnittsdel {
    let lista: [Indikator]

    public init(@Samla<Indikator> _ lista: () -> [Indikator]) { self.lista = lista() }

    public func lägg(till avsnitt: inout Målavsnitt) { avsnitt.indikatorer += lista }
}

/// The county-wide activities the plan names for the goal. Empty braces say the plan has
/// none, which the layout prints in the label file's words.
///
/// ```swift
/// LänsgemensammaAktiviteter {
///     Länsaktivitet("Inrättande av regionalt resurscentra för psykisk hälsa.")
/// }
/// LänsgemensammaAktiviteter {}
/// ```
public struct LänsgemensammaAktiviteter: Målavsnittsdel {
    let lista: [Länsaktivitet]

    public init(@Samla<Länsaktivitet> _ lista: () -> [Länsaktivitet]) { self.lista = lista() }

    public func lägg(till avsnitt: inout Målavsnitt) { avsnitt.länsaktiviteter += lista }
}

/// A note below a page (*Not*).
///
/// ```swift
/// Not("Projektledare kan ha andra benämningar, som processledare eller samordnare.")
/// ```
public func Not(_ text: Löptext, fil: String = #fileID, rad: Int = #line) -> Anmärkning {
    Anmärkning(.not, text, plats: Källplats(fil: fil, rad: rad))
}

/// The sources of a page (*Källa*).
///
/// ```swift
/// Källa("SKR (2021)")
/// ```
public func Källa(_ text: Löptext, fil: String = #fileID, rad: Int = #line) -> Anmärkning {
    Anmärkning(.källa, text, plats: Källplats(fil: fil, rad: rad))
}

/// A footnote explaining a mark used above it.
///
/// ```swift
/// Fotnot("**", "Underlag saknas för ytterligare specificering")
/// ```
public func Fotnot(_ markering: String, _ text: Löptext, fil: String = #fileID, rad: Int = #line) -> Anmärkning {
    Anmärkning(.fotnot(markering), text, plats: Källplats(fil: fil, rad: rad))
}

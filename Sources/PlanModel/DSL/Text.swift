// The DSL words for free text. Each is a thin, readable wrapper that produces a model
// value (`Textdel`, `Textblock` or `Listpunkt`).

/// Emphasised (italic) text inside a `Löptext` builder.
///
/// ```swift
/// Stycke { "Inriktningsmålet: "; Betonad("Fler barn och unga fullföljer sina studier.") }
/// ```
public func Betonad(_ text: String) -> Textdel { .betonad(text) }

/// Strong (bold) text inside a `Löptext` builder.
///
/// ```swift
/// Stycke { Fet("NU MED FILM!") }
/// ```
public func Fet(_ text: String) -> Textdel { .fet(text) }

/// A link inside a `Löptext` builder.
///
/// ```swift
/// Stycke { "Läs mer på "; Länk("helsingborg.se", till: "https://helsingborg.se") }
/// ```
public func Länk(_ text: String, till adress: String) -> Textdel { .länk(text, adress: adress) }

/// A reference to a section inside a `Löptext` builder: `till` is the section's id. A
/// printed document shows the words and the section's page, a web page and plain text
/// the section's title.
///
/// ```swift
/// Not { "Läs mer under "; Hänvisning("s. ", till: "resultat-for-invanaren"); "." }
/// ```
public func Hänvisning(_ text: String, till id: String) -> Textdel { .hänvisning(text, till: id) }

/// A paragraph.
///
/// ```swift
/// Stycke("Uppföljning av planen ska ske årligen.")
/// Stycke { "Se "; Länk("SKR", till: "https://skr.se") }
/// ```
public struct Stycke: Sendable, Hashable {
    public let text: Löptext

    public init(_ text: String) { self.text = Löptext(text) }
    public init(_ text: Löptext) { self.text = text }
    public init(@Samla<Textdel> _ delar: () -> [Textdel]) { self.text = Löptext(delar: delar()) }

    var textblock: Textblock { .stycke(text: text) }
}

/// A bulleted list; items may carry nested lists.
///
/// ```swift
/// Punktlista {
///     "Stödsamtal"
///     Punkt("Föräldrastödsprogram") { "ICDP"; "ABC" }
/// }
/// ```
public struct Punktlista: Sendable, Hashable {
    public let punkter: [Listpunkt]

    public init(@Samla<Listpunkt> _ punkter: () -> [Listpunkt]) { self.punkter = punkter() }

    var textblock: Textblock { .punktlista(punkter: punkter) }
}

/// A numbered list.
///
/// ```swift
/// NumreradLista { "Struktur för samverkan"; "Tidiga insatser" }
/// ```
public struct NumreradLista: Sendable, Hashable {
    public let punkter: [Listpunkt]

    public init(@Samla<Listpunkt> _ punkter: () -> [Listpunkt]) { self.punkter = punkter() }

    var textblock: Textblock { .numreradLista(punkter: punkter) }
}

/// A list item with a nested list.
///
/// ```swift
/// Punkt("Föräldrastödsprogram") { "ICDP"; "ABC" }
/// Punkt { "Se "; Länk("webbsida", till: "https://example.se") }
/// ```
public func Punkt(_ text: Löptext, @Samla<Listpunkt> underpunkter: () -> [Listpunkt] = { [] }) -> Listpunkt {
    Listpunkt(text: text, underpunkter: underpunkter())
}

/// A list item of rich text.
public func Punkt(@Samla<Textdel> _ delar: () -> [Textdel]) -> Listpunkt {
    Listpunkt(text: Löptext(delar: delar()))
}

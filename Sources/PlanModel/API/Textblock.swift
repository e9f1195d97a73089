/// A block of free text in a chapter, a goal or a table cell: a paragraph or a list.
///
/// Written in the DSL with `Stycke`, `Punktlista` and `NumreradLista`:
///
/// ```swift
/// Stycke("Handlingsplanen följer de fem fokusområdena.")
/// Punktlista {
///     "Förebyggande och främjande arbete"
///     Punkt("Tillgängliga tidiga insatser") { "Första linjen" }
/// }
/// ```
public enum Textblock: Sendable, Hashable, Codable {
    case stycke(text: Löptext)
    case punktlista(punkter: [Listpunkt])
    case numreradLista(punkter: [Listpunkt])

    /// All words of the block, without formatting.
    public var ren: String {
        switch self {
        case .stycke(let text): return text.ren
        case .punktlista(let punkter), .numreradLista(let punkter):
            return punkter.map(\.ren).joined(separator: "\n")
        }
    }
}

/// An item of a list, with an optional nested list below it.
///
/// ```swift
/// Punkt("Föräldrastödsprogram") { "ICDP"; "ABC" }
/// ```
public struct Listpunkt: Sendable, Hashable, Codable {
    public var text: Löptext
    public var underpunkter: [Listpunkt]

    public init(text: Löptext, underpunkter: [Listpunkt] = []) {
        self.text = text
        self.underpunkter = underpunkter
    }

    public var ren: String { ([text.ren] + underpunkter.map(\.ren)).joined(separator: "\n") }
}

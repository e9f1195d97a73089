import PlanModel

/// A remark below a page's content: a note (*Not*), the sources (*Källa*), or a footnote
/// that explains a mark such as "*" in a table.
///
/// Written with `Not`, `Källa` and `Fotnot`:
///
/// ```swift
/// Not("Projektledare kan ha andra benämningar, som processledare eller samordnare.")
/// Källa("Länsgemensamma enkäter (2018-2021); Intervjuer med representanter … (2021)")
/// Fotnot("*", "Medel för brukarmedverkan fördelades enligt överenskommelsen till regionerna.")
/// ```
public struct Anmärkning: Sendable, Hashable, Codable {
    public enum Slag: Sendable, Hashable, Codable {
        case not
        case källa
        /// A footnote, with the mark it explains.
        case fotnot(String)
    }

    public var slag: Slag
    public var text: Löptext
    public var plats: Källplats

    public init(_ slag: Slag, _ text: Löptext, plats: Källplats) {
        self.slag = slag
        self.text = text
        self.plats = plats
    }
}

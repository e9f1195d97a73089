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

/// A figure of the report whose picture is not part of the transcription (a chart or an
/// illustration): its caption stands where it stood.
///
/// ```swift
/// Figur("Antal suicid i Västra Götaland (20+ år) (2010 – 2020)")
/// ```
public struct Figur: Sendable, Hashable, Codable {
    public var rubrik: String
    public var plats: Källplats

    public init(_ rubrik: String, fil: String = #filePath, rad: Int = #line) {
        self.rubrik = rubrik
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// A key figure shown large, with the words around it.
///
/// ```swift
/// Nyckeltal(.msek(6450), "fördelades i statliga stimulansmedel för psykisk hälsa mellan 2018-2021")
/// Nyckeltal("Medel som gått till Västra Götaland", .cirka(.msek(1034)), "(2018-2021)")
/// ```
public struct Nyckeltal: Sendable, Hashable, Codable {
    public var före: String?
    public var tal: Tal
    public var efter: String
    public var plats: Källplats

    public init(_ tal: Tal, _ efter: String, fil: String = #filePath, rad: Int = #line) {
        self.före = nil
        self.tal = tal
        self.efter = efter
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// A key figure with words before it too.
    public init(_ före: String, _ tal: Tal, _ efter: String, fil: String = #filePath, rad: Int = #line) {
        self.init(tal, efter, fil: fil, rad: rad)
        self.före = före
    }
}

import PlanModel

/// A table of typed numbers: a caption, column headings (a column may stand for a
/// vårdsamverkansområde), and rows of a heading and one number or blank per column.
///
/// ```swift
/// Datatabell("Uppskattning över stimulansmedel för vårdsamverkansområdena",
///            kolumner: [Kolumn("Göteborgsområdet", område: .göteborgsregionen), Kolumn("Totalt")]) {
///     Rad("Andel av befolkningens mängd", .cirka(.procent(42.5, decimaler: 1)), .procent(100))
///     Rad("Stimulansmedel (2018-2021)", .cirka(.msek(17.2, decimaler: 1)), nil)
/// }
/// ```
public struct Datatabell: Sendable, Hashable, Codable {
    public var rubrik: String
    /// The heading of the column of row headings; empty where the report has none.
    public var förstaKolumn: String
    public var kolumner: [Tabellkolumn]
    public var rader: [Tabellrad]
    public var plats: Källplats

    public init(_ rubrik: String, förstaKolumn: String = "", kolumner: [Tabellkolumn],
                fil: String = #fileID, rad: Int = #line, @Samla<Tabellrad> _ rader: () -> [Tabellrad]) {
        self.init(rubrik: rubrik, förstaKolumn: förstaKolumn, kolumner: kolumner, rader: rader(),
                  plats: Källplats(fil: fil, rad: rad))
    }

    /// A table assembled by a program.
    public init(rubrik: String, förstaKolumn: String, kolumner: [Tabellkolumn], rader: [Tabellrad], plats: Källplats) {
        self.rubrik = rubrik
        self.förstaKolumn = förstaKolumn
        self.kolumner = kolumner
        self.rader = rader
        self.plats = plats
    }

    /// The numbers of the column that stands for `område`, by row heading.
    public func värden(för område: Vårdsamverkansområde) -> [String: Tal?] {
        guard let index = kolumner.firstIndex(where: { $0.område == område }) else { return [:] }
        return Dictionary(rader.map { ($0.rubrik, index < $0.värden.count ? $0.värden[index] : nil) },
                          uniquingKeysWith: { första, _ in första })
    }
}

/// A column of a data table: its heading, in the report's words, and the area it stands
/// for, if any.
///
/// ```swift
/// Kolumn("Göteborg", område: .göteborgsregionen)
/// Kolumn("Västra Götaland")
/// ```
public struct Tabellkolumn: Sendable, Hashable, Codable {
    public var rubrik: String
    public var område: Vårdsamverkansområde?

    public init(rubrik: String, område: Vårdsamverkansområde? = nil) {
        self.rubrik = rubrik
        self.område = område
    }
}

/// A column of a data table, in the DSL.
public func Kolumn(_ rubrik: String, område: Vårdsamverkansområde? = nil) -> Tabellkolumn {
    Tabellkolumn(rubrik: rubrik, område: område)
}

/// A row of a data table: its heading and one number per column; `nil` is a blank cell.
///
/// ```swift
/// Rad("a) LSS – vuxna", .procent(14), .procent(0), nil)
/// ```
public struct Tabellrad: Sendable, Hashable, Codable {
    public var rubrik: String
    public var värden: [Tal?]
    public var plats: Källplats

    public init(rubrik: String, värden: [Tal?], plats: Källplats) {
        self.rubrik = rubrik
        self.värden = värden
        self.plats = plats
    }
}

/// A row of a data table, in the DSL.
public func Rad(_ rubrik: String, _ värden: Tal?..., fil: String = #fileID, rad: Int = #line) -> Tabellrad {
    Tabellrad(rubrik: rubrik, värden: värden, plats: Källplats(fil: fil, rad: rad))
}

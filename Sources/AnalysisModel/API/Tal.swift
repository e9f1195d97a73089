/// A number as the report states it: value, unit, how many decimals it is given with,
/// and whether it is an estimate ("~"). The layout formats it the Swedish way (decimal
/// comma, space between thousands) with the words of the label file.
///
/// ```swift
/// let andel: Tal = .cirka(.procent(42.5, decimaler: 1))   // "~42,5 %"
/// let medel: Tal = .msek(6450)                            // "6 450 MSEK"
/// let antal: Tal = .antal(2200)                           // "2 200"
/// ```
public struct Tal: Sendable, Hashable, Codable {
    public var värde: Double
    public var enhet: Enhet
    /// Digits after the decimal comma, as the source gives them ("2,0" has one).
    public var decimaler: Int
    /// An estimate, printed with "~".
    public var ungefär: Bool

    public init(_ värde: Double, _ enhet: Enhet, decimaler: Int = 0, ungefär: Bool = false) {
        self.värde = värde
        self.enhet = enhet
        self.decimaler = decimaler
        self.ungefär = ungefär
    }

    /// A percentage: `.procent(14)` is 14 %.
    public static func procent(_ värde: Double, decimaler: Int = 0) -> Tal { Tal(värde, .procent, decimaler: decimaler) }

    /// Millions of kronor.
    public static func msek(_ värde: Double, decimaler: Int = 0) -> Tal { Tal(värde, .miljonerKronor, decimaler: decimaler) }

    /// A count or other plain number.
    public static func antal(_ värde: Double, decimaler: Int = 0) -> Tal { Tal(värde, .ingen, decimaler: decimaler) }

    /// The same number as an estimate.
    public static func cirka(_ tal: Tal) -> Tal {
        var ungefärligt = tal
        ungefärligt.ungefär = true
        return ungefärligt
    }

    /// The value rounded to `decimaler`, as an integer count of the smallest shown unit
    /// (42.5 with one decimal is 425), so formatting never depends on binary fractions.
    public var skalatVärde: Int {
        var faktor = 1.0
        for _ in 0..<max(0, decimaler) { faktor *= 10 }
        return Int((värde * faktor).rounded())
    }
}

/// The unit of a number; the label file words it ("%", "MSEK").
///
/// ```swift
/// Tal(22, .miljonerKronor, ungefär: true)   // "~22 MSEK"
/// ```
public enum Enhet: String, Sendable, Hashable, Codable, CaseIterable {
    case ingen
    case procent
    case miljonerKronor
}

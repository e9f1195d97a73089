/// The regional staged effect-goal table (*Regionala barnuppdraget*): per sub-area, one
/// effect goal per stage and a vision.
///
/// ```swift
/// Effektmålstabell("Regionala barnuppdraget", delområde: "Delområdet nedbrutet",
///                  etapper: [.effektmål(.år(2023)), .effektmål(.årsintervall(2024, 2025)),
///                            .framtidsvision(.år(2028))]) {
///     Delområde("Barnkompetens", "Behoven är identifierade.", "Fler erbjuds …", "Västra Götalandsregionen har …")
/// }
/// ```
public struct Effektmålstabell: Sendable, Hashable, Codable {
    public var rubrik: String
    /// The heading of the first column, in the plan's words.
    public var delområde: String
    public var etapper: [Etapp]
    public var rader: [Delområde]
    public var plats: Källplats

    public init(_ rubrik: String, delområde: String, etapper: [Etapp], fil: String = #fileID, rad: Int = #line,
                @Samla<Delområde> _ rader: () -> [Delområde]) {
        self.rubrik = rubrik
        self.delområde = delområde
        self.etapper = etapper
        self.rader = rader()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// A stage of the effect-goal table: an effect goal for a time, or the final vision.
public struct Etapp: Sendable, Hashable, Codable {
    public enum Slag: String, Sendable, Hashable, Codable {
        case effektmål, framtidsvision
    }

    public var slag: Slag
    public var tid: Tid

    public static func effektmål(_ tid: Tid) -> Etapp { Etapp(slag: .effektmål, tid: tid) }
    public static func framtidsvision(_ tid: Tid) -> Etapp { Etapp(slag: .framtidsvision, tid: tid) }
}

/// A row of the effect-goal table: the sub-area and one goal per stage.
public struct Delområde: Sendable, Hashable, Codable {
    public var namn: String
    public var mål: [String]
    public var plats: Källplats

    public init(_ namn: String, _ mål: String..., fil: String = #fileID, rad: Int = #line) {
        self.namn = namn
        self.mål = mål
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

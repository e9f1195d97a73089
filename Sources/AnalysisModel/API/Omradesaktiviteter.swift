import PlanModel

/// What one vårdsamverkansområde has done for a goal, as a list.
///
/// ```swift
/// Områdesaktiviteter(.skaraborg) {
///     Insats("Genomfört förstudie om samsjuklighet", .år(2021))
///     BidrarIndirekt(.v3_1)
///     Kommande("fortsatt arbete med förstudie.")
/// }
/// ```
public struct Områdesaktiviteter: Sendable, Hashable, Codable {
    public var område: Vårdsamverkansområde
    public var punkter: [Områdespunkt]
    public var plats: Källplats

    public init(_ område: Vårdsamverkansområde, fil: String = #fileID, rad: Int = #line,
                @Samla<Områdespunkt> _ punkter: () -> [Områdespunkt]) {
        self.område = område
        self.punkter = punkter()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// One line of an area's list in a Fördjupning. Written with `Insats`, `Kommande`,
/// `Etiketterad` and `BidrarIndirekt`, or a plain string.
///
/// ```swift
/// Områdesaktiviteter(.samla) {
///     "Inga aktiviteter har rapporterats."        // .insats with no time
///     Insats("Genomfört brukardialoger", .årsintervall(2019, 2020))
/// }
/// ```
public enum Områdespunkt: Sendable, Hashable, Codable {
    /// Something done, with the years it was done in and further detail:
    /// "Anställt delregional samordnare (2021). Samordnaren kommer …"
    case insats(text: Löptext, när: [Tid], detalj: Löptext?)
    /// What the area plans next (*Kommande aktiviteter:*); `ental` for the singular label.
    case kommande(text: Löptext, ental: Bool)
    /// A line under the report's own label: "*Lokal handlingsplan:* Framtagen i …".
    case etiketterad(etikett: String, text: Löptext)
    /// The area says its work on other goals serves this one too.
    case bidrarIndirekt([Målreferens])
}

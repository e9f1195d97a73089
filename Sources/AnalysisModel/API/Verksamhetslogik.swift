import PlanModel

/// A *verksamhetslogik* (logic model) table: Förutsättningar | Verksamhet | Resultat over
/// Resurser | Aktiviteter | Prestationer | Effekter | Slutmål, with a *Styrning och
/// ledning* band above and an *Uppföljning* band below.
///
/// ```swift
/// Verksamhetslogik(
///     styrningOchLedning: "är väl införstådda med handlingsplanens mål och skapar förutsättningar för att nå dessa.",
///     resurser: "Resurser fördelas proportionerligt för att uppnå målen.",
///     aktiviteter: "Det finns en tydlig koppling mellan de aktiviteter som genomförs och handlingsplanens mål.",
///     prestationer: "Det är möjligt att koppla aktiviteterna till prestationer.",
///     effekter: "Det är möjligt att koppla prestationerna till effekter.",
///     slutmål: "Aktiviteternas effekter kopplar väl an till slutmålet.",
///     uppföljning: "genomförs för samtliga mål med hjälp av indikatorer som är ändamålsenliga.")
/// ```
public struct Verksamhetslogik: Sendable, Hashable, Codable {
    /// The band above the table; nil where the report has none, empty for a band with no text.
    public var styrningOchLedning: Löptext?
    public var resurser: [Textblock]
    public var aktiviteter: [Textblock]
    public var prestationer: [Textblock]
    public var effekter: [Textblock]
    public var slutmål: [Textblock]
    /// The band below the table; nil where the report has none.
    public var uppföljning: Löptext?
    public var plats: Källplats

    /// A table of one paragraph per cell, as the seed report's.
    public init(styrningOchLedning: Löptext? = nil, resurser: Löptext, aktiviteter: Löptext, prestationer: Löptext,
                effekter: Löptext, slutmål: Löptext, uppföljning: Löptext? = nil,
                fil: String = #fileID, rad: Int = #line) {
        self.init(styrningOchLedning: styrningOchLedning,
                  resurser: [.stycke(text: resurser)], aktiviteter: [.stycke(text: aktiviteter)],
                  prestationer: [.stycke(text: prestationer)], effekter: [.stycke(text: effekter)],
                  slutmål: [.stycke(text: slutmål)], uppföljning: uppföljning, plats: Källplats(fil: fil, rad: rad))
    }

    /// A table whose cells hold any text blocks, as a derived analysis fills them.
    public init(styrningOchLedning: Löptext?, resurser: [Textblock], aktiviteter: [Textblock],
                prestationer: [Textblock], effekter: [Textblock], slutmål: [Textblock],
                uppföljning: Löptext?, plats: Källplats) {
        self.styrningOchLedning = styrningOchLedning
        self.resurser = resurser
        self.aktiviteter = aktiviteter
        self.prestationer = prestationer
        self.effekter = effekter
        self.slutmål = slutmål
        self.uppföljning = uppföljning
        self.plats = plats
    }

    /// The five cells in column order: resurser, aktiviteter, prestationer, effekter, slutmål.
    public var celler: [[Textblock]] { [resurser, aktiviteter, prestationer, effekter, slutmål] }
}

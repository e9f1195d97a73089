/// An activity of a goal: a row group of the plan's activity table.
///
/// Vänersborg's layout gives an activity several delmål rows, each with its own time,
/// responsible party and follow-ups:
///
/// ```swift
/// Aktivitet("Universellt föräldrastöd ABC (Alla Barn i Centrum) 3–12 år.") {
///     Delmål("Utbilda fler gruppledare", när: [.år(2020)], ansvar: "Familjecentralen Sirius") {
///         Uppföljning(.månad(.maj, 2020), "Ytterligare en gruppledare är utbildad.")
///     }
///     Delmål(nil, när: [.fritext("När behov finnes")])   // the seed's "?"
/// }
/// ```
///
/// Tanum's layout gives it a description (*Vad*), indicators, and one time and
/// responsible party:
///
/// ```swift
/// Aktivitet("Arbeta med föräldrastöd", när: [.pågående], ansvar: "Region och Kommun") {
///     Stycke("Föräldrar ska erbjudas stöd och vägledning:")
///     Punktlista { "Stödsamtal"; "Gruppverksamhet" }
///     Indikator("Antal deltagare", .process)
/// } uppföljning: {
///     Uppföljning(.återkommande(.varje(.år)))
/// }
/// ```
public struct Aktivitet: Sendable, Hashable, Codable {
    public var namn: Löptext
    /// What is done, in the plan's words (Tanum's *Vad*).
    public var vad: [Textblock]
    public var typ: Aktivitetstyp?
    public var indikatorer: [Indikator]
    /// The table rows of the activity; never empty.
    public var rader: [Delmål]
    public var plats: Källplats

    public init(_ namn: Löptext, typ: Aktivitetstyp? = nil, när: [Tid] = [], ansvar: String? = nil,
                fil: String = #fileID, rad: Int = #line,
                @Samla<any Aktivitetsdel> _ innehåll: () -> [any Aktivitetsdel] = { [] },
                @Samla<Uppföljning> uppföljning: () -> [Uppföljning] = { [] }) {
        self.namn = namn
        self.vad = []
        self.typ = typ
        self.indikatorer = []
        self.rader = []
        self.plats = Källplats(fil: fil, rad: rad)
        for del in innehåll() { del.lägg(till: &self) }
        let egenRad = Delmål(nil, när: när, ansvar: ansvar, fil: fil, rad: rad, uppföljning: uppföljning)
        if rader.isEmpty || !egenRad.när.isEmpty || egenRad.ansvar != nil || !egenRad.uppföljning.isEmpty {
            rader.insert(egenRad, at: 0)
        }
    }

    /// Every time named in the activity's rows.
    public var allaTider: [Tid] { rader.flatMap(\.när) }

    /// Every follow-up entry of the activity's rows.
    public var allaUppföljningar: [Uppföljning] { rader.flatMap(\.uppföljning) }
}

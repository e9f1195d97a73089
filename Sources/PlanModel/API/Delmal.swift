/// One row of an activity: a sub-goal with its own time, responsible party and follow-ups.
///
/// Vänersborg's table gives an activity several delmål rows. A missing sub-goal (the
/// seed's "?") is `nil`, never an empty string.
///
/// ```swift
/// Delmål("Utbilda fler gruppledare",
///        när: [.intervall(.månad(.februari, 2020), .månad(.april, 2020))],
///        ansvar: "Familjecentralen Sirius") {
///     Uppföljning(.månad(.maj, 2020), "Ytterligare en gruppledare är utbildad.")
/// }
/// ```
public struct Delmål: Sendable, Hashable, Codable {
    public var text: Löptext?
    public var när: [Tid]
    public var ansvar: String?
    public var uppföljning: [Uppföljning]
    public var plats: Källplats

    public init(_ text: Löptext?, när: [Tid] = [], ansvar: String? = nil,
                fil: String = #fileID, rad: Int = #line,
                @Samla<Uppföljning> uppföljning: () -> [Uppföljning] = { [] }) {
        self.text = text
        self.när = när
        self.ansvar = ansvar
        self.uppföljning = uppföljning()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

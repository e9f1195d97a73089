/// Where an activity stands on a date, from its follow-up entries: for the yearly
/// follow-up report.
///
/// An entry with words is a report; one with only a time (`Uppföljning(.år(2023))`,
/// Tanum's "Varje år") says when a report is due and is not one. A report dated after the
/// date is not yet written then; an undated report counts, as earlier than every dated
/// one (the activity's rows each list their own, so the plan's order is no time order).
/// The status is that of the latest report that gives one; the activity's time has *passed without follow-up* when
/// every time it names has ended before the date and no report stands by then.
///
/// ```swift
/// let läge = aktivitet.läge(den: Datum(2022, 12, 31))
/// läge.status            // .genomförd, or nil
/// läge.senaste?.text     // the latest report
/// läge.passeradUtanUppföljning
/// ```
public struct Uppföljningsläge: Sendable, Hashable {
    /// The reports written by the date, undated ones first (in the plan's order), then by date.
    public var rapporter: [Uppföljning]
    /// The status of the latest report that gives one.
    public var status: Status?
    /// Every time of the activity has ended before the date, and there is no report.
    public var passeradUtanUppföljning: Bool

    /// The latest report: the last dated one, else the last undated one.
    public var senaste: Uppföljning? { rapporter.last }
}

extension Aktivitet {
    /// The activity's follow-up state on `datum`.
    public func läge(den datum: Datum) -> Uppföljningsläge {
        let dag = { (uppföljning: Uppföljning) in uppföljning.tid?.sista ?? uppföljning.tid?.första }
        let skrivna = allaUppföljningar.enumerated().filter { _, uppföljning in
            guard uppföljning.text != nil || uppföljning.status != nil else { return false }
            return dag(uppföljning).map { $0 <= datum } ?? true
        }
        // Stable: equal dates (and the undated) keep the plan's order.
        let rapporter = skrivna.sorted { a, b in
            switch (dag(a.element), dag(b.element)) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x == y ? a.offset < b.offset : x < y
            }
        }.map(\.element)
        let slut = allaTider.map(\.sista)
        let passerad = !slut.isEmpty && slut.allSatisfy { $0.map { $0 < datum } ?? false } && rapporter.isEmpty
        return Uppföljningsläge(rapporter: rapporter, status: rapporter.last { $0.status != nil }?.status,
                                passeradUtanUppföljning: passerad)
    }
}

import Synchronization

/// A plan of a catalogue, known by its id before it is built: a command that writes one
/// plan builds that plan only, not every plan the catalogue holds. The plan is built on
/// first use, once.
///
/// ```swift
/// let katalog = [Planpost("vanersborg") { vänersborg }, Planpost(tanum)]
/// katalog.map(\.id)        // ["vanersborg", "tanum"], nothing built
/// katalog[0].plan.titel    // builds Vänersborg's plan: "Det goda livet i Vänersborgs kommun"
/// ```
public final class Planpost: Sendable {
    /// The id the catalogue selects the plan by; the same as the plan's own.
    public let id: String
    private let bygg: @Sendable () -> Handlingsplan
    private let byggd = Mutex<Handlingsplan?>(nil)

    /// A plan built by `bygg` when it is first asked for.
    public init(_ id: String, _ bygg: @escaping @Sendable () -> Handlingsplan) {
        self.id = id
        self.bygg = bygg
    }

    /// A plan already built.
    public convenience init(_ plan: Handlingsplan) {
        self.init(plan.id) { plan }
    }

    /// The plan, built on first use.
    public var plan: Handlingsplan {
        byggd.withLock { byggd in
            if let plan = byggd { return plan }
            let plan = bygg()
            byggd = plan
            return plan
        }
    }

    /// An error, at the plan, where the plan built has another id than the catalogue's:
    /// its files would not be named by the id it was asked for with.
    public var idFel: Diagnos? {
        let plan = self.plan
        guard plan.id != id else { return nil }
        return Diagnos(.fel, "Planen har id \"\(plan.id)\" men står i katalogen som \"\(id)\". Ge den samma id på båda ställena.",
                       plats: plan.plats)
    }
}

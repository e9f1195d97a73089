import AnalysisModel
import PlanModel

// A plan prepared for analysis: its goals grouped by the regional goal they implement,
// and what the checks ask of its activities.
struct PlanUnderlag: Sendable {
    let plan: Handlingsplan
    private let målPerRegionaltMål: [String: [Mål]]

    init(_ plan: Handlingsplan) {
        self.plan = plan
        var grupper: [String: [Mål]] = [:]
        for (_, mål) in plan.allaMål {
            for id in mål.regionalaMålId { grupper[id, default: []].append(mål) }
        }
        self.målPerRegionaltMål = grupper
    }

    /// The name the analysis gives the plan: its first organisation.
    var organisation: String { plan.organisationer.first ?? plan.titel }

    /// The plan's goals that implement the regional goal `id`.
    func mål(för id: String) -> [Mål] { målPerRegionaltMål[id] ?? [] }
}

extension Aktivitet {
    /// The indicators that follow the activity up: its own, else those its goal gives all
    /// its short-term activities (the theme layout).
    func uppföljandeIndikatorer(i mål: Mål) -> [Indikator] {
        indikatorer.isEmpty ? (mål.indikatorer ?? []) : indikatorer
    }

    /// The activity's times, else the period of its goal's short-term activities.
    func tider(i mål: Mål) -> [Tid] {
        let egna = allaTider
        return egna.isEmpty ? [mål.kortsiktigPeriod].compactMap { $0 } : egna
    }

    var harAnsvarig: Bool { rader.contains { $0.ansvar != nil } }

    /// Follow-up entries that report something, not only when follow-up happens.
    var rapporteradeUppföljningar: [Uppföljning] { allaUppföljningar.filter { $0.text != nil } }

    /// Whether every time of the activity has ended before `datum`.
    func harPasserat(_ datum: Datum, i mål: Mål) -> Bool {
        let tider = tider(i: mål)
        let slut = tider.compactMap(\.sista)
        guard !tider.isEmpty, slut.count == tider.count, let sista = slut.max() else { return false }
        return sista < datum
    }
}

extension Mål {
    /// Indicators the goal names that follow up no activity: those of its long-term goals,
    /// and its short-term ones where it has no activities.
    var indikatorerUtanAktivitet: [Indikator] {
        (långsiktigaIndikatorer ?? []) + (aktiviteter.isEmpty ? (indikatorer ?? []) : [])
    }
}

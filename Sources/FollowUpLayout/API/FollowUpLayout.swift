import DocumentModel
import PlanModel
import Wording

/// Plans and a date → the yearly follow-up report: per plan a summary of activity statuses
/// per fokusområde (table and bar chart), each goal's activities with their status, latest
/// follow-up and its date, the activities whose time passed without follow-up, and the
/// plan's Kolada indicators over time against baseline and target; with several plans, a
/// summary across them first. Every fixed word comes from the label file.
///
/// ```swift
/// let layout = FollowUpLayout(labels: labels, date: Datum(2022, 12, 31), kolada: data)
/// let document = layout.document(for: [vanersborg, tanum])
/// ```
public struct FollowUpLayout: Sendable {
    public let labels: Labels
    public let date: Datum
    public let kolada: KoladaData

    public init(labels: Labels, date: Datum, kolada: KoladaData = KoladaData()) {
        self.labels = labels
        self.date = date
        self.kolada = kolada
    }

    public func document(for plans: [Handlingsplan]) -> Document {
        FollowUpBuilder(labels: labels, date: date, kolada: kolada).document(for: plans)
    }

    /// The number of activities per status (nil: followed up without a status) and without
    /// follow-up, per fokusområde name, in the plans' order.
    public func statusCounts(for plans: [Handlingsplan]) -> [(fokusområde: String, counts: StatusCounts)] {
        FollowUpBuilder(labels: labels, date: date, kolada: kolada).counts(plans)
    }

    /// The activities whose every time ended before the date with no follow-up, by plan.
    public func passedWithoutFollowUp(_ plan: Handlingsplan) -> [Aktivitet] {
        plan.allaMål.flatMap { $0.mål.aktiviteter }.filter { $0.läge(den: date).passeradUtanUppföljning }
    }
}

/// Activities per follow-up state.
public struct StatusCounts: Sendable, Hashable {
    public var byStatus: [Status: Int] = [:]
    /// Followed up, but no entry gives a status.
    public var withoutStatus = 0
    /// No follow-up by the date.
    public var none = 0

    public init() {}

    public var total: Int { byStatus.values.reduce(0, +) + withoutStatus + none }

    mutating func add(_ läge: Uppföljningsläge) {
        if let status = läge.status {
            byStatus[status, default: 0] += 1
        } else if läge.rapporter.isEmpty {
            none += 1
        } else {
            withoutStatus += 1
        }
    }
}

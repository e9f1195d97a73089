import PlanModel

/// One break in the chain from resources and activities to results, found in a plan: an
/// activity with no indicator, no responsible party or no time, a goal with no activities,
/// an indicator that follows up no activity, or a follow-up missing for an activity whose
/// time has passed.
///
/// ```swift
/// for fynd in analys.fynd(iPlan: "vanersborg") where fynd.slag == .uppföljningSaknas {
///     print(fynd.mål, fynd.text, fynd.plats)
/// }
/// ```
public struct Fynd: Sendable, Hashable {
    public enum Slag: String, Sendable, Hashable, CaseIterable {
        case utanIndikator
        case utanAnsvarig
        case utanTid
        case målUtanAktiviteter
        case indikatorUtanAktivitet
        case uppföljningSaknas
    }

    public let slag: Slag
    /// The plan's id.
    public let plan: String
    /// The regional goal's id.
    public let mål: String
    /// The activity's name or the indicator's text; empty for a goal with no activities.
    public let text: String
    /// Where the plan states it, for the process leader to fix.
    public let plats: Källplats
}

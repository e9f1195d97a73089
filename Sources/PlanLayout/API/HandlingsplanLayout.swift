import DocumentModel
import PlanModel
import Wording

/// The municipal handlingsplan layout: a plan as a format-neutral `Document`, in the
/// structure of its seed document, with every fixed word from the label file.
///
/// ```swift
/// let layout = HandlingsplanLayout(labels: labels)
/// let document = layout.document(for: plan)
/// let text = TextWriter().write(document)
/// ```
public struct HandlingsplanLayout: Sendable {
    public let labels: Labels

    /// Where the regional site has a page for a regional goal; nil outside the site, where
    /// "Bidrar till regionalt mål …" is plain text.
    public let regionalGoalURL: (@Sendable (RegionaltMål) -> String)?

    public init(labels: Labels, regionalGoalURL: (@Sendable (RegionaltMål) -> String)? = nil) {
        self.labels = labels
        self.regionalGoalURL = regionalGoalURL
    }

    /// The document of `plan`.
    public func document(for plan: Handlingsplan) -> Document {
        var builder = PlanDocumentBuilder(plan: plan, labels: labels, regionalGoalURL: regionalGoalURL)
        return builder.build()
    }

    /// The anchor of each goal's heading in `document(for: plan)`, in the order of
    /// `plan.allaMål`, so other pages can link straight to a goal.
    public func goalAnchors(for plan: Handlingsplan) -> [String] {
        var builder = PlanDocumentBuilder(plan: plan, labels: labels, regionalGoalURL: regionalGoalURL)
        _ = builder.build()
        return builder.goalAnchors
    }
}

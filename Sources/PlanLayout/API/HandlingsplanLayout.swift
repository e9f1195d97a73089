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

    public init(labels: Labels) { self.labels = labels }

    /// The document of `plan`.
    public func document(for plan: Handlingsplan) -> Document {
        var builder = PlanDocumentBuilder(plan: plan, labels: labels)
        return builder.build()
    }

    /// The anchor of each goal's heading in `document(for: plan)`, in the order of
    /// `plan.allaMål`, so other pages can link straight to a goal.
    public func goalAnchors(for plan: Handlingsplan) -> [String] {
        var builder = PlanDocumentBuilder(plan: plan, labels: labels)
        _ = builder.build()
        return builder.goalAnchors
    }
}

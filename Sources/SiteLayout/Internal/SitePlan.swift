import DocumentModel
import PlanLayout
import PlanModel

// A plan as the site shows it: its document, and each goal with the anchor of its
// heading and the heading's words, so other pages can link straight to the goal.
struct SitePlan {
    struct Goal {
        let fokus: Fokus
        let mål: Mål
        let anchor: String
        let heading: [Inline]
    }

    let plan: Handlingsplan
    let document: Document
    let goals: [Goal]

    init(plan: Handlingsplan, layout: HandlingsplanLayout) {
        self.plan = plan
        document = layout.document(for: plan)
        let headings = Dictionary(document.headings.map { ($0.anchor, $0.text) }, uniquingKeysWith: { first, _ in first })
        goals = zip(plan.allaMål, layout.goalAnchors(for: plan)).map { pair, anchor in
            Goal(fokus: pair.fokus, mål: pair.mål, anchor: anchor, heading: headings[anchor] ?? [.text(pair.mål.rubrik)])
        }
    }

    /// The name the site lists the plan under: its first organisation.
    var organisation: String { plan.organisationer.first ?? plan.titel }
}

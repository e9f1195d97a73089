import DocumentModel
import PlanLayout
import PlanModel
import Wording

/// The regional office's site across all plans, as documents: a start page listing the
/// plans, each plan's own page, a page per regional goal showing every plan's
/// activities for it side by side, and a page per fokusområde summarising the same.
/// Pages link to each other by relative file names, and to a goal inside a plan's page
/// by the goal's anchor. Every fixed word comes from the label file.
///
/// ```swift
/// let layout = RegionalSiteLayout(labels: labels)
/// let pages = layout.pages(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)
/// pages.map(\.fileName)   // ["index.html", "vanersborg.html", …, "regionalt-mal-b1-1.html", …]
/// ```
public struct RegionalSiteLayout: Sendable {
    public let labels: Labels

    public init(labels: Labels) { self.labels = labels }

    /// The start page's file name.
    public static let startPage = "index.html"

    /// Every page of the site: start page, plans, regional goals, fokusområden. A plan's
    /// page takes its words from `planLabels` (its organisation's label file, say); the
    /// site's own pages from `labels`.
    ///
    /// ```swift
    /// layout.pages(plans: plans, regionalGoals: goals, planLabels: { looks.templates(for: $0).labels })
    /// ```
    public func pages(plans: [Handlingsplan], regionalGoals: [RegionaltMål],
                      planLabels: ((Handlingsplan) -> Labels)? = nil) -> [SitePage] {
        let sitePlans = plans.map { plan in
            SitePlan(plan: plan, layout: HandlingsplanLayout(labels: planLabels?(plan) ?? labels,
                                                            regionalGoalURL: { SiteLinks.page(of: $0) }))
        }
        let builder = SitePageBuilder(labels: labels, plans: sitePlans, regionalGoals: regionalGoals)
        return [SitePage(fileName: Self.startPage, kind: .start, document: builder.startPage())]
            + sitePlans.map { SitePage(fileName: SiteLinks.page(of: $0.plan), kind: .plan, document: $0.document) }
            + regionalGoals.map { SitePage(fileName: SiteLinks.page(of: $0), kind: .regionalGoal, document: builder.goalPage($0)) }
            + Fokusområde.allCases.map { SitePage(fileName: SiteLinks.page(of: $0), kind: .focusArea, document: builder.focusPage($0)) }
    }
}

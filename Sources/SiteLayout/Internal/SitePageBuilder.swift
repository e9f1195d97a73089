import DocumentModel
import PlanLayout
import PlanModel
import Wording

// The documents of the site's own pages. Heading level 1 is the page's first level of
// sections (the page title is the frame's h1).
struct SitePageBuilder {
    let labels: Labels
    let plans: [SitePlan]
    let regionalGoals: [RegionaltMål]

    // MARK: Start page

    func startPage() -> Document {
        let columns: [LabelKey] = [.siteColumnOrganisation, .siteColumnPlan, .siteColumnPeriod, .siteColumnRevised]
        let rows = plans.map { sitePlan in
            Row([
                Cell(sitePlan.organisation, isRowHeader: true),
                Cell([.paragraph([.link([.text(sitePlan.plan.titel)], url: SiteLinks.page(of: sitePlan.plan))])]),
                Cell(sitePlan.document.metadata.period ?? labels.text(.missing)),
                Cell(sitePlan.plan.senastÄndrad?.iso ?? labels.text(.siteNoDate)),
            ])
        }
        let table = Table(caption: labels.text(.sitePlansCaption), columns: [Column(width: 25), Column(width: 45), Column(width: 15), Column(width: 15)],
                          header: [Row(columns.map { Cell(labels.text($0)) })], body: rows)
        let goalLinks = regionalGoals.map { goal in
            ListItem([.paragraph([.link([.text(goalTitle(goal))], url: SiteLinks.page(of: goal))])])
        }
        let areaLinks = Fokusområde.allCases.map { area in
            ListItem([.paragraph([.link([.text(areaTitle(area))], url: SiteLinks.page(of: area))])])
        }
        return Document(
            // No modification date of its own: the table gives each plan's.
            metadata: Metadata(title: labels.text(.siteTitle), organisations: organisations, subject: labels.text(.siteIntro)),
            blocks: [
                .paragraph([.text(labels.text(.siteIntro))]),
                heading(labels.text(.sitePlansHeading), anchor: "planer"),
                .table(table),
                heading(labels.text(.siteGoalsHeading), anchor: "regionala-mal"),
                .bulletList(goalLinks),
                heading(labels.text(.siteFocusAreasHeading), anchor: "fokusomraden"),
                .bulletList(areaLinks),
            ])
    }

    // MARK: Regional goal pages

    /// The goal's text, then a section per plan with the plan's goals for it and their
    /// activities, each linking to the goal in the plan's page.
    func goalPage(_ goal: RegionaltMål) -> Document {
        var blocks = goal.text.map(\.block)
        blocks.append(heading(labels.text(.siteActivitiesHeading), anchor: "aktiviteter"))
        let implementing = plans.compactMap { sitePlan -> (SitePlan, [SitePlan.Goal])? in
            let goals = sitePlan.goals.filter { $0.mål.regionalaMålId.contains(goal.id) }
            return goals.isEmpty ? nil : (sitePlan, goals)
        }
        if implementing.isEmpty { blocks.append(.paragraph([.text(labels.text(.siteNoPlans))])) }
        for (sitePlan, goals) in implementing {
            blocks.append(heading(sitePlan.organisation, anchor: "plan-\(sitePlan.plan.id)", level: 2))
            for planGoal in goals { blocks += activities(of: planGoal, in: sitePlan) }
        }
        return Document(
            metadata: Metadata(title: goalTitle(goal), subtitle: areaSubtitle(goal.fokusområde),
                               organisations: implementing.map(\.0.organisation).uniqued,
                               subject: areaSubtitle(goal.fokusområde)),
            blocks: blocks)
    }

    private func activities(of goal: SitePlan.Goal, in sitePlan: SitePlan) -> [Block] {
        let url = SiteLinks.page(of: sitePlan.plan) + "#" + goal.anchor
        let lead = Block.paragraph(labels.inlines(.siteGoalInPlan, [
            "mål": [.link(goal.heading, url: url)], "plan": [.text(sitePlan.plan.titel)],
        ]))
        guard !goal.mål.aktiviteter.isEmpty else { return [lead, .paragraph([.text(labels.text(.siteNoActivities))])] }
        let time = TimeFormatter(labels: labels)
        let items = goal.mål.aktiviteter.map { aktivitet -> ListItem in
            var blocks: [Block] = [.paragraph([.link(aktivitet.namn.inlines, url: url)])]
            // Entries hold commas of their own ("verksamhetsledare, Sirius", "2020 (en person,
            // två grupper)"), so they are separated by semicolons, once each whatever the case.
            let responsible = aktivitet.rader.compactMap(\.ansvar).uniqued(by: { $0.lowercased() })
            if !responsible.isEmpty {
                blocks.append(.paragraph([.text(labels.text(.siteResponsible, ["ansvar": responsible.joined(separator: "; ")]))]))
            }
            let times = aktivitet.allaTider.map { time.text($0).lowercasedFirst }.uniqued
            if !times.isEmpty {
                blocks.append(.paragraph([.text(labels.text(.siteWhen, ["när": times.joined(separator: "; ")]))]))
            }
            return ListItem(blocks)
        }
        return [lead, .bulletList(items)]
    }

    // MARK: Fokusområde pages

    /// For each regional goal of the area, a table of the plans' goals for it; then the
    /// plans' goals in the area that implement no regional goal of the site.
    func focusPage(_ area: Fokusområde) -> Document {
        var blocks: [Block] = []
        let siteGoalIds = Set(regionalGoals.map(\.id))
        for goal in regionalGoals where goal.fokusområde == area {
            blocks.append(heading(goalTitle(goal), anchor: "mal-\(SiteLinks.slug(goal.id))"))
            blocks.append(.paragraph([.link([.text(labels.text(.siteReadAboutGoal, ["id": goal.id]))], url: SiteLinks.page(of: goal))]))
            let rows = goalRows { $0.mål.regionalaMålId.contains(goal.id) }
            blocks.append(rows.isEmpty ? .paragraph([.text(labels.text(.siteNoPlans))])
                          : .table(goalTable(caption: labels.text(.siteGoalTableCaption, ["id": goal.id]), rows: rows)))
        }
        let otherRows = goalRows { $0.fokus.område == area && siteGoalIds.isDisjoint(with: $0.mål.regionalaMålId) }
        if !otherRows.isEmpty {
            blocks.append(heading(labels.text(.siteOtherGoalsHeading), anchor: "ovriga-mal"))
            blocks.append(.table(goalTable(caption: labels.text(.siteOtherGoalsCaption, ["nummer": String(area.nummer), "namn": area.namn]),
                                           rows: otherRows)))
        }
        return Document(
            metadata: Metadata(title: areaTitle(area), subtitle: labels.text(.siteFocusPageSubtitle),
                               organisations: organisations, subject: labels.text(.siteFocusPageSubtitle)),
            blocks: blocks)
    }

    /// A row per plan goal that passes `include`: organisation, the goal linking into
    /// the plan's page, and how many activities it has.
    private func goalRows(_ include: (SitePlan.Goal) -> Bool) -> [Row] {
        plans.flatMap { sitePlan in
            sitePlan.goals.filter(include).map { goal in
                Row([
                    Cell(sitePlan.organisation, isRowHeader: true),
                    Cell([.paragraph([.link(goal.heading, url: SiteLinks.page(of: sitePlan.plan) + "#" + goal.anchor)])]),
                    Cell(String(goal.mål.aktiviteter.count)),
                ])
            }
        }
    }

    private func goalTable(caption: String, rows: [Row]) -> Table {
        let columns: [LabelKey] = [.siteColumnOrganisation, .siteColumnGoal, .siteColumnActivityCount]
        return Table(caption: caption, columns: [Column(width: 25), Column(width: 60), Column(width: 15)],
                     header: [Row(columns.map { Cell(labels.text($0)) })], body: rows)
    }

    // MARK: Words

    private var organisations: [String] { plans.map(\.organisation).uniqued }

    private func goalTitle(_ goal: RegionaltMål) -> String {
        labels.text(.siteGoalPageTitle, ["id": goal.id, "rubrik": goal.rubrik])
    }

    private func areaTitle(_ area: Fokusområde) -> String {
        labels.text(.focusHeadingWithWord, ["nummer": String(area.nummer), "namn": area.namn])
    }

    private func areaSubtitle(_ area: Fokusområde) -> String {
        labels.text(.siteGoalPageSubtitle, ["nummer": String(area.nummer), "namn": area.namn])
    }

    private func heading(_ text: String, anchor: String, level: Int = 1) -> Block {
        .heading(Heading(level: level, text: [.text(text)], anchor: anchor))
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in their first order.
    var uniqued: [Element] { uniqued { $0 } }
}

extension Array {
    /// The elements without repeats by `key`, each first one kept.
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen: Set<Key> = []
        return filter { seen.insert(key($0)).inserted }
    }
}

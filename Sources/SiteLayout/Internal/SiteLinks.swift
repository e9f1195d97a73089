import PlanModel

// The file names of the site's pages, all in one folder, so every link is relative.
enum SiteLinks {
    static func page(of plan: Handlingsplan) -> String { "\(plan.id).html" }

    static func page(of goal: RegionaltMål) -> String { "regionalt-mal-\(slug(goal.id)).html" }

    static func page(of area: Fokusområde) -> String { "fokusomrade-\(area.nummer).html" }

    /// "B1.1" → "b1-1": letters, digits and hyphens, as anchors and file names need.
    static func slug(_ id: String) -> String {
        String(id.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

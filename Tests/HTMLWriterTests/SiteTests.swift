import Examples
import Foundation
import PlanModel
import RegionVastraGotaland
import Rendering
import SiteLayout
import Testing

@Suite("The regional site")
struct SiteTests {
    /// The region's site, as `render site` builds it: the region's plans and goals, its
    /// files as text read without the soft hyphens of its table cells (which show only
    /// where a line breaks at them).
    private static func site(_ region: Region = .västraGötaland) throws -> [String: String] {
        let plans = Exempel.planer.filter { $0.region == region }
        let files = try Package.renderer().site(plans: plans, regionalGoals: RegionaltMål.barnOchUnga.filter { $0.region == region })
        return Dictionary(uniqueKeysWithValues: files.map {
            ($0.name, String(decoding: $0.data, as: UTF8.self).replacingOccurrences(of: "\u{AD}", with: ""))
        })
    }

    @Test("a start page, a page per plan of the region, per regional goal B1.1–B5.1 and per fokusområde, with stylesheet")
    func pages() throws {
        let names = try Self.site().keys.sorted()
        #expect(names == ["fokusomrade-1.html", "fokusomrade-2.html", "fokusomrade-3.html", "fokusomrade-4.html", "fokusomrade-5.html",
                          "index.html",
                          "regionalt-mal-b1-1.html", "regionalt-mal-b1-2.html", "regionalt-mal-b2-1.html", "regionalt-mal-b2-2.html",
                          "regionalt-mal-b3-1.html", "regionalt-mal-b3-2.html", "regionalt-mal-b4-1.html", "regionalt-mal-b5-1.html",
                          "stil.css", "tanum.html", "vanersborg.html", "vastra-gotaland.html"])
    }

    @Test("every link is relative and reaches an existing page and, with a fragment, an existing id")
    func links() throws {
        let site = try Self.site()
        var ids: [String: Set<String>] = [:]
        for (name, html) in site { ids[name] = Set(html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }) }
        var checked = 0
        for (name, html) in site where name.hasSuffix(".html") {
            for match in html.matches(of: /\s(?:href|src)="([^"]+)"/) {
                let target = String(match.1)
                if target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:") { continue }
                #expect(!target.hasPrefix("/") && !target.contains(":"), "\(name): \(target) is not relative")
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? name : parts[0]
                #expect(site[file] != nil, "\(name): \(target) leads to no file")
                if parts.count == 2 { #expect(ids[file]?.contains(parts[1]) == true, "\(name): \(target) leads to no id") }
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test("the start page lists every plan with organisation, title, period and last revision, linking its page")
    func startPage() throws {
        let index = try #require(try Self.site()["index.html"])
        for plan in Exempel.planer {
            let listed = plan.region == .västraGötaland
            #expect(index.contains(#"<th scope="row" role="rowheader" data-label="Organisation">\#(plan.organisationer[0])</th>"#) == listed)
            #expect(index.contains(#"<a href="\#(plan.id).html">"#) == listed)
        }
        #expect(index.contains(#"<td role="cell" data-label="Period">2020\#u{2060}–\#u{2060}2022</td>"#)
                && index.contains(#"<td role="cell" data-label="Senast ändrad">2022-11-21</td>"#))
        #expect(index.contains(#"<td role="cell" data-label="Senast ändrad">Inget datum i planen</td>"#), "Tanum gives no date")
        #expect(!index.contains("Saknas") && !index.contains("Planen senast ändrad"), "the start page is no plan")
        #expect(index.contains(#"<a href="regionalt-mal-b5-1.html">"#) && index.contains(#"<a href="fokusomrade-5.html">"#))
    }

    @Test("a regional goal's page shows each plan implementing it in a section of its own, its activities linking to the goal in the plan")
    func goalPage() throws {
        let page = try #require(try Self.site()["regionalt-mal-b1-1.html"])
        #expect(page.contains(#"<h3 id="plan-vanersborg">"#))
        #expect(page.contains(#"<h3 id="plan-vastra-gotaland">"#))
        #expect(!page.contains(#"<h3 id="plan-helsingborg">"#))
        #expect(page.contains(#"<a href="vanersborg.html#mal-1-1">Universellt föräldrastöd ABC"#))
        #expect(page.contains("Föräldrar är viktiga i varje barns liv."))
    }

    @Test("a fokusområde's page has a table per regional goal and one of the plans' other goals")
    func focusPage() throws {
        let page = try #require(try Self.site()["fokusomrade-1.html"])
        #expect(page.contains("<caption>Planernas mål för B1.1</caption>"))
        #expect(page.contains("<caption>Planernas mål för B1.2</caption>"))
        #expect(page.contains(#"<a href="regionalt-mal-b1-1.html">"#))
        let skåne = try #require(try Self.site(.skåne)["fokusomrade-1.html"])
        #expect(skåne.contains(#"<th scope="row" role="rowheader" data-label="Organisation">Helsingborgs stad</th>"#), "Helsingborg's themes implement no regional goal")
        #expect(!skåne.contains("B1.1"))
    }

    @Test("a plan's goal links the regional goals it implements to their pages")
    func planPageLinksRegionalGoals() throws {
        let page = try #require(try Self.site()["vanersborg.html"])
        #expect(page.contains(#"<a href="regionalt-mal-b1-1.html">Bidrar till regionalt mål B1.1 Föräldrar ska erbjudas stöd under barnets hela uppväxt</a>"#))
        let standalone = String(decoding: try Package.renderer().render(try #require(Exempel.plan("vanersborg")), as: .html), as: UTF8.self)
        #expect(standalone.contains("<em>Bidrar till regionalt mål B1.1 Föräldrar ska erbjudas stöd under barnets hela uppväxt</em>"))
    }

    @Test("the same plans give byte-identical files")
    func deterministic() throws {
        #expect(try Self.site() == Self.site())
        let renderer = try Package.renderer()
        for plan in Exempel.planer { #expect(try renderer.render(plan, as: .html) == renderer.render(plan, as: .html)) }
    }
}

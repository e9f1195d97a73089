import DocumentModel
import Examples
import Foundation
import HTMLWriter
import PlanModel
import RegionVastraGotaland
import Rendering
import SiteLayout
import Testing

/// templates/README.md documents exactly the variables the pages provide, and exactly
/// the template files there are.
@Suite("The staff guide matches the templates")
struct DocumentationTests {
    /// The HTML section of templates/README.md, up to the next top-level section.
    private func htmlSection() throws -> String {
        let readme = try String(contentsOf: Package.templatesFolder.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n## Webbsidor (HTML)\n"))
        let rest = readme[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    /// The first cells of the table under `### heading`, without backticks.
    private func firstColumn(of heading: String, in section: String) throws -> [String] {
        let start = try #require(section.range(of: "\n### \(heading)\n"))
        let rest = section[start.upperBound...]
        let body = rest[..<(rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex)]
        return body.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            String(line.dropFirst(3).prefix { $0 != "`" })
        }
    }

    /// Every variable name in a page's values, nested lists included.
    private func names(_ value: Any) -> Set<String> {
        if let dictionary = value as? [String: Any] {
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion(names($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(names($1)) } }
        return []
    }

    @Test("every variable the pages provide is documented, and every documented variable is provided")
    func variables() throws {
        let templates = try Package.templates()
        let pages = RegionalSiteLayout(labels: templates.labels).pages(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)
        var provided: Set<String> = []
        for page in pages {
            let settings = PageSettings(date: Package.date, kind: .plan, startPage: page.kind == .plan ? nil : "index.html")
            provided.formUnion(names(templates.html.variables(for: page.document, settings: settings)))
        }
        // The default templates have no logo; an organisation's look may.
        let withLogo = try HTMLTemplates(templates: ["plan.mustache": "{{titel}}"], assets: ["logo.svg": Data()], folder: "x")
        provided.formUnion(names(withLogo.variables(for: pages[0].document, settings: PageSettings(date: nil))))
        let documented = try firstColumn(of: "Variabler", in: htmlSection()).map { name in
            String(name.drop { $0 == "{" }.prefix { $0 != "}" })
        }
        #expect(Set(documented).count == documented.count, "a variable is documented twice")
        #expect(provided.subtracting(documented).isEmpty, "provided but not documented: \(provided.subtracting(documented).sorted())")
        #expect(Set(documented).subtracting(provided).isEmpty, "documented but never provided: \(Set(documented).subtracting(provided).sorted())")
        #expect(provided == Set(PageVariable.allCases.map(\.rawValue)), "the templates may use exactly the provided variables")
    }

    @Test("every file in templates/html is documented, and every documented file exists")
    func files() throws {
        let documented = Set(try firstColumn(of: "Filer", in: htmlSection()))
        let present = Set(try FileManager.default.contentsOfDirectory(
            atPath: Package.templatesFolder.appendingPathComponent("html").path).filter { !$0.hasPrefix(".") })
        #expect(documented == present)
        let partials = Set(try firstColumn(of: "Delmallar", in: htmlSection()).map { String($0.dropFirst(3).dropLast(2)) + ".mustache" })
        #expect(partials == present.filter { $0.hasSuffix(".mustache") && $0 != "plan.mustache" })
    }

    @Test("every class the writer puts in a fragment is documented")
    func classes() throws {
        let renderer = try Package.renderer()
        let section = try htmlSection()
        let documented = Set(try firstColumn(of: "Klasser i innehållet", in: section))
        var used: Set<String> = []
        for plan in Exempel.planer {
            let fragment = String(decoding: renderer.htmlFragment(renderer.document(for: plan)), as: UTF8.self)
            for match in fragment.matches(of: /class="([^"]+)"/) { used.formUnion(match.1.split(separator: " ").map(String.init)) }
        }
        // A documented "kolumner-3" stands for the whole family kolumner-N.
        let families = documented.compactMap { $0.firstMatch(of: /^(.+-)\d+$/).map { String($0.1) } }
        let undocumented = used.filter { name in
            !documented.contains(name) && !families.contains { name.wholeMatch(of: /(.+-)\d+/).map { String($0.1) } == $0 }
        }
        #expect(undocumented.isEmpty, "classes used but not documented: \(undocumented.sorted())")
    }
}

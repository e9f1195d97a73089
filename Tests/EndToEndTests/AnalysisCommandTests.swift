import Examples
import Foundation
import Testing

@Suite("render and render analys write the analysis reports")
struct AnalysisCommandTests {
    let render = RenderProcess()

    @Test func renderWritesTheReportsBesideThePlans() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["--out", out.path, "--format", "txt", "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        for id in Exempel.rapporter.map(\.id) + Exempel.analyser.map(\.id) { #expect(files.contains("\(id).txt"), "\(id)") }
    }

    @Test func reportsCanBeChosenByIdLikePlans() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["fordjupad-analys-2021", "--out", out.path, "--quiet"])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.contains("fordjupad-analys-2021.txt"))
        #expect(files.contains("fordjupad-analys-2021.docx"))
        #expect(files.filter { !$0.hasPrefix("fordjupad-analys-2021.") }.allSatisfy { ["stil.css", "logo.svg"].contains($0) })
    }

    @Test func theAnalysisPageHasItsStylesheetBesideIt() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["analys", "vanersborg", "--datum", "2022-12-31", "--format", "html,txt",
                                     "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: out.appendingPathComponent("analys-vanersborg.html"), encoding: .utf8)
        #expect(html.contains("href=\"stil.css\""))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["analys-vanersborg.html", "analys-vanersborg.txt", "stil.css"])
    }

    @Test func analysisOfChosenPlansAsOfAGivenDay() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["analys", "vanersborg", "tanum", "--datum", "2022-12-31", "--format", "txt",
                                     "--organisation", "Västra Götalandsregionen", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOf: out.appendingPathComponent("analys-vanersborg-tanum.txt"), encoding: .utf8)
        // The same plans, goals and day as the example analysis give the same report body.
        let exempel = try render.run(["analys-barn-och-unga", "--format", "txt", "--out", out.path, "--quiet"])
        #expect(exempel.status == 0)
        let exempeltext = try String(contentsOf: out.appendingPathComponent("analys-barn-och-unga.txt"), encoding: .utf8)
        #expect(text == exempeltext)
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("Den avser läget 31 december 2022"))
        // The report credits the organisation that made it, never the first plan's municipality.
        #expect(text.hasPrefix("Västra Götalandsregionen\n"))
    }

    @Test("usage errors of render analys exit with 2",
          arguments: [["analys", "--datum", "2022-02-30"], ["analys", "okand-plan"], ["analys", "--utbrett", "120"]])
    func usageErrors(_ arguments: [String]) throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(arguments + ["--out", out.path])
        #expect(result.status == 2, "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}

@Suite("render uppföljning writes the yearly follow-up")
struct FollowUpCommandTests {
    let render = RenderProcess()

    @Test func followUpOfTwoPlansInEveryFormat() throws {
        let out = try RenderProcess.temporaryDirectory()
        let kolada = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/kolada")
        let result = try render.run(["uppföljning", "vanersborg", "tanum", "--datum", "2022-12-31", "--kolada", kolada.path,
                                     "--format", "txt,html,docx", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["stil.css", "uppfoljning-vanersborg-tanum.docx", "uppfoljning-vanersborg-tanum.html",
                          "uppfoljning-vanersborg-tanum.txt"])
        let text = try String(contentsOf: out.appendingPathComponent("uppfoljning-vanersborg-tanum.txt"), encoding: .utf8)
        #expect(text.contains("Läget den 31 december 2022"))
        #expect(text.contains("- Genomföra kundenkät (mål 3.2, 2021)"))
        let html = try String(contentsOf: out.appendingPathComponent("uppfoljning-vanersborg-tanum.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 3)
    }

    @Test func aBrokenKoladaFileIsAnErrorWithFileAndPath() throws {
        let out = try RenderProcess.temporaryDirectory()
        let kolada = out.appendingPathComponent("kolada")
        try FileManager.default.createDirectory(at: kolada, withIntermediateDirectories: true)
        try Data(#"{"values": [{"kpi": "N1", "municipality": "1435", "period": 2020, "values": [{"gender": "T", "value": true}]}]}"#.utf8)
            .write(to: kolada.appendingPathComponent("trasig.json"))
        let result = try render.run(["uppföljning", "tanum", "--datum", "2022-12-31", "--kolada", kolada.path, "--out", out.path])
        #expect(result.status == 4)
        #expect(result.errors.contains("trasig.json: values[0].values[0].value: ska vara ett tal eller null"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("uppfoljning-tanum.txt").path))
    }

    @Test func anInvalidDateIsAUsageError() throws {
        let result = try render.run(["uppföljning", "--datum", "2022-13-01"])
        #expect(result.status == 2)
        #expect(result.errors.contains("Ogiltigt datum"))
    }
}

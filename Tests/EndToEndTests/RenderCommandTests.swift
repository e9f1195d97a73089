import Examples
import Foundation
import PlanModel
import Testing

@Suite("render, run as a process")
struct RenderCommandTests {
    let render = RenderProcess()
    let fixtures = RenderProcess("render-fixtures")

    @Test func rendersEveryExampleIntoTheOutputFolder() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["--out", out.path])
        #expect(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        for plan in Exempel.planer {
            #expect(files.contains("\(plan.id).txt"))
            #expect(files.contains("\(plan.id).docx"))
            #expect(files.contains("\(plan.id).pdf"))
        }
        #expect(result.output.isEmpty)
    }

    @Test func rendersChosenPlansAndFormats() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["vanersborg", "--format", "txt", "--width", "60", "--out", out.path, "--quiet"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["vanersborg.txt"])
        let text = try String(contentsOf: out.appendingPathComponent("vanersborg.txt"), encoding: .utf8)
        #expect(text.components(separatedBy: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func sameInputGivesByteIdenticalFiles() throws {
        let first = try RenderProcess.temporaryDirectory()
        let second = try RenderProcess.temporaryDirectory()
        _ = try render.run(["--out", first.path, "--quiet"])
        _ = try render.run(["--out", second.path, "--quiet"])
        for name in try FileManager.default.contentsOfDirectory(atPath: first.path) {
            #expect(FileManager.default.contentsEqual(atPath: first.appendingPathComponent(name).path,
                                                      andPath: second.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func listShowsEveryPlan() throws {
        let result = try render.run(["list"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        for plan in Exempel.planer { #expect(lines.contains { $0.hasPrefix(plan.id + " ") }) }
        #expect(result.output.contains("2022-11-21"))
    }

    @Test func validateReportsWarningsButSucceedsOnTheExamples() throws {
        let result = try render.run(["validate"])
        #expect(result.status == 0)
        #expect(result.output.contains("examples/Vanersborg.swift:"))
        #expect(result.output.contains(": varning: "))
        #expect(!result.output.contains(": fel: "))
        #expect(result.errors.contains("0 fel"))
    }

    @Test func jsonExportsThePlan() throws {
        let result = try render.run(["json", "tanum"])
        #expect(result.status == 0)
        #expect(try Handlingsplan(json: Data(result.output.utf8)) == Exempel.plan("tanum"))
    }

    @Test func helpIsSwedishAndDocumentsExitCodes() throws {
        let result = try render.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("ANVÄNDNING:"))
        #expect(result.output.contains("Slutkoder:"))
        #expect(!result.output.contains("USAGE:"))
        let sub = try render.run(["help", "validate"])
        #expect(sub.output.contains("Granska planerna"))
    }

    // MARK: Exit codes

    @Test func validationErrorsPointAtFileAndLine() throws {
        let result = try fixtures.run(["validate"])
        #expect(result.status == 1)
        let source = try String(contentsOf: RenderProcess.repository.appendingPathComponent("Tests/Fixtures/FelaktigPlan.swift"),
                                encoding: .utf8).components(separatedBy: "\n")
        func line(_ marker: String) -> Int { source.firstIndex { $0.contains(marker) }! + 1 }
        let expected = [
            "Tests/Fixtures/FelaktigPlan.swift:\(line("let felaktigPlan")): fel: Revideringen 2020-06-01 är daterad före fastställandet 2021-01-01.",
            "Tests/Fixtures/FelaktigPlan.swift:\(line("Samma nummer igen")): fel: Målnummer 1.1 finns redan",
            "Tests/Fixtures/FelaktigPlan.swift:\(line("Fel fokusområde")): fel: Mål 2.1 hör inte till fokusområde 1",
            "Tests/Fixtures/FelaktigPlan.swift:\(line("Aktivitet utan ansvar")): varning: Aktiviteten \"Aktivitet utan ansvar\" saknar ansvarig.",
        ]
        for prefix in expected { #expect(result.output.contains(prefix), "\(prefix)") }
    }

    @Test func twoPlansWithOneIdStopTheRunBeforeAnythingIsWritten() throws {
        let out = try RenderProcess.temporaryDirectory().appendingPathComponent("ut")
        let environment = ["RENDER_FIXTURES_DUPLICATE_ID": "1"]
        let result = try fixtures.run(["--out", out.path], environment: environment)
        #expect(result.status == 1)
        let source = try String(contentsOf: RenderProcess.repository.appendingPathComponent("Tests/Fixtures/FelaktigPlan.swift"),
                                encoding: .utf8).components(separatedBy: "\n")
        let first = source.firstIndex { $0.contains("let giltigPlan") }! + 1
        let second = source.firstIndex { $0.contains("let dubblettPlan") }! + 1
        #expect(result.errors.contains("Tests/Fixtures/FelaktigPlan.swift:\(second): fel: Planens id \"giltig\" används redan "
                                       + "av planen på rad \(first). Två planer med samma id skulle skriva över varandras filer; "
                                       + "ge planen ett eget id."), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
        let validate = try fixtures.run(["validate"], environment: environment)
        #expect(validate.status == 1)
        #expect(validate.output.contains("Tests/Fixtures/FelaktigPlan.swift:\(second): fel: Planens id \"giltig\" används redan"))
    }

    @Test func aCommandBuildsOnlyThePlansItSelects() throws {
        let environment = ["RENDER_FIXTURES": "lat"]
        let out = try RenderProcess.temporaryDirectory()
        for arguments in [["giltig", "--format", "txt", "--out", out.path, "-q"], ["validate", "giltig"], ["json", "giltig"]] {
            let result = try fixtures.run(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(result.errors.components(separatedBy: "\n").filter { $0.hasPrefix("byggde ") } == ["byggde giltig"],
                    "\(arguments): \(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["giltig.txt"])
    }

    @Test func aPlanWithAnotherIdThanItsEntryIsAnError() throws {
        let out = try RenderProcess.temporaryDirectory().appendingPathComponent("ut")
        let result = try fixtures.run(["annat-id", "--format", "txt", "--out", out.path], environment: ["RENDER_FIXTURES": "lat"])
        #expect(result.status == 1)
        let source = try String(contentsOf: RenderProcess.repository.appendingPathComponent("Tests/Fixtures/FelaktigPlan.swift"),
                                encoding: .utf8).components(separatedBy: "\n")
        let line = source.firstIndex { $0.contains("let giltigPlan") }! + 1
        #expect(result.errors.contains("Tests/Fixtures/FelaktigPlan.swift:\(line): fel: Planen har id \"giltig\" men står i "
                                       + "katalogen som \"annat-id\". Ge den samma id på båda ställena."), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }

    @Test func invalidPlansAreSkippedOthersRendered() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try fixtures.run(["--out", out.path])
        #expect(result.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["giltig.docx", "giltig.html", "giltig.pdf", "giltig.txt", "stil.css"])
        #expect(result.errors.contains("felaktig"))
    }

    @Test("usage errors exit with 2", arguments: [
        ["okand-plan"], ["vanersborg", "--format", "odt"], ["--okand-flagga"], ["../x"], ["json"],
    ])
    func usageErrors(arguments: [String]) throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(arguments + (arguments == ["json"] ? [] : ["--out", out.path + "/ut"]))
        #expect(result.status == 2, "\(result.errors)")
        #expect(!result.errors.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("x.txt").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("ut").path))
    }

    @Test func unknownTemplateKindIsAnsweredInSwedish() throws {
        let result = try render.run(["template", "html", "--out", "/tmp/ingen-mall"])
        #expect(result.status == 2)
        #expect(result.errors.contains("Ange ett av 'docx'") && !result.errors.contains("Please"), "\(result.errors)")
    }

    @Test func templateErrorExitsWith3AndWritesNothing() throws {
        let templates = try RenderProcess.temporaryDirectory()
        let labels = try String(contentsOf: RenderProcess.repository.appendingPathComponent("templates/labels.sv.yaml"), encoding: .utf8)
        try labels.replacingOccurrences(of: "  saknas:", with: "  saknaz:")
            .write(to: templates.appendingPathComponent("labels.sv.yaml"), atomically: true, encoding: .utf8)
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["--templates", templates.path, "--out", out.path])
        #expect(result.status == 3)
        #expect(result.errors.contains("labels.sv.yaml:"))
        #expect(result.errors.contains("Okänd etikett \"text.saknaz\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func unwritableOutputExitsWith4() throws {
        let folder = try RenderProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("fil")
        try Data("x".utf8).write(to: file)
        let result = try render.run(["--out", file.appendingPathComponent("ut").path])
        #expect(result.status == 4)
        #expect(result.errors.contains("kunde inte skrivas"))
    }

    @Test func interruptedRunLeavesThePreviousFileIntact() throws {
        let out = try RenderProcess.temporaryDirectory()
        _ = try render.run(["vanersborg", "--format", "txt,html,docx", "--out", out.path, "--quiet"])
        let target = out.appendingPathComponent("vanersborg.txt")
        let before = try Data(contentsOf: target)

        // A different width gives different bytes; the pause holds the write half-way.
        let (process, _, _) = try render.start(["vanersborg", "--format", "txt,html,docx", "--width", "50", "--out", out.path, "--quiet"],
                                               environment: ["RENDER_TEST_WRITE_PAUSE_MS": "3000"])
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
            if names.contains(where: { $0.hasSuffix(".render-tmp") }) { break }
            usleep(20_000)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).contains { $0.hasSuffix(".render-tmp") },
                "the run never started writing")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(try Data(contentsOf: target) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["stil.css", "vanersborg.docx", "vanersborg.html", "vanersborg.txt"])
    }
}

import Foundation
import Testing

/// Each benchmark once, so `make bench` keeps working; the figures are not checked.
@Suite("Benchmarks, one iteration each")
struct BenchSmokeTests {
    let bench = RenderProcess("bench")

    @Test("benchmark runs", arguments: [
        ["examples", "--iterations", "1"], ["scale", "--rows", "100", "--iterations", "1"],
        ["scale", "--rows", "100", "--iterations", "1", "--format", "docx"], ["region", "--plans", "3"],
        ["import", "--activities", "20", "--iterations", "1"],
    ])
    func runs(arguments: [String]) throws {
        let result = try bench.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("toppminne"))
    }

    @Test func pdfBatchPrintsTheTimeOfEachDocument() throws {
        let result = try bench.run(["pdf"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("vanersborg.pdf") && result.output.contains("hela körningen ("), "\(result.output)")
    }

    @Test func startPrintsTheLabelFileAndTemplatesBesideTheirFloor() throws {
        let result = try bench.run(["start", "--iterations", "1"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("etiketter (") && result.output.contains("webbmallar (") && result.output.contains("golv ms"),
                "\(result.output)")
        #expect(result.output.contains("avstavningsordlistan med libhyphen (") && result.output.contains("avstavningsordlistan ur sin bild ("),
                "\(result.output)")
    }

    @Test func textFloorPrintsEachStageBesideItsFloor() throws {
        let result = try bench.run(["golv-text", "--plan", "vanersborg,helsingborg", "--iterations", "1"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        for plan in ["vanersborg", "helsingborg"] {
            for stage in ["html (sida)", "html (fragment)", "html (skrivaren)", "txt"] {
                #expect(lines.contains { $0.hasPrefix(plan + " ") && $0.contains(" \(stage) ") && $0.contains("×") }, "\(result.output)")
            }
        }
        #expect(!result.output.contains("tanum"), "\(result.output)")
    }

    @Test func startFloorParsesARunAndWritesNothing() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("start-floor-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let floor = RenderProcess("start-floor")
        let plain = try floor.run(["vastra-gotaland", "--format", "docx", "--out", out.path, "-q"])
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // The same parser as render's: a wrong command line is the same usage error, in Swedish.
        let wrong = try floor.run(["vastra-gotaland", "--formatt", "docx"])
        let rendered = try RenderProcess().run(["vastra-gotaland", "--formatt", "docx"])
        #expect(wrong.status == 2 && wrong.errors == rendered.errors, "\(wrong.errors)")
    }

    @Test func regionOutputIsTheSameSequentiallyAndInParallel() throws {
        #expect(try bench.run(["region", "--plans", "6"]).output.contains("samma utdata sekventiellt och parallellt: ja"))
    }
}

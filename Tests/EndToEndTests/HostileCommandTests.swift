import Foundation
import Testing

/// `render` against faults, broken templates and hostile plans: a clear Swedish message
/// and exit code, nothing outside `--out`, nothing half-written, no crash.
@Suite("Faults, broken templates and hostile plans")
struct HostileCommandTests {
    let render = RenderProcess()
    let hostile = RenderProcess("render-fixtures")
    let fixtures = RenderProcess("render-fixtures")
    static let hostileEnvironment = ["RENDER_FIXTURES": "fientlig"]

    private func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// A copy of the project's templates for one test to break.
    private func templatesCopy() throws -> URL {
        let folder = try RenderProcess.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: RenderProcess.repository.appendingPathComponent("templates"), to: folder)
        return folder
    }

    // MARK: Output folder

    @Test func aSymbolicLinkAtTheFinalNameIsReplacedNotWrittenThrough() throws {
        let out = try RenderProcess.temporaryDirectory()
        let outside = try RenderProcess.temporaryDirectory().appendingPathComponent("utanfor.txt")
        try Data("orörd".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("vanersborg.txt").path,
                                                   withDestinationPath: outside.path)
        let result = try render.run(["vanersborg", "--format", "txt", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOf: outside, encoding: .utf8) == "orörd")
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("vanersborg.txt").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func cleanUpRemovesOnlyFilesOfEndedRunsNeverFoldersOrLinkTargets() throws {
        let out = try RenderProcess.temporaryDirectory()
        let outside = try RenderProcess.temporaryDirectory().appendingPathComponent("utanfor.txt")
        try Data("orörd".utf8).write(to: outside)
        // Process 1 is init: always running. A pid far above pid_max never runs.
        let running = ".vanersborg.txt.1-abc.render-tmp"
        let ended = ".vanersborg.txt.99999999-abc.render-tmp"
        let folder = ".mapp.99999999-abc.render-tmp"
        let link = ".lank.99999999-abc.render-tmp"
        try Data("löpande".utf8).write(to: out.appendingPathComponent(running))
        try Data("kvar".utf8).write(to: out.appendingPathComponent(ended))
        try FileManager.default.createDirectory(at: out.appendingPathComponent(folder).appendingPathComponent("inne"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(link).path, withDestinationPath: outside.path)
        let result = try render.run(["vanersborg", "--format", "txt", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.errors)")
        let names = try files(in: out)
        #expect(names.contains(running))
        #expect(!names.contains(ended))
        #expect(names.contains(folder))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(folder).appendingPathComponent("inne").path))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "orörd")
    }

    @Test func twoRunsIntoOneFolderAtOnceBothSucceedWithIdenticalFiles() throws {
        let reference = try RenderProcess.temporaryDirectory()
        let arguments = ["vanersborg", "tanum", "helsingborg", "--quiet"]
        #expect(try render.run(arguments + ["--out", reference.path]).status == 0)
        for attempt in 1...3 {
            let out = try RenderProcess.temporaryDirectory()
            // The second run starts while the first is writing (its files pause half-way),
            // and its clean-up must leave the first run's temporary files alone.
            let slow = ["RENDER_TEST_WRITE_PAUSE_MS": "4"]
            let (first, firstOut, firstErr) = try render.start(arguments + ["--out", out.path], environment: slow)
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline, !(try files(in: out)).contains(where: { $0.hasSuffix(".render-tmp") }) { usleep(5_000) }
            let second = try render.run(arguments + ["--out", out.path], environment: slow)
            let firstErrors = String(decoding: firstErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            _ = firstOut.fileHandleForReading.readDataToEndOfFile()
            first.waitUntilExit()
            #expect(first.terminationStatus == 0, "attempt \(attempt), first run: \(firstErrors)")
            #expect(second.status == 0, "attempt \(attempt), second run: \(second.errors)")
            #expect(try files(in: out) == files(in: reference), "attempt \(attempt)")
            for name in try files(in: reference) {
                #expect(FileManager.default.contentsEqual(atPath: out.appendingPathComponent(name).path,
                                                          andPath: reference.appendingPathComponent(name).path),
                        "attempt \(attempt): \(name)")
            }
        }
        let validator = RenderProcess.repository.appendingPathComponent("../shared/ooxml/validate-docx").standardized.path
        let docx = try files(in: reference).filter { $0.hasSuffix(".docx") }.map { reference.appendingPathComponent($0).path }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: validator)
        process.arguments = docx
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "validate-docx failed on the concurrent runs' Word files")
    }

    @Test func anInjectedLibzipFailureIsExit4WithTheOtherFilesWrittenAndNoEmptyFile() throws {
        let out = try RenderProcess.temporaryDirectory()
        #expect(try render.run(["vanersborg", "--format", "docx", "--out", out.path, "--quiet"]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("vanersborg.docx"))
        for fault in ["zip-close", "zip-add"] {
            let result = try render.run(["vanersborg", "tanum", "--out", out.path, "--quiet"], environment: ["RENDER_TEST_FAULT": fault])
            #expect(result.status == 4, "\(fault): \(result.errors)")
            #expect(result.errors.contains("vanersborg.docx: kunde inte skapas:"), "\(fault): \(result.errors)")
            #expect(!result.errors.contains("libzip:"))
            #expect(try Data(contentsOf: out.appendingPathComponent("vanersborg.docx")) == before, "\(fault)")
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("tanum.docx").path))
            for name in ["vanersborg.txt", "vanersborg.html", "tanum.txt", "tanum.html"] {
                let size = (try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int) ?? 0
                #expect(size > 0, "\(fault): \(name)")
            }
        }
    }

    @Test func systemErrorsAreInSwedish() throws {
        let folder = try RenderProcess.temporaryDirectory()
        let dangling = folder.appendingPathComponent("ut")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: folder.appendingPathComponent("finns-inte").path)
        let result = try render.run(["vanersborg", "--out", dangling.path])
        #expect(result.status == 4)
        #expect(result.errors.contains("symbolisk länk till"), "\(result.errors)")
        let readOnly = try RenderProcess.temporaryDirectory()
        chmod(readOnly.path, 0o500)
        defer { chmod(readOnly.path, 0o700) }
        if getuid() != 0 {
            let denied = try render.run(["vanersborg", "--format", "txt", "--out", readOnly.path])
            #expect(denied.status == 4)
            #expect(denied.errors.contains("behörighet saknas"), "\(denied.errors)")
        }
    }

    // MARK: Templates

    @Test func aRecursivePartialIsExit3NamingThePartial() throws {
        let templates = try templatesCopy()
        let footer = templates.appendingPathComponent("html/sidfot.mustache")
        try (String(contentsOf: footer, encoding: .utf8) + "{{>sidfot}}\n").write(to: footer, atomically: true, encoding: .utf8)
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["vanersborg", "--templates", templates.path, "--out", out.path])
        #expect(result.status == 3, "\(result.errors)")
        #expect(result.errors.contains("sidfot.mustache:"))
        #expect(result.errors.contains("Delmallen {{>sidfot}} tar med sig själv"))
        #expect(try files(in: out).isEmpty)
    }

    @Test func sectionsNestedThousandsDeepAreExit3AtTheTag() throws {
        // swift-mustache parses and renders sections recursively: 20 000 levels ended render with SIGSEGV.
        let templates = try templatesCopy()
        let frame = templates.appendingPathComponent("html/plan.mustache")
        let depth = 20_000
        try (String(repeating: "{{#titel}}", count: depth) + String(repeating: "{{/titel}}", count: depth))
            .write(to: frame, atomically: true, encoding: .utf8)
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["vanersborg", "--format", "html", "--templates", templates.path, "--out", out.path])
        #expect(result.status == 3, "\(result.errors)")
        #expect(result.errors.contains("plan.mustache:1:1001: Här ligger avsnitten 101 nivåer djupt i varandra"), "\(result.errors)")
        #expect(try files(in: out).isEmpty)
    }

    @Test func templatesThatCannotBeReadAreExit3WithTheReasonNotTheDefaults() throws {
        // Before, a folder or file that could not be read passed for an absent one, and the
        // pages came out in the default look without a word.
        let file = try RenderProcess.temporaryDirectory().appendingPathComponent("mallar")
        try Data("x".utf8).write(to: file)
        let out = try RenderProcess.temporaryDirectory()
        let notAFolder = try render.run(["vanersborg", "--format", "txt", "--templates", file.path, "--out", out.path])
        #expect(notAFolder.status == 3, "\(notAFolder.errors)")
        #expect(notAFolder.errors.contains("mallar: Mallmappen kan inte läsas: en del av sökvägen är en fil, inte en mapp."), "\(notAFolder.errors)")

        let templates = try templatesCopy()
        let labels = templates.appendingPathComponent("labels.sv.yaml")
        try FileManager.default.removeItem(at: labels)
        try FileManager.default.createDirectory(at: labels, withIntermediateDirectories: false)
        let folderAsFile = try render.run(["vanersborg", "--format", "txt", "--templates", templates.path, "--out", out.path])
        #expect(folderAsFile.status == 3, "\(folderAsFile.errors)")
        #expect(folderAsFile.errors.contains("labels.sv.yaml: Mallfilen kan inte läsas: det finns en mapp med det namnet."), "\(folderAsFile.errors)")
        #expect(try files(in: out).isEmpty)

        if getuid() != 0 {
            try FileManager.default.removeItem(at: labels)
            let stylesheet = templates.appendingPathComponent("html/stil.css")
            chmod(stylesheet.path, 0)
            defer { chmod(stylesheet.path, 0o644) }
            let unreadable = try render.run(["vanersborg", "--format", "html", "--templates", templates.path, "--out", out.path])
            #expect(unreadable.status == 3, "\(unreadable.errors)")
            #expect(unreadable.errors.contains("stil.css: Filen kan inte läsas, så den kan inte följa med sidorna: behörighet saknas."))
        }
    }

    @Test func koladaFiguresThatCannotBeReadAreExit4WithTheReasonNotMissingFigures() throws {
        let kolada = try RenderProcess.temporaryDirectory()
        try FileManager.default.createDirectory(at: kolada.appendingPathComponent("N15419.json"), withIntermediateDirectories: false)
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["uppföljning", "tanum", "--datum", "2022-12-31", "--kolada", kolada.path, "--out", out.path])
        #expect(result.status == 4, "\(result.errors)")
        #expect(result.errors.contains("N15419.json: filen går inte att läsa: det finns en mapp med det namnet"), "\(result.errors)")
        let absent = try render.run(["uppföljning", "tanum", "--datum", "2022-12-31", "--kolada", kolada.appendingPathComponent("saknas").path,
                                     "--format", "txt", "--out", out.path, "--quiet"])
        #expect(absent.status == 0, "an absent folder is no figures: \(absent.errors)")
    }

    /// The project's reference document with `change` applied to its entries by Python's zipfile.
    private func brokenReference(_ python: String) throws -> URL {
        let templates = try templatesCopy()
        let path = templates.appendingPathComponent("docx/reference.docx").path
        let script = """
            import sys, zipfile
            path = sys.argv[1]
            entries = [(i, zipfile.ZipFile(path).read(i.filename)) for i in zipfile.ZipFile(path).infolist()]
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for info, data in entries:
            \(python.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))
                    z.writestr(info, data, zipfile.ZIP_DEFLATED)
                z.writestr("word/media/extra.bin", EXTRA, zipfile.ZIP_DEFLATED) if "EXTRA" in globals() else None
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return templates
    }

    @Test("a zip bomb, macros or an external part in the reference document: exit 3, a Swedish message, nothing written",
          arguments: [
            ("global EXTRA; EXTRA = bytes(64 * 1024 * 1024)", "ZIP-bomb"),
            ("if info.filename == '[Content_Types].xml': z.writestr('word/vbaProject.bin', b'VBA')", "makron (word/vbaProject.bin)"),
            ("""
             if info.filename == 'word/_rels/document.xml.rels': data = data.replace(b'</Relationships>', b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>')
             if info.filename == 'word/document.xml': data = data.replace(b'<w:body>', b'<w:body><w:p><w:r><w:t>x</w:t></w:r><w:r><w:object r:id="rIdX"/></w:r></w:p>', 1)
             """, "hänvisar till en extern fil (file:///etc/passwd)"),
          ])
    func brokenReferenceDocument(change: String, message: String) throws {
        let templates = try brokenReference(change)
        let out = try RenderProcess.temporaryDirectory()
        let result = try render.run(["vanersborg", "--templates", templates.path, "--out", out.path])
        #expect(result.status == 3, "\(result.errors)")
        #expect(result.errors.contains("reference.docx: "), "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(try files(in: out).isEmpty)
    }

    // MARK: Hostile plans

    @Test func validateWarnsAtThePlansLinesWithTheTextMadeSafe() throws {
        let result = try hostile.run(["validate"], environment: Self.hostileEnvironment)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Tests/Fixtures/FientligPlan.swift:7: varning:") && $0.contains("U+001B") })
        #expect(lines.contains { $0.hasPrefix("Tests/Fixtures/FientligPlan.swift:13: varning:") && $0.contains("U+0000, U+0007") })
        #expect(lines.contains { $0.contains("javascript:alert(document.cookie)") && $0.contains("blir ingen länk") })
        #expect(lines.contains { $0.contains("U+202E") })
        #expect(!lines.contains { $0.contains("https://skr.se") }, "an allowed link is no warning")
        #expect(!lines.contains { $0.contains("U+000D") }, "\\r\\n is a line break, no warning")
        #expect(!result.output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E })
    }

    @Test func listPrintsControlsVisiblyAndCutsLongTitles() throws {
        let result = try hostile.run(["list"], environment: Self.hostileEnvironment)
        #expect(result.status == 0)
        #expect(result.output.contains("Kommun\\u{1B}[31m röd"))
        #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B })
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count < 160 })
        #expect(result.output.contains("…"))
    }

    @Test func theHostilePlanRendersInEveryFormatWithoutControlsOrUnsafeLinks() throws {
        let out = try RenderProcess.temporaryDirectory()
        let result = try hostile.run(["--out", out.path, "--quiet"], environment: Self.hostileEnvironment)
        #expect(result.status == 0, "\(result.errors)")
        let text = try String(contentsOf: out.appendingPathComponent("fientlig.txt"), encoding: .utf8)
        #expect(text.contains("rad brytning"), "a line break inside a paragraph is a space once the text is wrapped")
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E })
        let html = try String(contentsOf: out.appendingPathComponent("fientlig.html"), encoding: .utf8)
        #expect(!html.contains("javascript:"))
        #expect(html.contains(#"<a href="https://skr.se/a%20b">bra</a>"#))
        #expect(!html.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test func jsonOfTheHostilePlanIsExact() throws {
        let result = try hostile.run(["json", "fientlig"], environment: Self.hostileEnvironment)
        #expect(result.status == 0, "\(result.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        #expect(text.contains("NUL\\u0000, klocka\\u0007 och rad\\r\\nbrytning"))
    }

    // MARK: render analys and json

    @Test func analysisCountsADuplicatedIdOnceAndKeepsItsNameShort() throws {
        let out = try RenderProcess.temporaryDirectory()
        let once = try render.run(["analys", "vanersborg", "vanersborg", "--datum", "2022-12-31", "--format", "txt", "--out", out.path, "-q"])
        #expect(once.status == 0, "\(once.errors)")
        #expect(try files(in: out) == ["analys-vanersborg.txt"])
        let ids = ["vanersborg", "tanum", "helsingborg", "vastra-gotaland"]
        let many = try render.run(["analys"] + ids + ids.reversed() + ["--datum", "2022-12-31", "--format", "txt", "--out", out.path, "-q"])
        #expect(many.status == 0, "\(many.errors)")
        let names = try files(in: out)
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.count <= 72 }, "\(names)")
    }

    @Test("render analys and render json refuse a plan with errors, exit 1", arguments: [
        ["analys", "felaktig", "giltig"], ["json", "felaktig"],
    ])
    func invalidPlansAreRefused(arguments: [String]) throws {
        let out = try RenderProcess.temporaryDirectory().appendingPathComponent("ut")
        let result = try fixtures.run(arguments + (arguments[0] == "json" ? [] : ["--out", out.path]))
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("FelaktigPlan.swift:19: fel:"))
        #expect(result.output.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    // MARK: Standard streams

    /// `render` with standard output or standard error on a disk that is full: what it
    /// printed and its code, with the other stream captured.
    private func runWithFullStream(_ arguments: [String], output full: Bool) throws -> (status: Int32, captured: String) {
        let process = Process()
        process.executableURL = RenderProcess.products.appendingPathComponent("render")
        process.arguments = arguments
        process.currentDirectoryURL = RenderProcess.repository
        let captured = Pipe()
        let device = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        process.standardOutput = full ? device : captured
        process.standardError = full ? captured : device
        try process.run()
        let text = String(decoding: captured.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("a standard output that refuses writes is named once and the run ends with 4, not a crash",
          arguments: [["json", "tanum"], ["list"], ["validate", "vanersborg"], ["--help"]])
    func refusedStandardOutputIsExit4(_ arguments: [String]) throws {
        let (status, errors) = try runWithFullStream(arguments, output: true)
        #expect(status == 4, "\(arguments): \(errors)")
        #expect(errors.components(separatedBy: "fel: standard ut kunde inte skrivas: disken är full.").count == 2, "\(arguments): \(errors)")
    }

    @Test func aRefusedStandardErrorEndsTheRunWith4AfterTheDocumentsAreWritten() throws {
        let out = try RenderProcess.temporaryDirectory()
        let (status, output) = try runWithFullStream(["vanersborg", "--format", "txt", "--out", out.path], output: false)
        #expect(status == 4)
        #expect(output.isEmpty)
        #expect(try files(in: out) == ["vanersborg.txt"])
    }
}

import Foundation
import Testing

/// One run over the examples renders each plan in its organisation's look
/// (`templates/<id>/` over the shared templates), and the regional site of Västra
/// Götaland shows each plan page with its municipality's logo and lists no Skåne plan.
@Suite("Looks per organisation")
struct LooksTests {
    /// A copy of the project's templates with test looks for Vänersborg and Helsingborg:
    /// a logo each and a reference document whose headings have a colour of their own.
    static func templatesWithLooks() throws -> URL {
        let folder = try RenderProcess.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: RenderProcess.repository.appendingPathComponent("templates"), to: folder)
        for (id, colour) in [("vanersborg", "7A1F1F"), ("helsingborg", "1F5C2E")] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(id)/html"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(id)/docx"), withIntermediateDirectories: true)
            try Self.logo(id).write(to: folder.appendingPathComponent("\(id)/html/logo.svg"), atomically: true, encoding: .utf8)
            try Self.recolour(folder.appendingPathComponent("docx/reference.docx"), to: colour,
                              into: folder.appendingPathComponent("\(id)/docx/reference.docx"))
        }
        return folder
    }

    static func logo(_ id: String) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" role="img"><title>Testlogotyp \#(id)</title></svg>"#
    }

    /// The reference document with its heading colour replaced, through Python's zipfile.
    static func recolour(_ reference: URL, to colour: String, into target: URL) throws {
        let script = """
            import sys, zipfile
            source, target, colour = sys.argv[1:]
            with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if item.filename == "word/styles.xml":
                        data = data.replace(b'w:val="1F3864"', ('w:val="%s"' % colour).encode())
                    zout.writestr(item, data)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, reference.path, target.path, colour]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func unzip(_ docx: URL, _ part: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
                             docx.path, part]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("one run renders Vänersborg and Helsingborg each with its own logo and reference document, Tanum in the shared look")
    func oneRunManyLooks() throws {
        let templates = try Self.templatesWithLooks()
        let out = templates.deletingLastPathComponent().appendingPathComponent("out")
        let result = try RenderProcess().run(["vanersborg", "helsingborg", "tanum", "--format", "html,docx", "--templates", templates.path,
                                              "--out", out.path, "-q"])
        #expect(result.status == 0, "\(result.errors)")
        for id in ["vanersborg", "helsingborg"] {
            let page = try String(contentsOf: out.appendingPathComponent("\(id).html"), encoding: .utf8)
            #expect(page.contains(#"src="\#(id)/logo.svg""#), "\(id)")
            #expect(page.contains(#"href="\#(id)/stil.css""#), "\(id)")
            #expect(try String(contentsOf: out.appendingPathComponent("\(id)/logo.svg"), encoding: .utf8) == Self.logo(id))
        }
        let tanum = try String(contentsOf: out.appendingPathComponent("tanum.html"), encoding: .utf8)
        #expect(tanum.contains(#"<p class="logotyp logotyp-text">Tanums kommun</p>"#) && !tanum.contains("<img class=\"logotyp\""))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("logo.svg").path), "the shared look has no logo")

        let styles = try ["vanersborg", "helsingborg", "tanum"].map { try Self.unzip(out.appendingPathComponent("\($0).docx"), "word/styles.xml") }
        #expect(styles[0].contains(#"w:val="7A1F1F""#) && !styles[0].contains(#"w:val="1F5C2E""#))
        #expect(styles[1].contains(#"w:val="1F5C2E""#) && !styles[1].contains(#"w:val="7A1F1F""#))
        #expect(styles[2].contains(#"w:val="1F3864""#) && !styles[2].contains(#"w:val="7A1F1F""#))
    }

    @Test("the Västra Götaland site shows Vänersborg's page with its logo and does not list Helsingborg")
    func siteLooks() throws {
        let templates = try Self.templatesWithLooks()
        let out = templates.deletingLastPathComponent().appendingPathComponent("site")
        let result = try RenderProcess().run(["site", "--region", "vastra-gotaland", "--templates", templates.path, "--out", out.path, "-q"])
        #expect(result.status == 0, "\(result.errors)")
        let page = try String(contentsOf: out.appendingPathComponent("vanersborg.html"), encoding: .utf8)
        #expect(page.contains(#"src="vanersborg/logo.svg""#))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("vanersborg/logo.svg").path))
        let start = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(start.contains("Västra Götaland") && !start.contains("Helsingborg"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("helsingborg.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("helsingborg").path))
    }

    /// A templates folder with the look `egen-look` of the fixture plan that names it: its
    /// label file renames one column and the site's title.
    static func templatesWithOwnLabels() throws -> URL {
        let folder = try RenderProcess.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("egen-look"), withIntermediateDirectories: true)
        try "tabell:\n  ansvar: \"Ansvarig enhet\"\nwebbplats:\n  titel: \"Egen webbplatstitel\"\n"
            .write(to: folder.appendingPathComponent("egen-look/labels.sv.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a plan naming a look folder that does not exist is a template error naming the plan's line and the folder; nothing is written")
    func missingLookFolder() throws {
        let templates = try RenderProcess.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for command in [["egen", "--format", "html,docx"], ["site"]] {
            let out = templates.deletingLastPathComponent().appendingPathComponent("out")
            let result = try RenderProcess("render-fixtures").run(command + ["--templates", templates.path, "--out", out.path, "-q"],
                                                                  environment: ["RENDER_FIXTURES": "mallmapp"])
            #expect(result.status == 3, "\(command): \(result.errors)")
            #expect(result.errors.contains("Tests/Fixtures/EgenLookPlan.swift:7: planen \"egen\" anger mallmapp: \"egen-look\""),
                    "\(result.errors)")
            #expect(result.errors.contains("\(templates.path)/egen-look finns inte"), "\(result.errors)")
            // One line saying so, and no second line naming the exit code in the program's words.
            #expect(result.errors.split(separator: "\n").count == 1, "\(command): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(command) wrote \(out.path)")
        }
    }

    @Test("a look folder whose name is no id is named as such, not as missing")
    func lookFolderWithCapitals() throws {
        let templates = try RenderProcess.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("Vänersborg"), withIntermediateDirectories: true)
        let out = templates.deletingLastPathComponent().appendingPathComponent("out")
        let result = try RenderProcess("render-fixtures").run(["egen", "--format", "txt", "--templates", templates.path, "--out", out.path],
                                                              environment: ["RENDER_FIXTURES": "mallmapp", "RENDER_FIXTURES_MALLMAPP": "Vänersborg"])
        #expect(result.status == 3, "\(result.errors)")
        #expect(result.errors.contains("\(templates.path)/Vänersborg kan inte vara en organisations mapp"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a look's labels apply to its plan's page, rendered alone and on the site; the site's own pages keep the shared labels")
    func labelsPerLook() throws {
        let templates = try Self.templatesWithOwnLabels()
        let out = templates.deletingLastPathComponent().appendingPathComponent("out")
        let site = templates.deletingLastPathComponent().appendingPathComponent("site")
        let fixtures = RenderProcess("render-fixtures")
        for arguments in [["egen", "--format", "html,txt", "--out", out.path], ["site", "--out", site.path]] {
            let result = try fixtures.run(arguments + ["--templates", templates.path, "-q"], environment: ["RENDER_FIXTURES": "mallmapp"])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
        }
        for page in [out.appendingPathComponent("egen.html"), out.appendingPathComponent("egen.txt"), site.appendingPathComponent("egen.html")] {
            // Table headers on web pages carry soft hyphens.
            let text = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "\u{AD}", with: "")
            #expect(text.contains("Ansvarig enhet"), "\(page.path)")
        }
        let start = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(start.contains("Handlingsplaner för psykisk hälsa hos barn och unga") && !start.contains("Egen webbplatstitel"))
    }
}

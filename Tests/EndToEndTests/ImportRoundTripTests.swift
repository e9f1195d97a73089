import Examples
import Foundation
import PlanModel
import Testing

/// `render import` against the example plans: our own DOCX must come back as the same plan,
/// and a LibreOffice re-save and a pandoc DOCX of a Markdown rendering must keep every goal
/// number, activity name and follow-up date. The generated sources are compiled once, all
/// together, with swiftc against the PlanModel module and objects of this build.
@Suite("render import round trip", .serialized)
struct ImportRoundTripTests {
    static let plans: [(id: String, plan: Handlingsplan)] = [
        ("vanersborg", vänersborg), ("tanum", tanum), ("helsingborg", helsingborg), ("vastra-gotaland", västraGötaland),
    ]

    /// What the layouts do not print, so no document can carry it back: where in the Swift
    /// file each element stands (`plats`) and an activity's type (`typ` beside `rader`).
    /// Besides, a goal that states its regional goal word for word does not name it (the
    /// layout's rule), and an indicator source prints its name only, so its kind (`enkät`,
    /// `register`) reads back as free text (`fritext`).
    static let unprinted: Set<String> = ["plats"]

    @Test("our DOCX imports back to the same plan", arguments: plans.map(\.id))
    func ownDocument(id: String) throws {
        let fixture = try Self.fixture.get()
        let original = Self.plans.first { $0.id == id }!.plan
        let imported = try fixture.plan("\(id)-egen")
        #expect(try Self.normalised(original) == Self.normalised(imported))
    }

    @Test("a LibreOffice re-save keeps every goal, activity and follow-up date", arguments: plans.map(\.id))
    func libreOffice(id: String) throws {
        try expectCounted(id: id, variant: "lo")
    }

    @Test("a pandoc DOCX of the Markdown keeps every goal, activity and follow-up date", arguments: plans.map(\.id))
    func pandoc(id: String) throws {
        try expectCounted(id: id, variant: "pd")
    }

    @Test("a broken or non-plan DOCX gives a Swedish message and exit code 4")
    func brokenDocuments() throws {
        let folder = try RenderProcess.temporaryDirectory()
        let notZip = folder.appendingPathComponent("inte-zip.docx")
        try Data("det här är ingen Word-fil".utf8).write(to: notZip)
        let empty = folder.appendingPathComponent("tom.docx")
        try Data().write(to: empty)
        let spreadsheet = folder.appendingPathComponent("kalkyl.docx")
        try Data(base64Encoded: Self.zipWithoutDocument)!.write(to: spreadsheet)
        for (file, message) in [(notZip, "ingen giltig ZIP-fil"), (empty, "filen är tom"), (spreadsheet, "huvuddokument")] {
            let result = try RenderProcess().run(["import", file.path])
            #expect(result.status == 4, "\(result.errors)")
            #expect(result.errors.contains(message), "\(result.errors)")
            #expect(result.output.isEmpty)
        }
        let missing = try RenderProcess().run(["import", folder.appendingPathComponent("finns-inte.docx").path])
        #expect(missing.status == 4)
        #expect(missing.errors.contains("finns-inte.docx: filen finns inte."), "\(missing.errors)")
        let aFolder = try RenderProcess().run(["import", folder.path])
        #expect(aFolder.status == 4)
        #expect(aFolder.errors.contains(": filen kunde inte läsas: det finns en mapp med det namnet."), "\(aFolder.errors)")
    }

    @Test func theSourceIsWrittenAtomicallyAndARefusedWriteNamesTheReason() throws {
        let word = try RenderProcess.temporaryDirectory()
        _ = try RenderProcess().run(["tanum", "--format", "docx", "--out", word.path, "-q"])
        let docx = word.appendingPathComponent("tanum.docx")
        let folder = try RenderProcess.temporaryDirectory()
        let source = folder.appendingPathComponent("Plan.swift")
        try Data("// tidigare plan\n".utf8).write(to: source)
        // A folder where the file should go: the write is refused and the earlier file is untouched.
        let blocked = try RenderProcess().run(["import", docx.path, "--ut", folder.path])
        #expect(blocked.status == 4, "\(blocked.errors)")
        #expect(blocked.errors.contains("kunde inte skrivas: det finns en mapp med det namnet"), "\(blocked.errors)")
        let written = try RenderProcess().run(["import", docx.path, "--ut", source.path])
        #expect(written.status == 0, "\(written.errors)")
        #expect(try String(contentsOf: source, encoding: .utf8).contains("Handlingsplan("))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Plan.swift"])
    }

    // MARK: Counting

    private func expectCounted(id: String, variant: String) throws {
        let fixture = try Self.fixture.get()
        let original = Self.plans.first { $0.id == id }!.plan
        let imported = try fixture.plan("\(id)-\(variant)")
        let expected = Self.landmarks(original)
        let found = Self.landmarks(imported)
        let missing = expected.filter { !found.contains($0) }
        print("\(id) (\(variant)): \(expected.count - missing.count) av \(expected.count) mål, aktiviteter och uppföljningsdatum återfunna")
        #expect(missing.isEmpty, "\(missing.prefix(10))")
    }

    /// Goal numbers, activity names and follow-up times.
    static func landmarks(_ plan: Handlingsplan) -> [String] {
        plan.allaMål.flatMap { _, mål -> [String] in
            (mål.nummer.map { ["mål \($0)"] } ?? ["tema \(mål.rubrik)"])
                + mål.aktiviteter.map { "aktivitet \($0.namn.ren)" }
                + mål.aktiviteter.flatMap(\.allaUppföljningar).compactMap(\.tid).map { "uppföljning \($0)" }
        }
    }

    // MARK: Comparing

    /// The plan's JSON without what no document carries, with the structure a document
    /// cannot tell apart made the same: adjacent lists of one kind are one list (Word writes
    /// them as one), and text after the last chapter belongs to that chapter (nothing in the
    /// document ends a chapter but a heading).
    static func normalised(_ plan: Handlingsplan) throws -> NSDictionary {
        var json = try JSONSerialization.jsonObject(with: plan.json()) as! [String: Any]
        json["id"] = nil
        // The plan's region and template folder choose its site and look, its kommunkod joins
        // Kolada figures in the follow-up report; no document prints them.
        json["region"] = nil
        json["mallmapp"] = nil
        json["kommunkod"] = nil
        json["innehåll"] = mergeTrailingText(json["innehåll"] as! [Any])
        return strip(json) as! NSDictionary
    }

    private static func strip(_ value: Any) -> Any {
        if var object = value as? [String: Any] {
            if object["rader"] != nil { object["typ"] = nil }
            if object["namn"] != nil, let slag = object["slag"] as? String, slag == "enkät" || slag == "register" {
                object["slag"] = "fritext"
            }
            if let goals = object["regionalaMål"] as? [[String: Any]] {
                object["regionalaMål"] = goals.filter { !isStatement(object, of: $0) }
            }
            return Dictionary(uniqueKeysWithValues: object.filter { !unprinted.contains($0.key) }.map { ($0.key, strip($0.value)) })
        }
        if let array = value as? [Any] { return mergeLists(array.map(strip)) }
        return value
    }

    /// The goal states the regional goal itself: same number, heading and text.
    private static func isStatement(_ goal: [String: Any], of regional: [String: Any]) -> Bool {
        let number = (regional["id"] as? String)?.drop { $0.isLetter }
        return goal["nummer"] as? String == number.map(String.init) && goal["rubrik"] as? String == regional["rubrik"] as? String
            && NSArray(array: goal["text"] as? [Any] ?? []) == NSArray(array: regional["text"] as? [Any] ?? [])
    }

    private static func mergeLists(_ items: [Any]) -> [Any] {
        var merged: [Any] = []
        for item in items {
            if let (kind, points) = list(item), let last = merged.last, let (lastKind, lastPoints) = list(last), kind == lastKind {
                merged[merged.count - 1] = ["text": [kind: ["punkter": lastPoints + points]]]
            } else {
                merged.append(item)
            }
        }
        return merged
    }

    private static func list(_ item: Any) -> (String, [Any])? {
        guard let text = (item as? [String: Any])?["text"] as? [String: Any], let kind = text.keys.first,
              kind == "punktlista" || kind == "numreradLista", let points = (text[kind] as? [String: Any])?["punkter"] as? [Any]
        else { return nil }
        return (kind, points)
    }

    private static func mergeTrailingText(_ content: [Any]) -> [Any] {
        guard let lastChapter = content.lastIndex(where: { ($0 as? [String: Any])?["kapitel"] != nil }),
              lastChapter < content.count - 1,
              content[(lastChapter + 1)...].allSatisfy({ ($0 as? [String: Any])?["text"] != nil }),
              var chapter = (content[lastChapter] as? [String: Any])?["kapitel"] as? [String: Any] else { return content }
        chapter["innehåll"] = (chapter["innehåll"] as? [Any] ?? []) + Array(content[(lastChapter + 1)...])
        return Array(content[..<lastChapter]) + [["kapitel": chapter]]
    }

    // MARK: The shared fixture

    /// Every variant of every example imported, compiled into one program that prints a
    /// plan's JSON by id.
    struct Fixture {
        let program: URL

        func plan(_ key: String) throws -> Handlingsplan {
            try Handlingsplan(json: Data(RenderProcess.run(program, [key]).output.utf8))
        }
    }

    static let fixture: Result<Fixture, any Error> = Result { try makeFixture() }

    private static func makeFixture() throws -> Fixture {
        let folder = try RenderProcess.temporaryDirectory()
        let render = RenderProcess()
        let ids = plans.map(\.id)
        let docx = folder.appendingPathComponent("docx"), html = folder.appendingPathComponent("html")
        let saved = folder.appendingPathComponent("lo"), pandoc = folder.appendingPathComponent("pd")
        for url in [saved, pandoc] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try check(render.run(ids + ["--format", "docx", "--out", docx.path, "-q"]))
        try check(render.run(ids + ["--format", "html", "--out", html.path, "-q"]))
        try tool("soffice", ["-env:UserInstallation=file://\(folder.path)/lo-profile", "--headless",
                             "--convert-to", "docx:MS Word 2007 XML", "--outdir", saved.path] + ids.map { docx.appendingPathComponent("\($0).docx").path })
        for id in ids {
            let markdown = pandoc.appendingPathComponent("\(id).md")
            try tool("pandoc", ["-f", "html", "-t", "markdown-raw_html-native_divs-native_spans-link_attributes", "--columns=100000",
                                html.appendingPathComponent("\(id).html").path, "-o", markdown.path])
            try tool("pandoc", ["-f", "markdown", "-t", "docx", markdown.path, "-o", pandoc.appendingPathComponent("\(id).docx").path])
        }
        var sources: [URL] = []
        var entries: [String] = []
        for id in ids {
            for (variant, input) in [("egen", docx), ("lo", saved), ("pd", pandoc)] {
                let key = "\(id)-\(variant)"
                let source = folder.appendingPathComponent("\(key).swift")
                let result = try render.run(["import", input.appendingPathComponent("\(id).docx").path, "--id", key, "--ut", source.path])
                try check(result)
                sources.append(source)
                entries.append("\"\(key)\": \(identifier(key))")
            }
        }
        let main = folder.appendingPathComponent("main.swift")
        try """
            import Foundation
            import PlanModel

            let plans: [String: Handlingsplan] = [\(entries.joined(separator: ", "))]
            FileHandle.standardOutput.write(try plans[CommandLine.arguments[1]]!.json())
            """.write(to: main, atomically: true, encoding: .utf8)
        // Plans that name regional goals import RegionVastraGotaland, where `.b1_1` and its kin are defined.
        let objects = try ["PlanModel", "DocumentModel", "RegionVastraGotaland"].flatMap { module in
            try FileManager.default.contentsOfDirectory(
                at: RenderProcess.products.appendingPathComponent("\(module).build"), includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "o" }
        }
        let program = folder.appendingPathComponent("imported")
        try tool("swiftc", ["-module-name", "Imported", "-I", RenderProcess.products.appendingPathComponent("Modules").path]
                 + sources.map(\.path) + [main.path] + objects.map(\.path) + ["-o", program.path])
        return Fixture(program: program)
    }

    /// The variable `render import` names a plan with: "vanersborg-lo" → `vanersborgLo`.
    private static func identifier(_ key: String) -> String {
        key.split(separator: "-").enumerated().map { $0 == 0 ? String($1) : $1.capitalized }.joined()
    }

    private struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func check(_ result: RenderProcess.Result) throws {
        guard result.status == 0 else { throw Failure(description: "render failed (\(result.status)): \(result.errors)") }
    }

    private static func tool(_ name: String, _ arguments: [String]) throws {
        let result = try RenderProcess.run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
        guard result.status == 0 else { throw Failure(description: "\(name) failed: \(result.errors)") }
    }

    /// A ZIP archive holding only `[Content_Types].xml`, as a spreadsheet or any other
    /// non-Word package might.
    static let zipWithoutDocument = "UEsDBBQAAAAAAPlDgV0G8pnQoQAAAKEAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbDw/eG1sIHZlcnNpb249IjEuMCI/PjxUeXBlcyB4bWxucz0iaHR0cDovL3NjaGVtYXMub3BlbnhtbGZvcm1hdHMub3JnL3BhY2thZ2UvMjAwNi9jb250ZW50LXR5cGVzIj48RGVmYXVsdCBFeHRlbnNpb249InhtbCIgQ29udGVudFR5cGU9ImFwcGxpY2F0aW9uL3htbCIvPjwvVHlwZXM+UEsBAhQDFAAAAAAA+UOBXQbymdChAAAAoQAAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwUGAAAAAAEAAQBBAAAA0gAAAAAA"
}

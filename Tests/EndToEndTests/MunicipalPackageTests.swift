import Foundation
import Testing

/// A municipality's own package, made with `render ny` outside this repository, builds
/// offline against this checkout and renders its plan in every format with its own
/// look; a second package with its own templates gets its own. Each builds in a scratch
/// folder of its own inside .build (SwiftPM does not notice a new root package in a
/// shared one), kept between runs so later runs only compile the packages' own plans.
@Suite("A municipality's own package")
struct MunicipalPackageTests {
    static let scratch = RenderProcess.repository.appendingPathComponent(".build/municipal-packages")

    /// Makes the package with `render ny`, builds it in the shared scratch folder and
    /// renders it.
    static func makePackage(_ id: String, kommun: String, layout: String, in base: URL,
                            templates: (URL) throws -> Void = { _ in }, edit: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = base.appendingPathComponent(id)
        let made = try RenderProcess().run(["ny", folder.path, "--id", id, "--kommun", kommun, "--layout", layout,
                                            "--projekt", RenderProcess.repository.path])
        #expect(made.status == 0, "\(made.errors)")
        try templates(folder.appendingPathComponent("templates"))
        try edit(folder)
        let scratch = Self.scratch.appendingPathComponent(id)
        let build = try RenderProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build", "--scratch-path", scratch.path], in: folder)
        #expect(build.status == 0, "\(build.output)\(build.errors)")
        let result = try RenderProcess.run(scratch.appendingPathComponent("debug/plan"), ["-q"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        return folder
    }

    @Test("render ny makes packages that build against this checkout and render every format, each in its own look")
    func ownPackages() throws {
        let base = try RenderProcess.temporaryDirectory()
        let ale = try Self.makePackage("ale", kommun: "Ale kommun", layout: "tema", in: base)
        for file in ["Package.swift", "Sources/Planer/Plan.swift", "Sources/plan/main.swift", "README.md", "templates/labels.sv.yaml"] {
            #expect(FileManager.default.fileExists(atPath: ale.appendingPathComponent(file).path), "\(file)")
        }
        let plan = try String(contentsOf: ale.appendingPathComponent("Sources/Planer/Plan.swift"), encoding: .utf8)
        #expect(plan.contains(#"organisationer: ["Ale kommun"]"#) && plan.contains("tabellayout: .teman") && plan.contains("// "))
        #expect(plan.contains("\n        tema1_1\n") && plan.contains("\nprivate let tema1_1 = Tema("), "every goal a constant of its own")

        let lerum = try Self.makePackage("lerum", kommun: "Lerums kommun", layout: "delmal", in: base) { templates in
            try FileManager.default.createDirectory(at: templates.appendingPathComponent("html"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: templates.appendingPathComponent("docx"), withIntermediateDirectories: true)
            try LooksTests.logo("lerum").write(to: templates.appendingPathComponent("html/logo.svg"), atomically: true, encoding: .utf8)
            try LooksTests.recolour(RenderProcess.repository.appendingPathComponent("templates/docx/reference.docx"), to: "7A1F1F",
                                    into: templates.appendingPathComponent("docx/reference.docx"))
            try "omslag:\n  reviderad: \"Uppdaterad {datum}\"\n"
                .write(to: templates.appendingPathComponent("labels.sv.yaml"), atomically: true, encoding: .utf8)
        } edit: { folder in
            let file = folder.appendingPathComponent("Sources/Planer/Plan.swift")
            try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "// revideringar:", with: "revideringar:")
                .write(to: file, atomically: true, encoding: .utf8)
        }
        for (folder, id) in [(ale, "ale"), (lerum, "lerum")] {
            let out = folder.appendingPathComponent("out")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            #expect(names.contains("\(id).docx") && names.contains("\(id).html") && names.contains("\(id).txt"), "\(names)")
            #expect(!names.contains("vanersborg.html"), "only the package's own plans")
        }
        let alePage = try String(contentsOf: ale.appendingPathComponent("out/ale.html"), encoding: .utf8)
        #expect(alePage.contains(#"<p class="logotyp logotyp-text">Ale kommun</p>"#), "no logo of its own: the name in type")
        let lerumOut = lerum.appendingPathComponent("out")
        let lerumPage = try String(contentsOf: lerumOut.appendingPathComponent("lerum.html"), encoding: .utf8)
        #expect(lerumPage.contains(#"<img class="logotyp" src="logo.svg" alt="Lerums kommun">"#))
        #expect(try String(contentsOf: lerumOut.appendingPathComponent("logo.svg"), encoding: .utf8) == LooksTests.logo("lerum"))
        #expect(try String(contentsOf: lerumOut.appendingPathComponent("lerum.txt"), encoding: .utf8).contains("Uppdaterad "))
        let styles = try LooksTests.unzip(lerumOut.appendingPathComponent("lerum.docx"), "word/styles.xml")
        #expect(styles.contains(#"w:val="7A1F1F""#))
        let aleStyles = try LooksTests.unzip(ale.appendingPathComponent("out/ale.docx"), "word/styles.xml")
        #expect(!aleStyles.contains(#"w:val="7A1F1F""#))
    }
}

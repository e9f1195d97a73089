import DocumentModel
import Examples
import Foundation
import Rendering
import Testing

/// A folder over templates replaces them file by file; files the same as those they
/// replace are not checked again, and a changed file is.
@Suite("Templates over templates")
struct TemplateOverrideTests {
    /// A copy of the project's templates with `changes` (path → text) written into it.
    private func copy(_ changes: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let templates = folder.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Package.templatesFolder, to: templates)
        for (path, text) in changes {
            let file = templates.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theSameFilesAgainGiveTheSameDocuments() throws {
        let folder = try copy()
        defer { folder.remove() }
        let base = try Package.templates()
        let over = try base.overridden(by: folder.url.appendingPathComponent("templates"))
        let plan = try #require(Exempel.plan("vanersborg"))
        for format in [OutputFormat.txt, .html, .docx] {
            #expect(try Renderer(templates: over, date: Package.date).render(plan, as: format)
                    == Renderer(templates: base, date: Package.date).render(plan, as: format), "\(format)")
        }
    }

    @Test func aChangedTemplateOrLabelFileIsCheckedWithItsOwnPlace() throws {
        let frame = try String(contentsOf: Package.templatesFolder.appendingPathComponent("html/plan.mustache"), encoding: .utf8)
        let folder = try copy(["egen/html/plan.mustache": frame + "{{okänd}}\n", "annan/labels.sv.yaml": "omslag:\n  reviderd: \"x\"\n",
                               "tredje/html/sidfot.mustache": "<footer>Egen sidfot</footer>\n"])
        defer { folder.remove() }
        let templates = folder.url.appendingPathComponent("templates")
        let base = try Package.templates().overridden(by: templates)
        #expect { try base.overridden(by: templates.appendingPathComponent("egen")) } throws: { error in
            let error = error as? TemplateError
            return error?.file == templates.appendingPathComponent("egen/html/plan.mustache").relativePath
                && error?.message.contains("Okänd variabel \"okänd\"") == true
        }
        #expect { try base.overridden(by: templates.appendingPathComponent("annan")) } throws: { error in
            (error as? TemplateError)?.message.contains("Okänd etikett \"omslag.reviderd\"") == true
        }
        let own = try base.overridden(by: templates.appendingPathComponent("tredje"))
        let page = String(decoding: try Renderer(templates: own, date: Package.date).render(try #require(Exempel.plan("tanum")), as: .html),
                          as: UTF8.self)
        #expect(page.contains("<footer>Egen sidfot</footer>"))
    }
}

import Foundation
import Rendering
import Testing

/// The `render` executable as a user runs it: files written, and nothing written on a
/// template error.
@Suite("render writes web pages")
struct CommandLineTests {
    /// The built `render`, beside this test bundle.
    private static var render: String {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                          Bundle.main.bundleURL, Package.root.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("render").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "render"
    }

    private func run(_ arguments: [String]) throws -> Tool.Result {
        try Tool.run([Self.render] + arguments, install: "build it with `swift build`")
    }

    @Test("--format html writes the page with its stylesheet beside it; --fragment only the body")
    func htmlAndFragment() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let page = try run(["vanersborg", "--format", "html", "--datum", "2023-01-15", "--out", out.url.path, "-q"])
        #expect(page.status == 0, "\(page.output)")
        #expect(out.fileNames == ["stil.css", "vanersborg.html"])
        let html = try String(contentsOf: out.url.appendingPathComponent("vanersborg.html"), encoding: .utf8)
        #expect(html.contains(#"<time datetime="2023-01-15">2023-01-15</time>"#))
        #expect(html.contains(#"<link rel="stylesheet" href="stil.css">"#))

        let fragment = try run(["tanum", "--format", "html", "--fragment", "--out", out.url.path, "-q"])
        #expect(fragment.status == 0, "\(fragment.output)")
        let body = try String(contentsOf: out.url.appendingPathComponent("tanum.fragment.html"), encoding: .utf8)
        #expect(body.hasPrefix(#"<div class="dokument""#) && !body.contains("<html") && !body.contains("<h1"))
    }

    @Test("a page says when the plan changed, and when the page was made only as --datum or SOURCE_DATE_EPOCH says")
    func honestDates() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        func page(_ environment: [String], _ arguments: [String]) throws -> String {
            let result = try Tool.run(["env"] + environment + [Self.render, "vanersborg", "--format", "html", "--out", out.url.path, "-q"]
                                      + arguments, install: "coreutils")
            #expect(result.status == 0, "\(result.output)")
            return try String(contentsOf: out.url.appendingPathComponent("vanersborg.html"), encoding: .utf8)
        }
        let changed = #"<p>Planen senast ändrad <time datetime="2022-11-21">2022-11-21</time>.</p>"#
        let undated = try page(["-u", "SOURCE_DATE_EPOCH"], [])
        #expect(undated.contains(changed) && !undated.contains("Sidan skapad"))
        // 1673740800 is 2023-01-15T00:00:00Z.
        let reproducible = try page(["SOURCE_DATE_EPOCH=1673740800"], [])
        #expect(reproducible.contains(changed) && reproducible.contains(#"<p>Sidan skapad <time datetime="2023-01-15">2023-01-15</time>.</p>"#))
        let given = try page(["SOURCE_DATE_EPOCH=1673740800"], ["--datum", "2024-02-29"])
        #expect(given.contains(#"<p>Sidan skapad <time datetime="2024-02-29">2024-02-29</time>.</p>"#))
    }

    @Test("without Pagefind every region's site is built without search, and render site says so once")
    func siteWithoutSearch() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        // An empty PATH: neither the pagefind command nor python3 can be found.
        let result = try Tool.run(["env", "PATH=/var/empty", Self.render, "site", "--out", out.url.path], install: "coreutils")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.components(separatedBy: "Pagefind finns inte, så webbplatsen byggs utan sökning.").count == 2, "\(result.output)")
        #expect(out.fileNames == ["skane", "vastra-gotaland"])
        for region in out.fileNames {
            let folder = out.url.appendingPathComponent(region)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!files.contains("sok.js") && !files.contains("pagefind"), "\(region)")
            let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!index.contains(#"role="search""#) && !index.contains("sok.js"), "\(region)")
        }
    }

    @Test("render site writes a site per region, each with its own plans and search index; --region writes one into the folder given")
    func site() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let result = try run(["site", "--out", out.url.path, "-q"])
        #expect(result.status == 0, "\(result.output)")
        #expect(out.fileNames == ["skane", "vastra-gotaland"])
        // With Pagefind each site also has its search script and index; without, neither.
        let searchFiles = SiteSearch.find() == nil ? [] : ["pagefind", "sok.js"]
        let västraGötaland = try FileManager.default.contentsOfDirectory(atPath: out.url.appendingPathComponent("vastra-gotaland").path)
        #expect(västraGötaland.count == 18 + searchFiles.count && västraGötaland.contains("index.html")
                && västraGötaland.contains("regionalt-mal-b5-1.html"), "\(västraGötaland)")
        #expect(!västraGötaland.contains("helsingborg.html"))
        let start = try String(contentsOf: out.url.appendingPathComponent("vastra-gotaland/index.html"), encoding: .utf8)
        #expect(start.contains("vanersborg.html") && !start.contains("helsingborg.html") && !start.contains("Helsingborg"))
        let skåne = try FileManager.default.contentsOfDirectory(atPath: out.url.appendingPathComponent("skane").path)
        #expect(skåne.contains("helsingborg.html") && !skåne.contains("vanersborg.html") && !skåne.contains { $0.hasPrefix("regionalt-mal") })
        #expect(searchFiles.allSatisfy(västraGötaland.contains) && searchFiles.allSatisfy(skåne.contains))

        let one = try TemporaryFolder()
        defer { one.remove() }
        let single = try run(["site", "--region", "skane", "--out", one.url.path, "-q"])
        #expect(single.status == 0, "\(single.output)")
        #expect(one.fileNames.contains("index.html") && one.fileNames.contains("helsingborg.html") && !one.fileNames.contains("tanum.html"))
    }

    @Test("a template error gives file:line:column, exit code 3 and no file")
    func templateError() throws {
        let base = try TemporaryFolder()
        defer { base.remove() }
        let templates = base.url.appendingPathComponent("mallar")
        try FileManager.default.copyItem(at: Package.templatesFolder, to: templates)
        let frame = templates.appendingPathComponent("html/plan.mustache")
        let text = try String(contentsOf: frame, encoding: .utf8)
        try text.replacingOccurrences(of: "{{/undertitel}}", with: "").write(to: frame, atomically: true, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{#undertitel}}") }) + 1

        let result = try Tool.run([Self.render, "--templates", "mallar", "--out", "ut"], currentDirectory: base.url, install: "")
        #expect(result.status == 3)
        #expect(result.output == "mallfel: mallar/html/plan.mustache:\(line):1: Avsnittet {{#undertitel}} stängs aldrig: lägg till {{/undertitel}}.\n")
        #expect(!FileManager.default.fileExists(atPath: base.url.appendingPathComponent("ut").path))
    }
}

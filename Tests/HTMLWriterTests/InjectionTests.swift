import Foundation
import PlanModel
import RegionVastraGotaland
import Rendering
import Testing

/// A plan whose every text tries to inject markup renders it as visible text: parsed as
/// a browser would, its pages have exactly the elements and attributes of the same plan
/// with harmless texts.
@Suite("Plan text cannot inject markup")
struct InjectionTests {
    static let payloads = [
        "<script>alert('x')</script>",
        #""><img src=x onerror=alert(1)>"#,
        "{{mustache}} {{{dokument}}} {{>sidfot}}",
        "&amp; &lt;b&gt;",
    ]

    /// The plan with `text(n)` as its n-th text.
    static func plan(id: String, _ text: (Int) -> String) -> Handlingsplan {
        Handlingsplan(
            id: id, organisationer: [text(1), "Västra Götalandsregionen"], titel: text(2), undertitel: text(3),
            period: .årsintervall(2020, 2022), fastställd: Fastställande(av: text(4), Datum(2020, 6, 4)),
            förvaltningar: [text(5)]
        ) {
            Kapitel(text(6)) {
                Stycke(Löptext(delar: [.text(text(7)), .betonad(text(8)), .länk(text(9), adress: "https://example.se/?q=\(text(10))")]))
            }
            Fokus(.förebyggandeOchFrämjande) {
                Mål("1.1", text(11), genomför: .b1_1) {
                    Stycke(Löptext(text(12)))
                    Aktivitet(Löptext(text(13))) {
                        Delmål(Löptext(text(14)), när: [.år(2021)], ansvar: text(15)) {
                            Uppföljning(.månad(.maj, 2021), Löptext(text(16)), status: .pågående)
                        }
                    }
                }
            }
        }
    }

    static let hostile = plan(id: "fientlig") { payloads[$0 % payloads.count] + " \($0)" }
    static let harmless = plan(id: "fientlig") { "Text \($0)" }

    struct Parsed: Decodable {
        let elements: [[Element]]
        let text: String

        enum Element: Decodable, Equatable {
            case tag(String), attributes([String])
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let tag = try? container.decode(String.self) { self = .tag(tag) } else { self = .attributes(try container.decode([String].self)) }
            }
        }
    }

    /// Writes each page of both plans and parses them with scripts/html_elements.py.
    private func parse(_ pages: [(name: String, hostile: Data, harmless: Data)]) throws -> [(hostile: Parsed, harmless: Parsed)] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var paths: [String] = []
        for page in pages {
            try folder.write(page.hostile, "hostile-\(page.name)")
            try folder.write(page.harmless, "harmless-\(page.name)")
            paths += [folder.url.appendingPathComponent("hostile-\(page.name)").path, folder.url.appendingPathComponent("harmless-\(page.name)").path]
        }
        let result = try Tool.run(["python3", "scripts/html_elements.py"] + paths, install: "install Python 3")
        try #require(result.status == 0, "html_elements.py failed: \(result.output)")
        let parsed = try JSONDecoder().decode([String: Parsed].self, from: Data(result.output.utf8))
        return pages.map { page in
            (parsed[folder.url.appendingPathComponent("hostile-\(page.name)").path]!,
             parsed[folder.url.appendingPathComponent("harmless-\(page.name)").path]!)
        }
    }

    /// Compares the elements of every page; on the pages named in `showingAllTexts`
    /// (those that show the whole plan) every payload must also be visible text.
    private func check(_ pages: [(name: String, hostile: Data, harmless: Data)], showingAllTexts: Set<String>) throws {
        for ((hostile, harmless), page) in zip(try parse(pages), pages) {
            #expect(hostile.elements == harmless.elements, "\(page.name): the hostile plan's page has other elements or attributes")
            for payload in Self.payloads where showingAllTexts.contains(page.name) {
                #expect(hostile.text.contains(payload), "\(page.name): \(payload) is not shown as text")
            }
        }
    }

    @Test("the standalone page and the fragment")
    func standalone() throws {
        let renderer = try Package.renderer()
        try check([
            ("page.html", try renderer.render(Self.hostile, as: .html), try renderer.render(Self.harmless, as: .html)),
            ("fragment.html", renderer.htmlFragment(renderer.document(for: Self.hostile)), renderer.htmlFragment(renderer.document(for: Self.harmless))),
        ], showingAllTexts: ["page.html", "fragment.html"])
    }

    @Test("every page of the regional site")
    func site() throws {
        let renderer = try Package.renderer()
        let hostile = renderer.site(plans: [Self.hostile], regionalGoals: RegionaltMål.barnOchUnga)
        let harmless = renderer.site(plans: [Self.harmless], regionalGoals: RegionaltMål.barnOchUnga)
        let pages = zip(hostile, harmless).filter { $0.0.name.hasSuffix(".html") }.map { ($0.0.name, $0.0.data, $0.1.data) }
        #expect(pages.count == 15)
        try check(pages, showingAllTexts: ["fientlig.html"])
    }
}

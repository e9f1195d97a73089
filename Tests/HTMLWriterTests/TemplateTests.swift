import DocumentModel
import Foundation
import HTMLWriter
import Rendering
import Testing

@Suite("Page templates: placing the body and metadata, and reporting mistakes with file, line and column")
struct TemplateTests {
    private let folder = "templates/html"

    private func templates(_ files: [String: String], assets: [String: Data] = [:]) throws -> HTMLTemplates {
        try HTMLTemplates(templates: files, assets: assets, folder: folder)
    }

    private func error(_ files: [String: String], assets: [String: Data] = [:]) -> String? {
        do {
            _ = try templates(files, assets: assets)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("the print title is a CSS string no title can end, neither the string nor the style element")
    func printTitle() throws {
        let frame = try templates(["plan.mustache": #"<style>@page { @top-left { content: "{{utskriftstitel}}"; } }</style>"#])
        let title = #"Plan "A" & B\</style><script>x</script>"#
        let page = frame.page(Document(metadata: Metadata(title: title, period: "2020–2022"), blocks: []), settings: PageSettings(date: nil))
        #expect(page == #"<style>@page { @top-left { content: "Plan \22 A\22  \26  B\5c \3c /style\3e \3c script\3e x\3c /script\3e  2020–2022"; } }</style>"#)
    }

    @Test("the frame places metadata escaped and the body as HTML")
    func placesValues() throws {
        let frame = try templates(["plan.mustache": "<h1>{{titel}}</h1>{{#period}}<p>{{period}}</p>{{/period}}{{^empty(organisationer)}}X{{/empty(organisationer)}}{{{dokument}}}|{{datum}}"])
        let document = Document(metadata: Metadata(title: "A & <b>", period: "2020–2022"), blocks: [.paragraph([.text("P")])])
        #expect(frame.page(document, settings: PageSettings(date: "2023-01-15")) ==
                "<h1>A &amp; &lt;b&gt;</h1><p>2020\u{2060}–\u{2060}2022</p><div class=\"dokument\" lang=\"sv-SE\">\n  <p>P</p>\n</div>\n|2023-01-15")
    }

    @Test("an unclosed section is reported at its opening tag")
    func unclosedSection() {
        #expect(error(["plan.mustache": "<h1>{{titel}}</h1>\n  {{#period}}<p>{{period}}</p>\n"])
                == "templates/html/plan.mustache:2:3: Avsnittet {{#period}} stängs aldrig: lägg till {{/period}}.")
    }

    @Test("a section closed with the wrong name, or never opened")
    func wrongClose() {
        #expect(error(["plan.mustache": "{{#period}}\n{{#titel}}{{/period}}{{/titel}}"])
                == "templates/html/plan.mustache:2:11: {{/period}} stänger fel avsnitt: {{#titel}} på rad 2 är fortfarande öppet och ska stängas först.")
        #expect(error(["plan.mustache": "x{{/period}}"])
                == "templates/html/plan.mustache:1:2: {{/period}} stänger inget avsnitt: det finns inget öppet {{#period}} före.")
    }

    @Test("an unknown partial names the file to add")
    func unknownPartial() {
        #expect(error(["plan.mustache": "<body>\n{{>sidhuvd}}", "sidhuvud.mustache": ""])
                == "templates/html/plan.mustache:2:1: Delmallen {{>sidhuvd}} finns inte: lägg till templates/html/sidhuvd.mustache eller rätta namnet.")
    }

    @Test("an error in a partial names the partial's file")
    func errorInPartial() {
        #expect(error(["plan.mustache": "{{>sidfot}}", "sidfot.mustache": "\n\n    {{datun}}"])
                == "templates/html/sidfot.mustache:3:5: Okänd variabel \"datun\". Variablerna som finns står i templates/README.md.")
    }

    @Test("a partial that includes itself, directly or through another, is refused at the tag; inside underrubriker it may")
    func recursivePartials() {
        #expect(error(["plan.mustache": "{{>sidfot}}", "sidfot.mustache": "<p>\n {{#titel}}{{>sidfot}}{{/titel}}</p>"])
                == "templates/html/sidfot.mustache:2:12: Delmallen {{>sidfot}} tar med sig själv i all oändlighet "
                + "(sidfot.mustache → sidfot.mustache). En delmall får ta med sig själv bara inuti "
                + "{{#underrubriker}} … {{/underrubriker}}, så att det tar slut där rubrikerna tar slut.")
        let indirect = error(["plan.mustache": "{{>a}}", "a.mustache": "{{>b}}", "b.mustache": "x{{>a}}"])
        #expect(indirect?.hasPrefix("templates/html/b.mustache:1:2: Delmallen {{>a}} tar med sig själv i all oändlighet (a.mustache → b.mustache → a.mustache).") == true,
                "\(indirect ?? "")")
        #expect(error(["plan.mustache": "{{#innehall}}{{>post}}{{/innehall}}",
                       "post.mustache": "{{rubrik}}{{#underrubriker}}{{>post}}{{/underrubriker}}"]) == nil)
    }

    @Test("a loop of partials with one step inside underrubriker goes deeper into the data and is allowed")
    func loopThroughUnderrubriker() {
        #expect(error(["plan.mustache": "{{#innehall}}{{>a}}{{/innehall}}",
                       "a.mustache": "{{#underrubriker}}{{>b}}{{/underrubriker}}", "b.mustache": "{{rubrik}}{{>a}}"]) == nil)
    }

    @Test("sections nested deeper than a page can be written are refused at the tag, in one template or through partials")
    func deepNesting() {
        let limit = 100
        func nested(_ depth: Int, around inner: String = "x") -> String {
            String(repeating: "{{#titel}}", count: depth) + inner + String(repeating: "{{/titel}}", count: depth)
        }
        #expect(error(["plan.mustache": nested(limit)]) == nil)
        // swift-mustache's parser recursed once per level and overflowed the stack at some thousands.
        #expect(error(["plan.mustache": "\n" + nested(20_000)])
                == "templates/html/plan.mustache:2:\(10 * limit + 1): Här ligger avsnitten \(limit + 1) nivåer djupt i varandra; "
                + "en sida kan skrivas med högst \(limit). Skriv mallen med färre avsnitt inuti varandra.")
        // Each template within the limit, together (rendered recursively) at it and beyond it.
        #expect(error(["plan.mustache": nested(60, around: "{{>a}}"), "a.mustache": nested(30, around: "{{>b}}"), "b.mustache": nested(10)]) == nil)
        #expect(error(["plan.mustache": nested(60, around: "{{>a}}"), "a.mustache": nested(30, around: "{{>b}}"), "b.mustache": nested(11)])
                == "templates/html/plan.mustache:1:601: Här ligger avsnitten 101 nivåer djupt i varandra, med dem i a.mustache och de "
                + "delmallar den tar med; en sida kan skrivas med högst 100. Skriv mallarna med färre avsnitt inuti varandra.")
    }

    @Test("the frame is required")
    func missingFrame() {
        #expect(error(["sidfot.mustache": ""])
                == "templates/html/plan.mustache: Sidmallen saknas. Den behövs för webbsidorna; kopiera den från projektets templates/html/.")
    }

    @Test("plan text may not be inserted unescaped")
    func tripleBraces() {
        #expect(error(["plan.mustache": "<h1>{{{titel}}}</h1>"])
                == "templates/html/plan.mustache:1:5: Variabeln \"titel\" ska skrivas {{titel}} med två klamrar: med tre skulle text från planen tolkas som HTML.")
        #expect(error(["plan.mustache": "<h1>{{& titel}}</h1>"]) != nil)
        #expect(error(["plan.mustache": "{{{dokument}}}"]) == nil)
    }

    @Test("changing the delimiters is refused")
    func delimiters() {
        #expect(error(["plan.mustache": "{{=<% %>=}}<%titel%>"])?.hasPrefix("templates/html/plan.mustache:1:1: Att byta klamrar") == true)
    }

    @Test("an unterminated tag and swift-mustache's own parse errors carry line and column")
    func parseErrors() {
        #expect(error(["plan.mustache": "a\nb {{titel"]) == "templates/html/plan.mustache:2:3: Taggen som börjar här stängs aldrig med }}.")
        #expect(error(["plan.mustache": "{{%BAD}}"])?.hasPrefix("templates/html/plan.mustache:1:") == true)
    }

    @Test("swift-mustache's parse errors count lines and columns in the officer's own text, not the escaping pragma's line")
    func parseErrorPositions() {
        #expect(error(["plan.mustache": "{{%BAD}}"])?.hasPrefix("templates/html/plan.mustache:1:7: ") == true)
        #expect(error(["plan.mustache": "a\nb\n  {{%BAD}}"])
                == "templates/html/plan.mustache:3:9: Inställningen är felskriven; så här ser den ut: {{% CONTENT_TYPE: HTML}}.")
        #expect(error(["plan.mustache": "{{>p}}", "p.mustache": "a\n{{% CONTENT_TYPE: NOPE}}\nc"])
                == "templates/html/p.mustache:2:25: Okänd inställning: i mallarna kan {{% …}} bara vara {{% CONTENT_TYPE: HTML}}.")
    }

    @Test("values are escaped as swift-mustache's HTML escapes them, a quote or bracket that a combining mark joins included")
    func escaping() throws {
        let frame = try templates(["plan.mustache": "<meta content=\"{{titel}}\">{{#organisationer}}<li>{{.}}</li>{{/organisationer}}{{>p}}",
                                   "p.mustache": "\n{{nyckelord}}\n"])
        let document = Document(metadata: Metadata(title: "\"\u{301} onload=x <\u{338}", organisations: ["A & 'B'", "Åre"],
                                                   keywords: ["<i>", "plain"]), blocks: [])
        #expect(frame.page(document, settings: PageSettings(date: nil))
                == "<meta content=\"&quot;\u{301} onload=x &lt;\u{338}\"><li>A &amp; &#39;B&#39;</li><li>Åre</li>\n&lt;i&gt;, plain\n")
    }

    @Test("the body stands wherever dokument does, as often as it does; a NUL of the template's own text stays")
    func bodyPlaces() throws {
        let frame = try templates(["plan.mustache": "a\u{0}b{{{dokument}}}\u{0}dokument{{>p}}", "p.mustache": "|{{{dokument}}}|"])
        let page = frame.page(Document(metadata: Metadata(title: "T"), blocks: [.paragraph([.text("P")])]), settings: PageSettings(date: nil))
        let body = "<div class=\"dokument\" lang=\"sv-SE\">\n  <p>P</p>\n</div>\n"
        #expect(page == "a\u{0}b\(body)\u{0}dokument|\(body)|")
    }

    @Test("a template may name swift-mustache's HTML content type, but no other: it would print the plan's text unescaped")
    func ownContentType() throws {
        let frame = try templates(["plan.mustache": "{{% CONTENT_TYPE: HTML}}\n{{titel}}|{{>p}}", "p.mustache": "{{titel}}"])
        #expect(frame.page(Document(metadata: Metadata(title: "A & B"), blocks: []), settings: PageSettings(date: nil)) == "A &amp; B|A &amp; B")
        #expect(error(["plan.mustache": "{{>p}}", "p.mustache": "a\n {{% CONTENT_TYPE: TEXT }}\n{{titel}}"])
                == "templates/html/p.mustache:2:2: Sidorna är HTML: med {{% CONTENT_TYPE: TEXT}} skulle text från planen "
                + "tolkas som HTML. Ta bort inställningen eller skriv {{% CONTENT_TYPE: HTML}}.")
    }

    @Test("a referenced stylesheet or image must exist beside the templates")
    func missingAsset() {
        let frame = "<head>\n<link rel=\"stylesheet\" href=\"stil2.css\">\n<img src=\"logo.svg\" alt=\"\"><a href=\"{{startsida}}\"></a><a href=\"https://skr.se\"></a><a href=\"#x\"></a>"
        #expect(error(["plan.mustache": frame], assets: ["logo.svg": Data()])
                == "templates/html/plan.mustache:2:30: Filen \"stil2.css\" som mallen hänvisar till finns inte i templates/html.")
        #expect(error(["plan.mustache": frame], assets: ["logo.svg": Data(), "stil2.css": Data()]) == nil)
        // Lines as an editor on Windows saves them count as lines too.
        #expect(error(["plan.mustache": frame.replacingOccurrences(of: "\n", with: "\r\n")], assets: ["logo.svg": Data()])
                == "templates/html/plan.mustache:2:30: Filen \"stil2.css\" som mallen hänvisar till finns inte i templates/html.")
        // The first missing file in the text is the one reported, whichever attribute names it.
        #expect(error(["plan.mustache": "<img src=\"a.png\" alt=\"\"><link href=\"b.css\">"])
                == "templates/html/plan.mustache:1:11: Filen \"a.png\" som mallen hänvisar till finns inte i templates/html.")
    }

    @Test("the project's templates load, with the stylesheet and search script as assets and no logo of their own")
    func projectTemplates() throws {
        let templates = try Package.templates()
        #expect(templates.html.assets.map(\.name) == ["sok.js", "stil.css"])
        #expect(templates.html.logo == nil)
    }
}

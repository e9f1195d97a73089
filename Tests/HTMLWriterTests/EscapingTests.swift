import DocumentModel
import Testing
@testable import HTMLWriter

/// The escaping the writer applies to every text and attribute value, byte for byte as
/// cleaning (`TextHygiene.clean`) and then escaping scalar by scalar: a text that needs
/// nothing comes out as it went in, each `&<>` (and `"` in attributes) becomes its entity,
/// and every character HTML forbids is removed, wherever it stands in a run of other bytes.
@Suite("HTML escaping in UTF-8")
struct EscapingTests {
    private func text(_ value: String) -> String { Node.text(value).html() }
    private func attribute(_ value: String) -> String { Node.element("a", ["title": value]).html() }

    @Test("text that needs no escaping is copied as it is, whatever its scripts")
    func fastPath() {
        for value in ["", "a", "Mål 1.1 Föräldrar – 2018–2022 ”citat” ’s", "Ære ÿ ß µ ½ § ° \u{A0}nbsp \u{AD}mjuk",
                      "e\u{301} å\u{30A} 👍 👨‍👩‍👧 🇸🇪 漢字 \u{200D}\u{2060}\u{FEFF} \u{FDCF}\u{FDF0} \u{FFFD}\u{FFFC} \u{10FFFD}",
                      "tab\tline\nfeed", "'enkla' citattecken", String(repeating: "lång text utan något särskilt ", count: 200)] {
            #expect(text(value) == value)
        }
        #expect(attribute("Mål \"1\"") == "<a title=\"Mål &quot;1&quot;\"></a>")
        #expect(text("Mål \"1\"") == "Mål \"1\"")
    }

    @Test("&, < and > everywhere, quotes only in attributes, at the start, the end and side by side")
    func entities() {
        #expect(text("&") == "&amp;")
        #expect(text("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;")
        #expect(text("a<<>>b") == "a&lt;&lt;&gt;&gt;b")
        #expect(text("å&ä") == "å&amp;ä")
        #expect(attribute("\"><img src=x onerror=alert(1)>") == "<a title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"></a>")
        #expect(attribute("https://example.se/?a=1&b=\"2\"") == "<a title=\"https://example.se/?a=1&amp;b=&quot;2&quot;\"></a>")
    }

    @Test("C0 controls but tab and line feed, DEL, C1 and bidirectional controls are removed; a carriage return is a line feed")
    func controls() {
        for value in (0..<0x20).filter({ ![0x09, 0x0A, 0x0D].contains($0) }) + Array(0x7F...0x9F) {
            let control = String(Unicode.Scalar(UInt8(value)))
            #expect(text("a" + control + "b") == "ab", "U+\(String(value, radix: 16))")
            #expect(text(control) == "")
        }
        #expect(text("\u{0}\u{0}&\u{1B}[31m") == "&amp;[31m")
        // C2 A0 and above are characters, not controls: no-break space, §, soft hyphen.
        #expect(text("\u{9F}\u{A0}\u{A7}\u{AD}") == "\u{A0}\u{A7}\u{AD}")
        #expect(text("rad\r\nrad\rrad") == "rad\nrad\nrad")
        #expect(text("a\u{202E}b\u{2066}c\u{2069}&") == "abc&amp;")
        #expect(attribute("\u{7}\"\r") == "<a title=\"&quot;\n\"></a>")
    }

    @Test("noncharacters are removed in every plane; their neighbours stay")
    func noncharacters() {
        let noncharacters: [UInt32] = [0xFDD0, 0xFDE5, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x2FFFE, 0x10FFFE, 0x10FFFF]
        for value in noncharacters {
            #expect(text("x" + String(Unicode.Scalar(value)!) + "y") == "xy", "U+\(String(value, radix: 16))")
        }
        let neighbours: [UInt32] = [0xFDCF, 0xFDF0, 0xFFFD, 0xFFFC, 0xFEFF, 0x1FFFD, 0x1F44D, 0xEFFFD, 0x10FFFD]
        for value in neighbours {
            let character = String(Unicode.Scalar(value)!)
            #expect(text(character) == character, "U+\(String(value, radix: 16))")
        }
        #expect(attribute("\u{FFFF}\"\u{1B}") == "<a title=\"&quot;\"></a>")
    }

    @Test("elements, attributes and indentation around escaped text")
    func serialisation() {
        let node = Node.element("ul", ["class": "a&b"], [
            .element("li", [:], [.text("ett & två")]),
            .element("li", ["data-x": nil], [.element("em", [:], [.text("<tre>")]), .text(" fyra")]),
        ])
        #expect(node.html() == "<ul class=\"a&amp;b\">\n  <li>ett &amp; två</li>\n  <li><em>&lt;tre&gt;</em> fyra</li>\n</ul>")
        #expect(Node.element("div", [:], [.element("p", [:], [.element("br")])]).html(depth: 1)
            == "<div>\n    <p><br></p>\n  </div>")
    }

    @Test("the writer cleans as it writes: a document comes out as its sanitised copy does")
    func writesAsSanitised() throws {
        let dirty = "Rad\r\n1\u{0} 2018–\u{7}2022 \u{202E}vänd\u{202C} <&>\"\u{FFFE}"
        let document = Document(metadata: Metadata(title: dirty, subtitle: dirty, organisations: [dirty], language: "sv-SE\u{1B}"), blocks: [
            .heading(Heading(level: 1, text: [.text(dirty), .link([.text("l\u{0}änk")], url: "https://skr.se"),
                                              .crossReference(anchor: "b\u{0}", [.text("korsref")])], anchor: "b\u{0}")),
            .paragraph([.link([.link([.text(dirty)], url: "https://a.se")], url: "https://b.se/ett mellanrum")]),
            .paragraph([.link([], url: "javascript:alert(1)")]),
            .paragraph([.crossReference(anchor: "b", [.text("till b")]), .link([.crossReference(anchor: "b", [.text("inuti")])], url: "#b")]),
            .note(label: dirty, [.quote([.paragraph([.emphasis([.text(dirty)]), .strong([.text("\r")])])])]),
            .table(Table(caption: "\u{0}", columns: [Column(width: 1), Column(width: 2)],
                         header: [Row([Cell(dirty), Cell([.paragraph([.link([.text("\r")], url: "ftp://x")])])])],
                         body: [Row([Cell([.paragraph([.link([], url: "javascript:x")]), .bulletList([ListItem([.paragraph([.text(dirty)])])])]),
                                     Cell(dirty, isRowHeader: true)])])),
        ])
        let sanitised = document.sanitised()
        #expect(document != sanitised)
        #expect(HTMLWriter().fragment(document) == HTMLWriter().fragment(sanitised))
        let templates = try Package.templates().html
        let settings = PageSettings(date: Package.date)
        #expect(templates.page(document, settings: settings) == templates.page(sanitised, settings: settings))
    }
}

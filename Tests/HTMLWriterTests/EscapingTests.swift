import Testing
@testable import HTMLWriter

/// The escaping the writer applies to every text and attribute value, byte for byte as the
/// scalar-by-scalar escaping before it: a text that needs nothing comes out as it went
/// in, each `&<>` (and `"` in attributes) becomes its entity, and every character HTML
/// forbids becomes U+FFFD, wherever it stands in a run of other bytes.
@Suite("HTML escaping in UTF-8")
struct EscapingTests {
    private func text(_ value: String) -> String { Node.text(value).html() }
    private func attribute(_ value: String) -> String { Node.element("a", ["title": value]).html() }

    @Test("text that needs no escaping is copied as it is, whatever its scripts")
    func fastPath() {
        for value in ["", "a", "Mål 1.1 Föräldrar – 2018–2022 ”citat” ’s", "Ære ÿ ß µ ½ § ° \u{A0}nbsp \u{AD}mjuk",
                      "e\u{301} å\u{30A} 👍 👨‍👩‍👧 🇸🇪 漢字 \u{200D}\u{2060}\u{FEFF} \u{FDCF}\u{FDF0} \u{FFFD}\u{FFFC} \u{10FFFD}",
                      "tab\tline\nreturn\r", "'enkla' citattecken", String(repeating: "lång text utan något särskilt ", count: 200)] {
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

    @Test("C0 controls but tab, line feed and carriage return, DEL and C1 controls become U+FFFD")
    func controls() {
        for value in (0..<0x20).filter({ ![0x09, 0x0A, 0x0D].contains($0) }) + Array(0x7F...0x9F) {
            let control = String(Unicode.Scalar(UInt8(value)))
            #expect(text("a" + control + "b") == "a\u{FFFD}b", "U+\(String(value, radix: 16))")
            #expect(text(control) == "\u{FFFD}")
        }
        #expect(text("\u{0}\u{0}&\u{1B}[31m") == "\u{FFFD}\u{FFFD}&amp;\u{FFFD}[31m")
        // C2 A0 and above are characters, not controls: no-break space, §, soft hyphen.
        #expect(text("\u{9F}\u{A0}\u{A7}\u{AD}") == "\u{FFFD}\u{A0}\u{A7}\u{AD}")
    }

    @Test("noncharacters become U+FFFD in every plane; their neighbours stay")
    func noncharacters() {
        let noncharacters: [UInt32] = [0xFDD0, 0xFDE5, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x2FFFE, 0x10FFFE, 0x10FFFF]
        for value in noncharacters {
            #expect(text("x" + String(Unicode.Scalar(value)!) + "y") == "x\u{FFFD}y", "U+\(String(value, radix: 16))")
        }
        let neighbours: [UInt32] = [0xFDCF, 0xFDF0, 0xFFFD, 0xFFFC, 0xFEFF, 0x1FFFD, 0x1F44D, 0xEFFFD, 0x10FFFD]
        for value in neighbours {
            let character = String(Unicode.Scalar(value)!)
            #expect(text(character) == character, "U+\(String(value, radix: 16))")
        }
        #expect(attribute("\u{FFFF}\"\u{1B}") == "<a title=\"\u{FFFD}&quot;\u{FFFD}\"></a>")
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
}

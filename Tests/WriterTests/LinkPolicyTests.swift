import DocumentModel
import HTMLWriter
import Testing
import TextWriter

/// The one link policy every writer applies, and the text hygiene of every format.
@Suite("Link policy and text hygiene")
struct LinkPolicyTests {
    @Test("web, e-mail and telephone addresses and relative paths within the site are links, percent-encoded where needed",
          arguments: [
            ("https://skr.se", "https://skr.se"), ("HTTP://skr.se:8080/a", "HTTP://skr.se:8080/a"),
            ("https://example.se/a b\"c<d>e\\f", "https://example.se/a%20b%22c%3Cd%3Ee%5Cf"),
            ("https://example.se/?q=100%&x=%41#a#b", "https://example.se/?q=100%25&x=%41#a%23b"),
            ("https://vänersborg.se/ö", "https://vänersborg.se/ö"), ("  https://skr.se  ", "https://skr.se"),
            ("mailto:a@b.se?subject=hej då", "mailto:a@b.se?subject=hej%20då"), ("tel:+46 70", "tel:+46%2070"),
            ("#mal-1-1", "#mal-1-1"), ("sida.html#mal", "sida.html#mal"), ("mapp/../sida.html", "mapp/../sida.html"),
            // Plain web addresses, and the bytes that take one off the quick path.
            ("https://www.skr.se/a-b_c.d~e/?x=1&y=(2);z,+!*$:#del", "https://www.skr.se/a-b_c.d~e/?x=1&y=(2);z,+!*$:#del"),
            ("http://a.b.se", "http://a.b.se"), ("https://skr.se#a", "https://skr.se#a"), ("https://skr.se?q", "https://skr.se?q"),
            ("https://skr.se/#a#b", "https://skr.se/#a%23b"), ("https://skr.se/'x'", "https://skr.se/%27x%27"),
            ("https://skr.se/a%2", "https://skr.se/a%252"), ("https://skr.se/{x}", "https://skr.se/%7Bx%7D"),
            ("https://skr.se/ä", "https://skr.se/ä"), ("https://skr.se:443", "https://skr.se:443"),
            ("https://skr.se/L%c3%a4n%20s", "https://skr.se/L%c3%a4n%20s"), ("https://skr.se/a%2g", "https://skr.se/a%252g"),
            ("https://skr.se/%", "https://skr.se/%25"), ("https://skr.se/%4", "https://skr.se/%254"),
            ("https://skr.se/%41#a%23b#c", "https://skr.se/%41#a%23b%23c"),
            // Anchors, and the bytes that take one off the quick path.
            ("#mal_1.2", "#mal_1.2"), ("#", "#"), ("#a b", "#a%20b"), ("#a#b", "#a%23b"), ("#a:b", "#a:b"), ("#å", "#å"),
            (" #a", "#a"),
          ])
    func allowed(url: String, written: String) {
        #expect(LinkPolicy.address(url) == written)
        #expect(LinkPolicy.refusal(url) == nil)
    }

    @Test("everything else is refused and shown as plain text", arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)", "java\nscript:x", "data:text/html,x",
        "vbscript:msgbox(1)", "file:///etc/passwd", "\\\\server\\share", "//evil.example/", "/\\evil.example",
        "/etc/passwd", "../utanfor.html", "https://bank.se@evil.example/", "https://exa mple.se/", "https://",
        "http://[::1]/", "c:\\windows", "", "   ", "mailto:", "a b:c",
        "https://.skr.se/", "https://-skr.se/", "https://skr..se/", "https://skr.se:80x/", "https:///sida",
        "https://user@skr.se/", "https://skr.se\\@evil.example/",
    ])
    func refused(url: String) {
        #expect(LinkPolicy.address(url) == nil, "\(url)")
        #expect(LinkPolicy.refusal(url) != nil)
    }

    @Test("a document's links are made safe and links inside links lose their address")
    func sanitisedLinks() {
        let document = Document(metadata: Metadata(title: "T"), blocks: [.paragraph([
            .link([.text("a")], url: "javascript:x"), .link([.text("b"), .link([.text("c")], url: "https://c.se")], url: "https://b.se/x y"),
        ])]).sanitised()
        #expect(document.blocks == [.paragraph([.text("a"), .link([.text("b"), .text("c")], url: "https://b.se/x%20y")])])
    }

    @Test("the link-nesting rule: inside a link, links and cross-references are their words; outside, a refused link is")
    func linkNesting() {
        #expect(LinkNesting.address(ofLinkTo: "https://skr.se/a b", insideLink: false) == "https://skr.se/a%20b")
        #expect(LinkNesting.address(ofLinkTo: "https://skr.se", insideLink: true) == nil)
        #expect(LinkNesting.address(ofLinkTo: "javascript:x", insideLink: false) == nil)
        // A writer's own look-up of the address is asked instead of `LinkPolicy`'s.
        #expect(LinkNesting.address(ofLinkTo: "https://skr.se", insideLink: false, address: { _ in nil }) == nil)
        #expect(LinkNesting.isCrossReference(insideLink: false))
        #expect(!LinkNesting.isCrossReference(insideLink: true))
    }

    @Test("a heading's links and cross-references are its words, so none nests in the contents' links or leads back to itself")
    func headingsHoldNoLinks() throws {
        let heading = Heading(level: 1, text: [.text("Se "), .crossReference(anchor: "h", [.text("här")]),
                                               .link([.text(" och där")], url: "https://skr.se")], anchor: "h")
        let document = Document(metadata: Metadata(title: "T"), blocks: [
            .heading(heading), .paragraph([.crossReference(anchor: "h", [.text("ovan")])]),
        ])
        #expect(document.sanitised().blocks.first == .heading(Heading(level: 1, text: [.text("Se "), .text("här"), .text(" och där")], anchor: "h")))
        // The writers once followed the reference into its own heading without end.
        let text = TextWriter(width: 60).write(document)
        #expect(text.contains("Se här och där"))
        let html = HTMLWriter().fragment(document)
        #expect(html.contains("<a href=\"#h\">Se här och där</a>"))
        #expect(!html.contains("https://skr.se"))
    }

    @Test("controls, noncharacters and direction overrides go; line ends become line breaks; tab stays")
    func hygiene() {
        #expect(TextHygiene.clean("a\r\nb\rc\nd\te") == "a\nb\nc\nd\te")
        #expect(TextHygiene.clean("x\u{0}\u{7}\u{1B}\u{7F}\u{85}\u{202E}\u{2066}y" + String(Unicode.Scalar(0xFDD0)!)) == "xy")
        #expect(TextHygiene.removed(in: "a\u{0}b\u{0}\u{202E}") == ["\u{0}", "\u{202E}"])
        #expect(TextHygiene.clean("Vänersborg – 2020–2022 ”citat” \u{200F}") == "Vänersborg – 2020–2022 ”citat” \u{200F}")
        let metadata = Document(metadata: Metadata(title: "T\u{0}", keywords: ["k\u{1B}"]), blocks: []).sanitised().metadata
        #expect(metadata.title == "T" && metadata.keywords == ["k"])
    }
}

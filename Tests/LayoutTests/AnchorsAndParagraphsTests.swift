import DocumentModel
import PlanLayout
import PlanModel
import Testing

/// Anchors and paragraphs from the plan's text, read in its bytes and scalars: the same
/// anchors as lowercasing and decomposing every heading, and a paragraph per line break.
@Suite("Anchors and paragraphs from the plan's text")
struct AnchorsAndParagraphsTests {
    private func anchor(_ text: String) -> String {
        var anchors = Anchors()
        return anchors.make(text)
    }

    @Test("Swedish and other Latin-1 headings: letters lose their marks, everything else is one hyphen")
    func latinHeadings() {
        #expect(anchor("Mål 1.1 Föräldrar") == "mal-1-1-foraldrar")
        #expect(anchor("ÅÄÖ åäö ÉÈÊË Ñ Ç Ü Ý ÿ Ì") == "aao-aao-eeee-n-c-u-y-y-i")
        #expect(anchor("Æble, Øl og Þorn – ß µ ½ × ÷") == "ble-l-og-orn")
        #expect(anchor("  ”Skolan” – för alla!\u{A0}(2018–2022)  ") == "skolan-for-alla-2018-2022")
        #expect(anchor("Barn\u{2060}–\u{2060}unga\u{200D}") == "barn-unga")
        #expect(anchor("–!–") == "avsnitt")
        #expect(anchor("") == "avsnitt")
    }

    @Test("other scripts and decomposed text go through lowercasing and decomposition")
    func otherHeadings() {
        #expect(anchor("Ma\u{30A}l e\u{301}") == "mal-e")       // decomposed å and é
        #expect(anchor("İstanbul Ǆemal") == "istanbul-emal")   // İ lowercases to i + dot above; Ǆ has no canonical decomposition
        #expect(anchor("Ἀθῆναι Σ ẞ") == "avsnitt")
        #expect(anchor("Å (Ångström sign) ﬁ") == "a-angstrom-sign")
        #expect(anchor("漢字 Mål 👍") == "mal")
    }

    @Test("each line break starts a paragraph, also before a combining mark; empty lines make none")
    func paragraphs() {
        #expect(Löptext("Rad 1\nRad 2\r\nRad 3\rRad 4").paragraphs
            == ["Rad 1", "Rad 2", "Rad 3", "Rad 4"].map { .paragraph([.text($0)]) })
        #expect(Löptext("Första\n\n\nAndra\n").paragraphs == [.paragraph([.text("Första")]), .paragraph([.text("Andra")])])
        #expect(Löptext("Rad\n\u{301}märke").paragraphs == [.paragraph([.text("Rad")]), .paragraph([.text("\u{301}märke")])])
        #expect(Löptext(delar: [.text("Ett "), .fet("fett"), .text(" ord\nny rad")]).paragraphs == [
            .paragraph([.text("Ett "), .strong([.text("fett")]), .text(" ord")]), .paragraph([.text("ny rad")]),
        ])
        #expect(Löptext("Inga radbrytningar – bara ”text”").paragraphs == [.paragraph([.text("Inga radbrytningar – bara ”text”")])])
    }
}

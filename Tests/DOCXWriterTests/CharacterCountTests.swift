@testable import DOCXWriter
import DocumentModel
import Testing

/// The writer's character count for page estimates is String's, of the text as it is written.
@Suite struct CharacterCountTests {
    @Test(arguments: ["", "a", "rad\r\nbrytning\rtre\n\r", "Länsgemensamma fokusområden – 2021", "e\u{301}", "ÿ\u{2C7}\u{300}",
                      "🇸🇪 och 👩‍👩‍👧", "\u{AD}\u{AD}", "한국어", "\r", "\n\r\n"])
    func countsAsString(_ text: String) {
        #expect(BodyWriter.characterCount([.text(text)]) == text.count)
    }

    /// What the writer leaves out (controls, bidirectional overrides, noncharacters) is not counted.
    @Test(arguments: [("a\u{0}b\u{7F}c", 3), ("\u{202E}rätt\u{FFFE}", 4), ("e\u{301}\u{202E}", 1), ("\u{85}\u{1}", 0)])
    func leavesOutWhatIsCleaned(_ text: String, _ count: Int) {
        #expect(BodyWriter.characterCount([.text(text)]) == count)
    }

    /// Inlines are counted as their joined words: a combining mark split over two texts
    /// counts as the one character it makes; each text's CR is already a line feed.
    @Test(arguments: [
        [Inline.text("rad\r\n"), .strong([.text("ny")])],
        [.text("e"), .emphasis([.text("\u{301} och")]), .text("")],
        [.link([.text("Läs "), .strong([.text("mer")])], url: "https://example.se"), .crossReference(anchor: "a", [.text(" – 2")])],
        [.text("🇸"), .text("🇪")],
        [],
    ])
    func countsInlinesAsTheirPlainText(_ inlines: [Inline]) {
        #expect(BodyWriter.characterCount(inlines) == inlines.plainText.count)
    }

    /// A CR ending one text is written as a line feed, so the LF opening the next is a line of its own.
    @Test func returnAndFeedInTwoTexts() {
        #expect(BodyWriter.characterCount([.text("rad\r"), .strong([.text("\nny")])]) == "rad\n\nny".count)
    }
}

@testable import DOCXWriter
import DocumentModel
import Testing

/// The writer's character count for page estimates is String's.
@Suite struct CharacterCountTests {
    @Test(arguments: ["", "a", "rad\r\nbrytning\rtre\n\r", "Länsgemensamma fokusområden – 2021", "e\u{301}", "ÿ\u{2C7}\u{300}",
                      "🇸🇪 och 👩‍👩‍👧", "\u{AD}\u{AD}", "한국어", "\r", "\n\r\n"])
    func countsAsString(_ text: String) {
        #expect(BodyWriter.characterCount(text) == text.count)
    }

    /// Inlines are counted as their joined words: a CR LF or a combining mark split over two
    /// texts counts as the one character it makes.
    @Test(arguments: [
        [Inline.text("rad\r"), .strong([.text("\nny")])],
        [.text("e"), .emphasis([.text("\u{301} och")]), .text("")],
        [.link([.text("Läs "), .strong([.text("mer")])], url: "https://example.se"), .crossReference(anchor: "a", [.text(" – 2")])],
        [.text("🇸"), .text("🇪")],
        [],
    ])
    func countsInlinesAsTheirPlainText(_ inlines: [Inline]) {
        #expect(BodyWriter.characterCount(inlines) == inlines.plainText.count)
    }
}

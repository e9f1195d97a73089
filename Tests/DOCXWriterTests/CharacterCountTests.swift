@testable import DOCXWriter
import Testing

/// The writer's character count for page estimates is String's.
@Suite struct CharacterCountTests {
    @Test(arguments: ["", "a", "rad\r\nbrytning\rtre\n\r", "Länsgemensamma fokusområden – 2021", "e\u{301}", "ÿ\u{2C7}\u{300}",
                      "🇸🇪 och 👩‍👩‍👧", "\u{AD}\u{AD}", "한국어", "\r", "\n\r\n"])
    func countsAsString(_ text: String) {
        #expect(BodyWriter.characterCount(text) == text.count)
    }
}

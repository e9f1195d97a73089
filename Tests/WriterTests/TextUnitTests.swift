@testable import DocumentModel
@testable import Hyphenation
import Testing

/// Measuring and hyphenating single-scalar text scalar by scalar gives what stepping
/// through its characters gives; text with combining marks still goes by characters.
@Suite("Text units: scalars for Swedish text, characters for the rest")
struct TextUnitTests {
    @Test("a scalar answers as the character it alone is: Latin-1 from tables, the rest from Unicode")
    func scalarsAnswerAsCharacters() {
        let scalars = (0..<0x3000).compactMap(Unicode.Scalar.init) + ["\u{1F44D}", "\u{1F189}", "\u{1D400}", "\u{20000}", "\u{E0067}"]
        for scalar in scalars {
            let character = Character(scalar)
            #expect(scalar.isLetter == character.isLetter, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isWhitespace == character.isWhitespace, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isUppercase == character.isUppercase, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isLowercase == character.isLowercase, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isNumber == character.isNumber, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.lowercasedUTF8Count == character.lowercasedUTF8Count, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.breakKind == character.breakKind, "U+\(String(scalar.value, radix: 16))")
        }
        // ª and º have no case, so upper-casing leaves them as they are: upper and lower case at once.
        #expect(Unicode.Scalar(0xAA)!.isUppercase && Unicode.Scalar(0xAA)!.isLowercase)
    }

    @Test("the longest unbreakable piece counts capitals and digits wider, breaks at spaces, dashes, slashes and soft hyphens")
    func longestPiece() {
        #expect(TableWidths.longestPiece("barn och unga") == 4)
        #expect(TableWidths.longestPiece("Öckerö") == 7)                        // 1.4 + 5
        #expect(TableWidths.longestPiece("2018–2022") == 7)                     // 5.6 + the dash
        #expect(TableWidths.longestPiece("skol/fritid") == 6)                   // "fritid" 6; "skol/" 4 + 1
        #expect(TableWidths.longestPiece("verk\u{AD}sam\u{AD}hets\u{AD}le\u{AD}da\u{AD}re") == 5)
        #expect(TableWidths.longestPiece("samverkansöverenskommelse", wordCap: 8) == 8)
        #expect(TableWidths.longestPiece("O\u{308}ckero\u{308}") == 7)          // decomposed: the same, by characters
        #expect(TableWidths.longestPiece("") == 0)
    }

    @Test("soft hyphens go into words of letters; addresses, numbers and the text between stay")
    func softHyphensInCells() throws {
        let hyphenator = try Hyphenator.swedish.get()
        let soft = SoftHyphens(hyphenator)
        let word = hyphenator.hyphenate("verksamhetsledare")
        #expect(soft.words("verksamhetsledare, www.skr.se och 2021-10-21") == word + ", www.skr.se och 2021-10-21")
        #expect(soft.words("namn@kommun.se\tverksamhetsledare") == "namn@kommun.se\t" + word)
        // Decomposed letters are stepped through by characters: "e\u{301}" is one letter.
        let decomposed = soft.words("verksamhetsle\u{301}dare")
        #expect(decomposed.unicodeScalars.filter { $0 != "\u{AD}" }.elementsEqual("verksamhetsle\u{301}dare".unicodeScalars))
        #expect(decomposed == hyphenator.hyphenate("verksamhetsle\u{301}dare"))
    }
}

import DocumentModel
import Testing
@testable import Wording

/// The label file read from its bytes (`PlainLabels`) against the same file read by libyaml:
/// the same labels for the shapes it reads, nil (and so libyaml's reading and messages) for
/// every other.
@Suite("The label file read from its bytes")
struct PlainLabelFileTests {
    private func yamlTexts(_ text: String, partial: Bool = false) throws -> [LabelKey: String] {
        try LabelFile.parseYAML(yaml: text, file: "labels.yaml", partial: partial)
    }

    @Test func theShippedFileGivesWhatLibyamlGives() throws {
        let text = try LabelFixture.text()
        let plain = try #require(LabelFile.plainTexts(text, partial: false))
        #expect(plain.count == LabelKey.allCases.count)
        #expect(plain == (try yamlTexts(text)))
        #expect(plain[.numberThousandsSeparator] == "\u{A0}")
    }

    @Test func escapesCommentsAndDeeperSectionsGiveWhatLibyamlGives() throws {
        let text = try LabelFixture.text()
            .replacingOccurrences(of: "  arbetsgrupp: \"Arbetsgrupp\"",
                                  with: "    # en kommentar\n  arbetsgrupp:   \"Arbets\\\"grupp\\\" \\\\ \\u00e5\\u00C5 ¶\"   ")
            .replacingOccurrences(of: "\ntabell:\n", with: "\n\n  \ntabell:\n")
        let plain = try #require(LabelFile.plainTexts(text, partial: false))
        #expect(plain == (try yamlTexts(text)))
        #expect(plain[.workingGroupHeading] == "Arbets\"grupp\" \\ åÅ ¶")
        let nested = "analys:\n  härledd:\n    fynd:\n      indikator_utan_aktivitet: \"A\"\n  # slut\nomslag:\n  reviderad: \"R {datum}\"\n"
        let partial = try #require(LabelFile.plainTexts(nested, partial: true))
        #expect(partial == (try yamlTexts(nested, partial: true)))
        #expect(partial.count == 2)
    }

    @Test(arguments: [
        ("a tab in the indentation", "  arbetsgrupp:", "\tarbetsgrupp:"),
        ("a comment after the text", "\"Arbetsgrupp\"", "\"Arbetsgrupp\" # rubrik"),
        ("single quotes", "\"Arbetsgrupp\"", "'Arbetsgrupp'"),
        ("a plain scalar", "\"Arbetsgrupp\"", "Arbetsgrupp"),
        ("another escape", "\"Arbetsgrupp\"", "\"Arbets\\ngrupp\""),
        ("a quote left open", "\"Arbetsgrupp\"", "\"Arbetsgrupp"),
        ("a key given twice", "  arbetsgrupp: \"Arbetsgrupp\"", "  arbetsgrupp: \"Arbetsgrupp\"\n  arbetsgrupp: \"Grupp\""),
        ("a section given twice", "\ntabell:\n", "\nrubrik:\n  x: \"y\"\ntabell:\n"),
        ("an empty section", "\ntabell:\n", "\ntom:\ntabell:\n"),
        ("an indentation that matches no section", "  arbetsgrupp: \"Arbetsgrupp\"", "   arbetsgrupp: \"Arbetsgrupp\""),
        ("a line indented under a label", "  arbetsgrupp: \"Arbetsgrupp\"", "  arbetsgrupp: \"Arbetsgrupp\"\n    fler: \"x\""),
        ("a carriage return", "  arbetsgrupp: \"Arbetsgrupp\"\n", "  arbetsgrupp: \"Arbetsgrupp\"\r\n"),
        ("a line separator", "\"Arbetsgrupp\"", "\"Arbets\u{2028}grupp\""),
        ("a next-line character", "\"Arbetsgrupp\"", "\"Arbets\u{85}grupp\""),
        ("a document marker", "omslag:\n", "---\nomslag:\n"),
        ("a key with a space", "  arbetsgrupp:", "  arbets grupp:"),
        ("an unknown label", "  arbetsgrupp:", "  arbetsgrup:"),
        ("an empty label", "\"Arbetsgrupp\"", "\"  \""),
        ("a missing placeholder", "\"Reviderat {år}\"", "\"Reviderat\""),
    ])
    func otherShapesAndMistakesAreLeftToLibyaml(_ shape: String, _ line: String, _ replacement: String) throws {
        let shipped = try LabelFixture.text()
        #expect(shipped.contains(line))
        let text = shipped.replacingOccurrences(of: line, with: replacement)
        #expect(LabelFile.plainTexts(text, partial: false) == nil, "\(shape)")
    }

    @Test func aMissingLabelIsLeftToLibyaml() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: "  saknas: \"Saknas\"\n", with: "")
        #expect(PlainLabels.entries(in: text) != nil)
        #expect(LabelFile.plainTexts(text, partial: false) == nil)
        #expect(LabelFile.plainTexts(text, partial: true) != nil)
    }
}

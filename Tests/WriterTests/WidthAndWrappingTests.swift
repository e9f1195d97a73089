import DocumentModel
import Foundation
import Testing
@testable import TextWriter

/// Width and wrapping counted in bytes for Latin text and by grapheme clusters for the
/// rest, with the same results as counting every text by its characters.
@Suite("Text width and wrapping over bytes")
struct WidthAndWrappingTests {
    @Test("Latin letters, Latin-1, dashes, quotes and spaces are one column a scalar; tab and line feed none")
    func simpleText() {
        #expect("Mål 1.1 – ”Föräldrar” ’s".singleScalarColumns == 24)
        #expect("ÆØÅ æøå ß µ ½ § \u{A0}\u{AD} ǅ ʼ".singleScalarColumns == 22)
        #expect("a\tb\nc".singleScalarColumns == 3)
        #expect("\u{2000}\u{200A}\u{2010}\u{2027}\u{202F}\u{203C}\u{205F}".singleScalarColumns == 7)   // ‼ alone too
        #expect("\u{7F}\u{80}\u{9F}".singleScalarColumns == 3)   // as the characters count them
        #expect("".singleScalarColumns == 0)
        #expect("Mål 1.1 Föräldrar".dropFirst(4).terminalWidth == 13)
    }

    @Test("scalars that may join their neighbours or be wide are counted by grapheme clusters")
    func otherText() {
        for (text, width) in [("e\u{301}", 1), ("\r\n", 1), ("a\r", 1), ("x\u{200B}y", 2), ("\u{2028}", 0), ("\u{2060}", 0),
                              ("‼\u{FE0F}", 2), ("✔\u{FE0F}", 2), ("👍🏻", 2), ("🇸🇪", 2), ("👨‍👩‍👧", 2),
                              ("漢字", 4), ("\u{600}1", 1), ("ab\u{903}", 2), ("€", 1), ("™", 1)] {
            #expect(text.singleScalarColumns == nil, "\(text.debugDescription)")
            #expect(text.terminalWidth == width, "\(text.debugDescription)")
        }
    }

    @Test("a space before a combining mark belongs to the mark's cluster and does not split the words")
    func combiningMarkAfterSpace() {
        #expect(wrap("ab \u{301}cd ef", width: 80, first: "", rest: "") == ["ab \u{301}cd ef"])
        #expect(wrap("ab \u{301}cd ef", width: 5, first: "", rest: "") == ["ab \u{301}cd", "ef"])
        #expect(wrap("åäö åäö", width: 3, first: "", rest: "") == ["åäö", "åäö"])
        #expect(wrap("Mål–2022 ”x”\tny\nrad", width: 80, first: "- ", rest: "  ") == ["- Mål–2022 ”x” ny rad"])
    }

    @Test("long words break where the line ends; addresses stand alone; trailing spaces go")
    func breaking() {
        #expect(wrap("Föräldraskapsstödsprogrammet", width: 10, first: "", rest: "") == ["Föräldrask", "apsstödspr", "ogrammet"])
        #expect(wrap("se https://www.example.se/en/mycket/lang/adress nu", width: 20, first: "", rest: "")
            == ["se", "https://www.example.se/en/mycket/lang/adress", "nu"])
        #expect(wrap("", width: 20, first: "Etikett: ", rest: "  ") == ["Etikett:"])
        #expect(trimmed("ord  ") == "ord")
        #expect(trimmed("ord") == "ord")
        #expect(trimmed("\u{600} ") == "\u{600} ")   // one cluster: the space is not a character of its own
    }

    @Test("soft hyphens leave plain text, wherever they stand")
    func softHyphens() {
        #expect(plain([.text("av\u{AD}sta\u{AD}vad")]) == "avstavad")
        #expect(plain([.text("a\u{AD}\u{301}b")]) == "a\u{301}b")
        #expect(plain([.text("Maríe")]) == "Maríe")   // í is C3 AD: a byte 0xAD, no soft hyphen
    }

    @Test("a table's cells are laid out once and written as measured")
    func tableGrid() {
        let table = Table(columns: [Column(width: 1), Column(width: 1, alignment: .end)],
                          header: [Row([Cell([.paragraph([.text("Namn")])]), Cell([.paragraph([.text("Antal")])])])],
                          body: [Row([Cell([.paragraph([.text("Öckerö")])]), Cell([.paragraph([.text("12")])])]),
                                 Row([Cell([.paragraph([.text("Ale")])]), Cell([.paragraph([.text("1 204")])])])])
        var output = TextOutput()
        TextRenderer(width: 40).write(.table(table), first: .none, rest: .none, to: &output)
        let lines = Self.lines(output)
        #expect(lines == [
            "+--------+-------+",
            "| Namn   | Antal |",
            "+========+=======+",
            "| Öckerö |    12 |",
            "| Ale    | 1 204 |",
            "+--------+-------+",
        ])
    }

    /// Texts that put every kind of byte at every offset of an eight-byte word.
    private static let awkward: [String] = {
        let pieces = ["a", "å", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}",
                      "–", "”", "&<\"", "\u{202E}", "\u{2066}", "e\u{301}", "漢", "👍🏻", "~", "ǅ", "§", "\u{AD}\u{AD}"]
            + [0xFDD0, 0xFFFE, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }   // noncharacters
        return pieces.flatMap { piece in
            (0..<17).map { offset in String(repeating: "x", count: offset) + piece + "Föräldrar" + piece + String(repeating: "y", count: 9) }
        }
    }()

    /// The bytes `TextBytes.plainEnd` stops at: C0 controls, `"&<>`, DEL, and lead bytes but C3–CB.
    private static func plainEndStops(_ byte: UInt8) -> Bool {
        byte < 0x20 || [0x22, 0x26, 0x3C, 0x3E, 0x7F, 0xC2].contains(byte) || byte >= 0xCC
    }

    @Test("the eight-byte scans answer as the bytes looked at one by one")
    func byteScans() {
        for text in Self.awkward {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in buffer.indices {
                    var end = start
                    while end < buffer.count && !Self.plainEndStops(buffer[end]) { end += 1 }
                    #expect(TextBytes.plainEnd(of: buffer, from: start) == end, "\(text.debugDescription) from \(start)")
                    var signsPassed = start
                    while signsPassed < buffer.count && !Self.plainEndStops(buffer[signsPassed])
                        || signsPassed + 1 < buffer.count && buffer[signsPassed] == 0xC2 && buffer[signsPassed + 1] >= 0xA0 {
                        signsPassed += 1
                    }
                    #expect(TextBytes.plainEnd(of: buffer, from: start, passingLatin1Symbols: true) == signsPassed,
                            "\(text.debugDescription) from \(start), passing signs")
                    guard ![0x20, 0x0A, 0x09].contains(buffer[start]) else { continue }
                    var (wordEnd, columns) = (start, 0)
                    while wordEnd < buffer.count && ![0x20, 0x0A, 0x09].contains(buffer[wordEnd]) {
                        if buffer[wordEnd] > 0x20 && buffer[wordEnd] & 0xC0 != 0x80 { columns += 1 }
                        wordEnd += 1
                    }
                    let scanned = ByteScan.word(of: buffer, from: start)
                    #expect(scanned.end == wordEnd && scanned.columns == columns, "\(text.debugDescription) from \(start)")
                }
            }
        }
    }

    @Test("texts are copied as TextHygiene cleans them, and known as single-scalar as their bytes are")
    func cleaning() {
        for text in Self.awkward {
            let cleaned = TextHygiene.clean(text)
            for mode in [CleanText.Mode.clean, .withoutSoftHyphens, .asIs] {
                var buffer = ByteBuffer()
                let singleScalar = CleanText.append(text, mode, to: &buffer)
                let expected = mode == .asIs ? text : mode == .clean ? cleaned : cleaned.replacingOccurrences(of: "\u{AD}", with: "")
                #expect(Array(buffer.bytes) == Array(expected.utf8), "\(text.debugDescription) \(mode)")
                #expect(singleScalar == (expected.singleScalarColumns != nil), "\(text.debugDescription) \(mode)")
            }
        }
    }

    /// The lines `Wrapper` writes for `text`.
    private func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var output = TextOutput()
        let (first, rest) = (Self.lead(first, in: &output), Self.lead(rest, in: &output))
        output.setText(text, .asIs)
        Wrapper.wrapText(width: width, first: first, rest: rest, into: &output)
        return Self.lines(output)
    }

    /// The text as a line of its own, which loses its trailing spaces.
    private func trimmed(_ text: String) -> String {
        var output = TextOutput()
        output.line(Self.lead(text, in: &output))
        return Self.lines(output)[0]
    }

    /// The words of the inlines, as a paragraph is wrapped.
    private func plain(_ inlines: [Inline]) -> String {
        var output = TextOutput()
        TextRenderer(width: 80).plain(inlines, insideLink: false, .withoutSoftHyphens, to: &output)
        return String(decoding: output.text.bytes, as: UTF8.self)
    }

    private static func lead(_ text: String, in output: inout TextOutput) -> Lead {
        let start = output.beginLead()
        output.addToLead(text, .asIs)
        return output.finishLead(from: start)
    }

    private static func lines(_ output: borrowing TextOutput) -> [String] {
        String(decoding: output.bytes.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map(String.init)
    }
}

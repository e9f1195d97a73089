import DocumentModel
import Testing

/// The byte searches the layouts and writers use instead of the string-processing library's
/// and `utf8.contains`: the same answers, on strings and on slices of them.
@Suite("Text search by bytes: firstRange(ofText:) and containsUTF8(_:)")
struct TextSearchTests {
    static let texts = ["", "--", "a--b", "ab-", "---", "TOC \\o \"1-3\" \\h", "Handlingsplan 2022–2025 för Tanum",
                        "www..kommun.se", "å-ä--ö", "<img src=\"logo.png\">", "e\u{301}--e\u{301}", "🙂--🙂"]
    static let patterns = ["--", "\\o", "2022–2025", "..", "src=\"", "ö", "🙂", "x"]

    @Test("the first range is the string-processing library's, on whole strings and on slices")
    func firstRangeIsTheLibrarys() {
        for text in Self.texts {
            for pattern in Self.patterns {
                #expect(text.firstRange(ofText: pattern) == text.firstRange(of: pattern), "\(text) / \(pattern)")
                guard !text.isEmpty else { continue }
                let slice = text.dropFirst()
                #expect(slice.firstRange(ofText: pattern) == slice.firstRange(of: pattern), "\(slice) / \(pattern)")
            }
        }
        #expect("abc".firstRange(ofText: "") == "abc".startIndex..<"abc".startIndex)
    }

    @Test("containsUTF8 finds a byte as the byte view does")
    func containsByteIsTheViews() {
        for text in Self.texts {
            for byte: UInt8 in [0x0A, 0x2D, 0xA0, 0xC3, 0x22] {
                #expect(text.containsUTF8(byte) == text.utf8.contains(byte), "\(text) / \(byte)")
            }
        }
        #expect("1\u{A0}000".containsUTF8(0xA0))
        #expect("rad ett\nrad två".containsUTF8(0x0A))
    }
}

import DocumentModel
import Testing

/// `TextHygiene.needsCleaning`'s quick look against the rule it stands for: a text needs
/// cleaning exactly when one of its scalars is removed or is a carriage return.
@Suite struct TextHygieneScanTests {
    private func expected(_ text: String) -> Bool {
        text.unicodeScalars.contains { TextHygiene.removes($0) || $0 == "\r" }
    }

    @Test func everyScalarAcrossAWordBoundary() {
        // Seven bytes first, so a scalar of two or more bytes straddles the first eight.
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "abcdefg\(scalar)hij"
            if TextHygiene.needsCleaning(text) != expected(text) {
                Issue.record("U+\(String(value, radix: 16)) in \(text.debugDescription)")
                return
            }
        }
    }

    @Test func theScalarsInQuestionAtEveryOffset() {
        // Noncharacters by value: a literal may not hold them.
        let values: [UInt32] = [0x09, 0x0A, 0x0D, 0x00, 0x1B, 0x7F, 0x80, 0x9F, 0xA0, 0xAD, 0xE5, 0x2013, 0x202A, 0x202E,
                                0x2066, 0x2069, 0xFDD0, 0xFFFE, 0x1FFFE, 0x10FFFF, 0x1F600, 0x200B]
        let scalars = values.compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            for offset in 0...17 {
                let text = String(repeating: "x", count: offset) + "\(scalar)" + String(repeating: "é", count: 17 - offset)
                #expect(TextHygiene.needsCleaning(text) == expected(text), "U+\(String(scalar.value, radix: 16)) at \(offset)")
            }
        }
    }
}

import DocumentModel
import Foundation
import Testing

/// `trimmingSpaces()` against what it stands in for, Foundation's `.whitespaces` trimming.
@Suite struct TrimmingSpacesTests {
    @Test func trimsWhatFoundationTrimsForEveryScalar() {
        // Each scalar (surrogates have none) alone and between letters, at both ends.
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)a\(scalar)b\(scalar)"
            let expected = text.trimmingCharacters(in: .whitespaces)
            if text.trimmingSpaces() != expected || text[...].trimmingSpaces() != expected {
                Issue.record("U+\(String(value, radix: 16)): \(text.trimmingSpaces().debugDescription) ≠ \(expected.debugDescription)")
                return
            }
        }
    }

    @Test func keepsInnerSpacesAndLineBreaks() {
        #expect(" \t docx, html \u{00A0}".trimmingSpaces() == "docx, html")
        #expect("\nrad\n".trimmingSpaces() == "\nrad\n")
        #expect(" \u{3000}\t".trimmingSpaces() == "")
        #expect("".trimmingSpaces() == "")
    }
}

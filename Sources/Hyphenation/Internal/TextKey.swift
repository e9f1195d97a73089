import Foundation

// A text as a dictionary key by its bytes: the same bytes are the same key, without the
// Unicode normalisation `String`'s own hashing and comparing do for every non-ASCII text.
// The soft-hyphen pass keys the short texts and cells it has seen by them.
//
// ```swift
// var seen: [TextKey: String?] = [:]
// seen[TextKey("Förvaltningen")] = .some(nil)
// ```
struct TextKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { left in right.withUTF8 { left.isEmpty || memcmp(left.baseAddress!, $0.baseAddress!, left.count) == 0 } }
    }

    // The bytes folded into one word first, eight at a time: `Hasher` then mixes one word
    // instead of taking every text byte by byte, which cost the pass more than its look-ups.
    func hash(into hasher: inout Hasher) {
        hasher.combine(folded)
    }

    private var folded: UInt64 {
        text.utf8.withContiguousStorageIfAvailable(Self.fold) ?? Array(text.utf8).withUnsafeBufferPointer(Self.fold)
    }

    /// Multiply and rotate per word, as FxHash does; the seeded `Hasher` spreads the result.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var folded = UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return folded }
        func add(_ word: UInt64) { folded = mix(folded, word) }
        var index = 0
        while index + 8 <= bytes.count {
            add(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index += 8
        }
        var last: UInt64 = 0
        for shift in 0..<(bytes.count - index) { last |= UInt64(base[index + shift]) << (shift * 8) }
        add(last)
        return folded
    }

    /// `folded` with `word` folded in: one step of `fold(_:)`.
    static func mix(_ folded: UInt64, _ word: UInt64) -> UInt64 {
        ((folded << 5 | folded >> 59) ^ word) &* 0x517C_C1B7_2722_0A95
    }
}

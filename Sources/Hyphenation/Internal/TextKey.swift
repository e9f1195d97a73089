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

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}

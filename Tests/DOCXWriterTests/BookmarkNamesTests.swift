@testable import DOCXWriter
import Testing

/// Bookmark names: unique, at most 40 characters, the same for an anchor given again, and
/// found by anchor and by the heading's place alike.
@Suite struct BookmarkNamesTests {
    /// Anchors sharing their first 36 bytes, given again, starting with a digit, empty,
    /// and with letters outside ASCII.
    static let anchors: [String] = {
        let long = String(repeating: "handlingsplan-", count: 4)
        return [long + "mal", long + "syfte", "1-inledning", long + "mal", "", "a1_inledning", "åtgärder-för-unga",
                "1-inledning", long + "uppfoljning", "", "a1-inledning"]
    }()

    /// Names as the writer made them before it hashed only names: each distinct anchor the
    /// first of base, base_2, base_3 … that no earlier anchor has.
    static func expected(_ anchors: [String]) -> [String: String] {
        var names: [String: String] = [:]
        var used: Set<String> = []
        for anchor in anchors where names[anchor] == nil {
            let bytes = Array(anchor.utf8)
            let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            let prefix = isLetter(bytes.first ?? 0) ? "" : "a"
            let kept = bytes.prefix(36 - prefix.count).map { isLetter($0) || (0x30...0x39).contains($0) ? $0 : UInt8(ascii: "_") }
            let base = prefix + String(decoding: kept, as: UTF8.self)
            var name = base
            var counter = 2
            while used.contains(name) {
                name = "\(base)_\(counter)"
                counter += 1
            }
            used.insert(name)
            names[anchor] = name
        }
        return names
    }

    @Test func namesAreTheFirstFreeFromEachAnchorsBase() {
        let names = BookmarkNames(Self.anchors)
        let expected = Self.expected(Self.anchors)
        for (index, anchor) in Self.anchors.enumerated() {
            #expect(names[anchor: anchor] == expected[anchor], "\(anchor)")
            #expect(names[heading: index] == expected[anchor], "\(anchor)")
            #expect(names.name(at: index, anchor: anchor) == expected[anchor])
            // A writer out of step with the headings still finds the anchor's name.
            #expect(names.name(at: (index + 1) % Self.anchors.count, anchor: anchor) == expected[anchor])
        }
        #expect(Set(expected.values).count == expected.count)
        #expect(expected.values.allSatisfy { $0.utf8.count <= 40 })
        #expect(names[anchor: "saknas"] == nil)
        #expect(names[anchor: String(repeating: "handlingsplan-", count: 4) + "annat"] == nil)
        #expect(names.name(at: 99, anchor: "saknas") == nil)
        #expect(names[anchor: "1-inledning"] == "a1_inledning")
        #expect(names[anchor: "a1_inledning"] == "a1_inledning_2")
    }
}

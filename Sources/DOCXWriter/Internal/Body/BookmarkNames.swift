import DocumentModel

// Word bookmark names for heading anchors: at most 40 characters, letters, digits and
// underscores, starting with a letter. Links to "#anchor" and the table of contents
// point at them.
//
// Anchors are long slugs, so they are hashed nowhere: a name is made from the anchor's
// first bytes (`base`), with a counter after it when an earlier anchor has it already, and
// only names are hashed. An anchor given again gets the name it got first, which walking
// the same names finds (every name before it is still taken).
//
// ```
// let names = BookmarkNames(["mal-och-syfte", "mal-och-syfte", "1-inledning"])
// names[heading: 1]              // "mal_och_syfte", as the first
// names[anchor: "1-inledning"]   // "a1_inledning"
// ```
struct BookmarkNames {
    /// The anchors, in the order given.
    private let anchors: [String]
    /// The name of each anchor, by its index in `anchors`.
    private var byIndex: [String] = []
    /// Each name made, with the index of the anchor it was made for.
    private var owners: [String: Int] = [:]

    init(_ anchors: [String]) {
        self.anchors = anchors
        byIndex.reserveCapacity(anchors.count)
        owners.reserveCapacity(anchors.count)
        for (index, anchor) in anchors.enumerated() {
            let found = find(anchor)
            if let owner = found.owner {
                byIndex.append(byIndex[owner])
            } else {
                owners[found.name] = index
                byIndex.append(found.name)
            }
        }
    }

    /// The bookmark of the heading with this anchor, if the document has one.
    subscript(anchor anchor: String) -> String? {
        find(anchor).owner.map { byIndex[$0] }
    }

    /// The bookmark of the `index`th anchor given.
    subscript(heading index: Int) -> String { byIndex[index] }

    /// The bookmark of the `index`th anchor given when that anchor is `anchor` (a writer
    /// walking the headings in the order they were given), else of the heading with it.
    func name(at index: Int, anchor: String) -> String? {
        index < anchors.count && anchors[index] == anchor ? byIndex[index] : self[anchor: anchor]
    }

    /// The earlier anchor equal to `anchor` (its index), or the first name no anchor has.
    private func find(_ anchor: String) -> (owner: Int?, name: String) {
        let base = Self.base(anchor)
        var name = base
        var counter = 2
        while let owner = owners[name] {
            if anchors[owner] == anchor { return (owner, name) }
            name = "\(base)_\(counter)"
            counter += 1
        }
        return (nil, name)
    }

    /// The anchor's first 36 bytes, each letter or digit kept and anything else an
    /// underscore, after an "a" when it does not start with a letter (then 35): made in
    /// place, one string.
    private static func base(_ anchor: String) -> String {
        var anchor = anchor
        return anchor.withUTF8 { bytes in
            let prefix = isLetter(bytes.first ?? 0) ? 0 : 1
            let count = min(bytes.count, 36 - prefix)
            return String(unsafeUninitializedCapacity: prefix + count) { name in
                if prefix == 1 { name[0] = UInt8(ascii: "a") }
                for index in 0..<count {
                    let byte = bytes[index]
                    name[prefix + index] = isLetter(byte) || (0x30...0x39).contains(byte) ? byte : UInt8(ascii: "_")
                }
                return prefix + count
            }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

import DocumentModel

// Word bookmark names for heading anchors: at most 40 characters, letters, digits and
// underscores, starting with a letter. Links to "#anchor" and the table of contents
// point at them.
struct BookmarkNames {
    private var names: [String: String] = [:]
    private var used: Set<String> = []

    init(_ anchors: [String]) {
        names.reserveCapacity(anchors.count)
        used.reserveCapacity(anchors.count)
        for anchor in anchors where names[anchor] == nil {
            let base = Self.base(anchor)
            var name = base
            var counter = 2
            while used.contains(name) {
                name = "\(base)_\(counter)"
                counter += 1
            }
            used.insert(name)
            names[anchor] = name
        }
    }

    subscript(anchor: String) -> String? { names[anchor] }

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

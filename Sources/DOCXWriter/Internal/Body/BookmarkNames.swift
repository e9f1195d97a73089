import DocumentModel

// Word bookmark names for heading anchors: at most 40 characters, letters, digits and
// underscores, starting with a letter. Links to "#anchor" and the table of contents
// point at them.
struct BookmarkNames {
    private var names: [String: String] = [:]
    private var used: Set<String> = []

    init(_ anchors: [String]) {
        for anchor in anchors where names[anchor] == nil {
            var bytes = anchor.utf8.prefix(36).map { byte -> UInt8 in
                Self.isLetter(byte) || (0x30...0x39).contains(byte) ? byte : UInt8(ascii: "_")
            }
            if !(bytes.first.map(Self.isLetter) ?? false) { bytes = [UInt8(ascii: "a")] + bytes.prefix(35) }
            let base = String(decoding: bytes, as: UTF8.self)
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

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

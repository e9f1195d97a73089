/// Where in Swift source a DSL element was written, so validation can point a
/// process leader at the line to fix.
///
/// Every DSL initialiser takes `fil: String = #filePath, rad: Int = #line`, so you never
/// write a `Källplats` yourself:
///
/// ```swift
/// let mål = Mål("1.1", "Föräldrar ska erbjudas stöd")   // records this file and line
/// print(mål.plats)                                       // …/examples/Vanersborg.swift:42
/// ```
///
/// A source location is bookkeeping, not plan content: it is left out of the JSON export
/// and two elements that differ only in where they were written are equal.
public struct Källplats: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The source file, as `#filePath` gave it.
    public let fil: String
    /// The line in `fil`, 1-based.
    public let rad: Int

    public init(fil: String, rad: Int) {
        self.fil = fil
        self.rad = rad
    }

    /// A location for elements that were not written in Swift (decoded from JSON).
    public static let okänd = Källplats(fil: "", rad: 0)

    public var description: String { fil.isEmpty ? "(okänd plats)" : "\(fil):\(rad)" }

    /// `fil` relative to `katalog` when it lies inside it, for messages a person reads.
    public func relativ(till katalog: String) -> String {
        let prefix = katalog.hasSuffix("/") ? katalog : katalog + "/"
        let sökväg = fil.hasPrefix(prefix) ? String(fil.dropFirst(prefix.count)) : fil
        return fil.isEmpty ? description : "\(sökväg):\(rad)"
    }

    // Locations never make two plan elements different.
    public static func == (lhs: Källplats, rhs: Källplats) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

// Synthesized Codable conformances call these more specific overloads for every
// `Källplats` property, which keeps locations out of the exported JSON.
extension KeyedEncodingContainer {
    public mutating func encode(_ value: Källplats, forKey key: Key) throws {}
}

extension KeyedDecodingContainer {
    public func decode(_ type: Källplats.Type, forKey key: Key) throws -> Källplats { .okänd }
}

/// Where in Swift source a DSL element was written, so validation can point a
/// process leader at the line to fix.
///
/// Every DSL initialiser takes `fil: String = #fileID, rad: Int = #line`, so you never
/// write a `Källplats` yourself. `#fileID` is the short "Module/File.swift" form, so no
/// absolute build path ends up in the binary; messages show the file relative to the
/// package root where it can be found there:
///
/// ```swift
/// let mål = Mål("1.1", "Föräldrar ska erbjudas stöd")   // records this file and line
/// print(mål.plats)                                       // Examples/Vanersborg.swift:42
/// print(mål.plats.relativ(till: paketrot))               // examples/Vanersborg.swift:42
/// ```
///
/// A source location is bookkeeping, not plan content: it is left out of the JSON export
/// and two elements that differ only in where they were written are equal.
public struct Källplats: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The source file, as `#fileID` gave it ("Examples/Vanersborg.swift"), or a path.
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

    /// `fil` relative to `katalog`, for messages a person reads: an absolute path inside
    /// `katalog` loses its prefix; a `#fileID` becomes the path of the one file of that
    /// name under `katalog` ("Examples/Vanersborg.swift" → "examples/Vanersborg.swift"),
    /// and stays as it is where there is none or several.
    public func relativ(till katalog: String) -> String {
        guard !fil.isEmpty else { return description }
        let prefix = katalog.hasSuffix("/") ? katalog : katalog + "/"
        if fil.hasPrefix("/") {
            return "\(fil.hasPrefix(prefix) ? String(fil.dropFirst(prefix.count)) : fil):\(rad)"
        }
        let namn = String(fil.split(separator: "/").last ?? Substring(fil))
        let träffar = Källfiler.sökvägar(till: namn, under: katalog)
        return "\(träffar.count == 1 ? träffar[0] : fil):\(rad)"
    }

    /// How a message at `plats` refers to this earlier location: "på rad 12" in the same
    /// file, else "i Examples/Tanum.swift:12".
    public func hänvisning(från plats: Källplats) -> String {
        fil == plats.fil ? "på rad \(rad)" : "i \(self)"
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

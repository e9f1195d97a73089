import Foundation

extension Handlingsplan {
    /// The version of the open-data format `json()` writes and `init(json:)` reads; the
    /// schema is `schema/handlingsplan.schema.json`.
    public static let formatversion = "2"

    /// The plan as the regional office's open-data JSON: sorted keys, ISO dates, no
    /// Swift source locations, the format version first among the plan's keys.
    /// `Handlingsplan(json:)` reads it back losslessly.
    ///
    /// ```swift
    /// let data = try plan.json()
    /// let sammaPlan = try Handlingsplan(json: data)
    /// ```
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(Öppnadata(plan: self))
    }

    /// Reads a plan from its JSON export; fails on another format version.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Öppnadata.self, from: json).plan
    }
}

// The plan's keys with "formatversion" beside them, in one object.
private struct Öppnadata: Codable {
    let plan: Handlingsplan

    init(plan: Handlingsplan) { self.plan = plan }

    private enum Nyckel: String, CodingKey { case formatversion }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        let version = try c.decode(String.self, forKey: .formatversion)
        guard version == Handlingsplan.formatversion else {
            throw DecodingError.dataCorruptedError(forKey: .formatversion, in: c,
                debugDescription: "Formatversion \(version) kan inte läsas; den här versionen läser \(Handlingsplan.formatversion).")
        }
        plan = try Handlingsplan(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try plan.encode(to: encoder)
        var c = encoder.container(keyedBy: Nyckel.self)
        try c.encode(Handlingsplan.formatversion, forKey: .formatversion)
    }
}

import Foundation

extension Handlingsplan {
    /// The plan as the regional office's open-data JSON: sorted keys, ISO dates, no
    /// Swift source locations. `Handlingsplan(json:)` reads it back losslessly.
    ///
    /// ```swift
    /// let data = try plan.json()
    /// let sammaPlan = try Handlingsplan(json: data)
    /// ```
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a plan from its JSON export.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Handlingsplan.self, from: json)
    }
}

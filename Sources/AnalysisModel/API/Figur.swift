import PlanModel

/// A figure of the report whose picture is not part of the transcription (a chart or an
/// illustration): its caption stands where it stood.
///
/// ```swift
/// Figur("Antal suicid i Västra Götaland (20+ år) (2010 – 2020)")
/// ```
public struct Figur: Sendable, Hashable, Codable {
    public var rubrik: String
    public var plats: Källplats

    public init(_ rubrik: String, fil: String = #fileID, rad: Int = #line) {
        self.rubrik = rubrik
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

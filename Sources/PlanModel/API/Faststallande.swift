/// Who adopted the plan (*fastställd av*), and when.
///
/// ```swift
/// Fastställande(av: "närsjukvårdsgrupp barn och unga i Vänersborg", Datum(2020, 6, 4))
/// ```
public struct Fastställande: Sendable, Hashable, Codable {
    public var av: String?
    public var datum: Datum

    public init(av: String? = nil, _ datum: Datum) {
        self.av = av
        self.datum = datum
    }
}

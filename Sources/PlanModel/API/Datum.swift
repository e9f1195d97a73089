/// A calendar date, exported as ISO 8601 (`2020-06-04`).
///
/// ```swift
/// let fastställd = Datum(2020, 6, 4)
/// fastställd.iso   // "2020-06-04"
/// ```
public struct Datum: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let år: Int
    public let månad: Int
    public let dag: Int

    public init(_ år: Int, _ månad: Int, _ dag: Int) {
        self.år = år
        self.månad = månad
        self.dag = dag
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso: String) {
        let delar = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard delar.count == 3, delar[0].count == 4, delar[1].count == 2, delar[2].count == 2,
              let år = Int(delar[0]), let månad = Int(delar[1]), let dag = Int(delar[2])
        else { return nil }
        self.init(år, månad, dag)
        guard ärGiltigt else { return nil }
    }

    /// Whether the date exists in the Gregorian calendar.
    public var ärGiltigt: Bool {
        (1...12).contains(månad) && dag >= 1 && dag <= Datum.antalDagar(år: år, månad: månad)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        func tvåSiffror(_ tal: Int) -> String { tal < 10 ? "0\(tal)" : "\(tal)" }
        return "\(år)-\(tvåSiffror(månad))-\(tvåSiffror(dag))"
    }

    public var description: String { iso }

    public static func < (lhs: Datum, rhs: Datum) -> Bool {
        (lhs.år, lhs.månad, lhs.dag) < (rhs.år, rhs.månad, rhs.dag)
    }

    static func antalDagar(år: Int, månad: Int) -> Int {
        switch månad {
        case 2: return (år % 4 == 0 && år % 100 != 0) || år % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let datum = Datum(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "Ogiltigt datum: \(text)"))
        }
        self = datum
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

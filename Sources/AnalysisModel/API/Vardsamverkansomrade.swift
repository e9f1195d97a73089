/// The six *vårdsamverkansområden* (sub-regional cooperation areas) of Västra Götaland,
/// in the order the seed report lists them.
///
/// ```swift
/// Vårdsamverkansområde.södraÄlvsborg.namn   // "Södra Älvsborg"
/// Vårdsamverkansområde(namn: "Fyrbodals")   // .fyrbodal
/// ```
public enum Vårdsamverkansområde: String, Sendable, Hashable, Codable, CaseIterable {
    case fyrbodal
    case göteborgsregionen
    case samla
    case simba
    case skaraborg
    case södraÄlvsborg

    /// The area's name as the report writes it in running text and headings.
    public var namn: String {
        switch self {
        case .fyrbodal: return "Fyrbodal"
        case .göteborgsregionen: return "Göteborgsregionen"
        case .samla: return "SAMLA"
        case .simba: return "SIMBA"
        case .skaraborg: return "Skaraborg"
        case .södraÄlvsborg: return "Södra Älvsborg"
        }
    }

    /// Other names the seed report uses for the area, in headings and table columns.
    public var andraNamn: [String] {
        switch self {
        case .fyrbodal: return ["Fyrbodals", "Fyrbodalen", "Fyrbodalsregionen"]
        case .göteborgsregionen: return ["Göteborgsområdet", "Göteborg"]
        case .samla, .simba, .skaraborg, .södraÄlvsborg: return []
        }
    }

    /// The area a name stands for, ignoring case; nil for an unknown name.
    public init?(namn: String) {
        let sökt = namn.lowercased()
        guard let område = Self.allCases.first(where: { ([$0.namn] + $0.andraNamn).map { $0.lowercased() }.contains(sökt) })
        else { return nil }
        self = område
    }
}

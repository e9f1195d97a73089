/// A goal of the regional plan (B1.1 … B5.1 for children and young people, V1.1 … V5.1
/// for adults). Defined once, in the regional plan's example, and referred to by a typed
/// constant everywhere else, so a goal is never retyped and an unknown goal does not
/// compile.
///
/// ```swift
/// extension RegionaltMål {
///     static let b1_1 = RegionaltMål("B1.1", .barnOchUnga, .förebyggandeOchFrämjande,
///                                    "Föräldrar ska erbjudas stöd under barnets hela uppväxt",
///                                    region: .västraGötaland)
/// }
/// Mål("1.1", "Föräldrar ska erbjudas stöd …", genomför: .b1_1) { … }
/// ```
public struct RegionaltMål: Sendable, Hashable, Codable, Identifiable {
    /// The goal's id: target group letter and number, "B1.1".
    public let id: String
    public let målgrupp: Målgrupp
    public let fokusområde: Fokusområde
    public let rubrik: String
    public let text: [Textblock]
    /// The region whose regional plan sets the goal; its site lists the goal.
    public let region: Region?

    public init(_ id: String, _ målgrupp: Målgrupp, _ fokusområde: Fokusområde, _ rubrik: String,
                region: Region? = nil, @Samla<Textblock> text: () -> [Textblock] = { [] }) {
        self.id = id
        self.målgrupp = målgrupp
        self.fokusområde = fokusområde
        self.rubrik = rubrik
        self.text = text()
        self.region = region
    }

    /// The goal's number within its fokusområde, "1.1" for B1.1.
    public var nummer: String { String(id.drop { $0.isLetter }) }
}

extension Samla where Element == Textblock {
    public static func buildExpression(_ stycke: Stycke) -> [Textblock] { [stycke.textblock] }
    public static func buildExpression(_ lista: Punktlista) -> [Textblock] { [lista.textblock] }
    public static func buildExpression(_ lista: NumreradLista) -> [Textblock] { [lista.textblock] }
}

/// Whom a regional goal is for.
public enum Målgrupp: String, Sendable, Hashable, Codable, CaseIterable {
    case barnOchUnga
    case vuxna

    /// The group in words, for messages: "barn och unga", "vuxna".
    public var namn: String {
        switch self {
        case .barnOchUnga: return "barn och unga"
        case .vuxna: return "vuxna"
        }
    }
}

import PlanModel

/// A reference to a regional goal, with the report's own wording of its heading where
/// the report words it differently from the goal's definition. The goal itself is never
/// retyped: it is the typed constant (`.v1_1`).
///
/// ```swift
/// let b3_1 = Målreferens(.b3_1, rubrik: "Barn och unga som har behov av samordnade insatser ska ha en SIP/Västbusplan")
/// Mållista(.barnOchUnga) { .b1_1; .b1_2; b3_1 }
/// ```
public struct Målreferens: Sendable, Hashable, Codable {
    public var mål: RegionaltMål
    /// The report's wording of the heading; nil where it is the goal's own.
    public var egenRubrik: String?

    public init(_ mål: RegionaltMål, rubrik: String? = nil) {
        self.mål = mål
        self.egenRubrik = rubrik
    }

    /// The heading as the report prints it.
    public var rubrik: String { egenRubrik ?? mål.rubrik }

    public var id: String { mål.id }
}

extension Samla where Element == Målreferens {
    public static func buildExpression(_ mål: RegionaltMål) -> [Målreferens] { [Målreferens(mål)] }
}

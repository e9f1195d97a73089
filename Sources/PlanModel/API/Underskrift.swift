/// A signatory of the plan.
///
/// ```swift
/// Underskrift("Maria Norrby", titel: "arbetsmarknadsdirektör", förvaltning: "arbetsmarknadsförvaltningen")
/// ```
public struct Underskrift: Sendable, Hashable, Codable {
    public var namn: String
    public var titel: String
    public var förvaltning: String?

    public init(_ namn: String, titel: String, förvaltning: String? = nil) {
        self.namn = namn
        self.titel = titel
        self.förvaltning = förvaltning
    }
}

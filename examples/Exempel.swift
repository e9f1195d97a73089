import PlanModel

/// The example plans, transcribed from the seed documents, in the order `render` lists them.
///
/// ```swift
/// for plan in Exempel.planer { print(plan.id) }
/// ```
public enum Exempel {
    public static let planer: [Handlingsplan] = [vänersborg, tanum, helsingborg, västraGötaland]

    /// The example plan with `id`, if any.
    public static func plan(_ id: String) -> Handlingsplan? { planer.first { $0.id == id } }
}

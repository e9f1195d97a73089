import PlanModel

extension LabelKey {
    /// The label of a gender group: "Totalt", "Flickor", "Pojkar".
    ///
    /// ```swift
    /// labels.text(.gender(.flickor))   // "Flickor"
    /// ```
    public static func gender(_ kön: Kön) -> LabelKey {
        switch kön {
        case .totalt: return .followUpGenderTotal
        case .flickor: return .followUpGenderGirls
        case .pojkar: return .followUpGenderBoys
        }
    }
}

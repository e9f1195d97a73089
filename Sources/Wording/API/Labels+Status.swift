import PlanModel

extension Labels {
    /// A follow-up status in the label file's words, for every layout that prints one.
    ///
    /// ```swift
    /// labels.text(for: .pågående)   // "pågående"
    /// ```
    public func text(for status: Status) -> String {
        switch status {
        case .genomförd: return text(.statusDone)
        case .pågående: return text(.statusOngoing)
        case .ejPåbörjad: return text(.statusNotStarted)
        case .inställd: return text(.statusCancelled)
        }
    }
}

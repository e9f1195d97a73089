/// How widespread the work on a goal is across the organisations analysed.
///
/// ```swift
/// Målöversikt(.vuxna, .utbrett) { Målbedömning(.v1_1, "Samtliga vårdsamverkansområden …") }
/// ```
public enum Omfattning: String, Sendable, Hashable, Codable, CaseIterable {
    /// Most organisations work on the goal (*utbrett länsgemensamt arbete*).
    case utbrett
    /// Few organisations work on the goal (*begränsat länsgemensamt arbete*).
    case begränsat
    /// No organisation reports any activity for the goal.
    case saknas
}

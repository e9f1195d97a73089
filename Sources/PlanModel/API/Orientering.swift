/// Which way the pages of a plan's goal sections turn, when the plan decides it rather
/// than each table's width (Tanum's plan is landscape throughout, as its seed is).
///
/// ```swift
/// Handlingsplan(id: "tanum", …, tabellayout: .vadOchIndikator, orientering: .liggande) { … }
/// ```
public enum Orientering: String, Sendable, Hashable, Codable, CaseIterable {
    /// Upright pages.
    case stående
    /// Turned pages, for wide activity tables.
    case liggande
}

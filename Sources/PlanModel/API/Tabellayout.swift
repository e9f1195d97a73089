/// How a plan lays out its goals' activities, as its seed document does.
public enum Tabellayout: String, Sendable, Hashable, Codable, CaseIterable {
    /// Vänersborg: Aktivitet | Delmål | När | Ansvar | Uppföljning.
    case delmål
    /// Tanum: Aktivitet | Vad | Indikator | När | Ansvarig | Uppföljning.
    case vadOchIndikator
    /// Helsingborg: themes with short- and long-term goals and indicators.
    case teman
}

/// How a plan words its fokusområde headings.
public enum Fokusrubrik: String, Sendable, Hashable, Codable, CaseIterable {
    /// "1. Förebyggande och främjande arbete"
    case nummer
    /// "Fokusområde 1. Förebyggande och främjande arbete"
    case medOrd
}

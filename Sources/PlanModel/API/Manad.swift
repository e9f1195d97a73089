/// A month of the year.
///
/// ```swift
/// let tid = Tid.månad(.maj, 2020)   // "Maj 2020"
/// ```
public enum Månad: Int, Sendable, Hashable, Codable, CaseIterable {
    case januari = 1, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december
}

/// A school term: *vt* (spring, January–June) or *ht* (autumn, August–December).
///
/// ```swift
/// let tid = Tid.termin(.ht, 2021)   // "ht 2021"
/// ```
public enum Termin: String, Sendable, Hashable, Codable, CaseIterable {
    case vt, ht

    var förstaMånad: Månad { self == .vt ? .januari : .augusti }
    var sistaMånad: Månad { self == .vt ? .juni : .december }
}

/// The unit a recurring activity repeats over.
public enum Periodenhet: String, Sendable, Hashable, Codable, CaseIterable {
    case vecka, månad, termin, år
}

/// Something that happens again and again: *varje år*, *2 grupper per termin*.
///
/// ```swift
/// let tid = Tid.återkommande(.varje(.år))
/// let grupper = Tid.återkommande(.antal(2, "grupper", per: .termin))
/// ```
public enum Återkommande: Sendable, Hashable, Codable {
    /// Once every unit: *varje år*.
    case varje(Periodenhet)
    /// A count of something per unit: *2 grupper per termin*.
    case antal(Int, String, per: Periodenhet)
}

/// One problem found by validation, with the Swift source line that caused it.
///
/// ```swift
/// for diagnos in plan.validera() {
///     print(diagnos)   // "…/examples/Vanersborg.swift:120: varning: Aktiviteten … saknar ansvarig."
/// }
/// ```
public struct Diagnos: Sendable, Hashable, CustomStringConvertible {
    public enum Allvarlighet: String, Sendable, Hashable, Comparable {
        /// The plan cannot be rendered until this is fixed.
        case fel
        /// The plan renders, but something is missing or odd.
        case varning

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .fel && rhs == .varning }
    }

    public let allvarlighet: Allvarlighet
    public let meddelande: String
    public let plats: Källplats

    public init(_ allvarlighet: Allvarlighet, _ meddelande: String, plats: Källplats) {
        self.allvarlighet = allvarlighet
        self.meddelande = meddelande
        self.plats = plats
    }

    public var description: String { "\(plats): \(allvarlighet.rawValue): \(meddelande)" }

    /// The diagnostic with its file relative to `katalog`, as the CLI prints it.
    public func text(relativTill katalog: String) -> String {
        "\(plats.relativ(till: katalog)): \(allvarlighet.rawValue): \(meddelande)"
    }

    // Unlike plan elements, diagnostics differ by where they point.
    public static func == (lhs: Diagnos, rhs: Diagnos) -> Bool {
        lhs.allvarlighet == rhs.allvarlighet && lhs.meddelande == rhs.meddelande
            && lhs.plats.fil == rhs.plats.fil && lhs.plats.rad == rhs.plats.rad
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(allvarlighet)
        hasher.combine(meddelande)
        hasher.combine(plats.fil)
        hasher.combine(plats.rad)
    }
}

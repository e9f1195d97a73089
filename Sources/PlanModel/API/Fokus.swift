/// The part of a plan about one fokusområde: optional introductory text, then its goals.
///
/// ```swift
/// Fokus(.förebyggandeOchFrämjande) {
///     Mål("1.1", "Föräldrar ska erbjudas stöd under barnets hela uppväxt") { … }
///     Mål("1.2", "Alla elever ska lämna grund- och gymnasieskolan med godkända betyg") { … }
/// }
/// ```
///
/// `rubrik` keeps a plan's own wording of the area's name where it differs from the
/// national one (Helsingborg: "Tillgängliga och tidiga insatser").
public struct Fokus: Sendable, Hashable, Codable {
    public var område: Fokusområde
    public var rubrik: String?
    public var text: [Textblock]
    public var mål: [Mål]
    public var plats: Källplats

    public init(_ område: Fokusområde, rubrik: String? = nil, fil: String = #fileID, rad: Int = #line,
                @Samla<any Fokusdel> _ innehåll: () -> [any Fokusdel]) {
        self.område = område
        self.rubrik = rubrik
        self.text = []
        self.mål = []
        self.plats = Källplats(fil: fil, rad: rad)
        for del in innehåll() { del.lägg(till: &self) }
    }

    /// The heading name: the plan's wording, else the national name.
    public var namn: String { rubrik ?? område.namn }
}

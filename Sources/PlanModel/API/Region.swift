/// The region a plan belongs to: one of Sweden's 21 regions. The regional office's site
/// is built per region, and a regional goal's page lists only its own region's plans.
///
/// ```swift
/// Handlingsplan(id: "helsingborg", organisationer: ["Helsingborgs stad"], titel: "…",
///               period: .år(2021), region: .skåne) { … }
/// Region.västraGötaland.namn   // "Västra Götaland"
/// Region.skåne.id              // "skane"
/// ```
public enum Region: String, Sendable, Hashable, Codable, CaseIterable {
    case blekinge
    case dalarna
    case gotland
    case gävleborg = "gavleborg"
    case halland
    case jämtlandHärjedalen = "jamtland-harjedalen"
    case jönköpingsLän = "jonkopings-lan"
    case kalmarLän = "kalmar-lan"
    case kronoberg
    case norrbotten
    case skåne = "skane"
    case stockholm
    case sörmland = "sormland"
    case uppsala
    case värmland = "varmland"
    case västerbotten = "vasterbotten"
    case västernorrland = "vasternorrland"
    case västmanland = "vastmanland"
    case västraGötaland = "vastra-gotaland"
    case örebroLän = "orebro-lan"
    case östergötland = "ostergotland"

    /// The region's id for file and folder names: lowercase a–z and hyphens, "vastra-gotaland".
    public var id: String { rawValue }

    /// The region's name as it is written: "Västra Götaland".
    public var namn: String {
        switch self {
        case .blekinge: return "Blekinge"
        case .dalarna: return "Dalarna"
        case .gotland: return "Gotland"
        case .gävleborg: return "Gävleborg"
        case .halland: return "Halland"
        case .jämtlandHärjedalen: return "Jämtland Härjedalen"
        case .jönköpingsLän: return "Jönköpings län"
        case .kalmarLän: return "Kalmar län"
        case .kronoberg: return "Kronoberg"
        case .norrbotten: return "Norrbotten"
        case .skåne: return "Skåne"
        case .stockholm: return "Stockholm"
        case .sörmland: return "Sörmland"
        case .uppsala: return "Uppsala"
        case .värmland: return "Värmland"
        case .västerbotten: return "Västerbotten"
        case .västernorrland: return "Västernorrland"
        case .västmanland: return "Västmanland"
        case .västraGötaland: return "Västra Götaland"
        case .örebroLän: return "Örebro län"
        case .östergötland: return "Östergötland"
        }
    }
}

/// The five national focus areas of the agreement on mental health, in their order.
///
/// ```swift
/// Fokusområde.förebyggandeOchFrämjande.nummer   // 1
/// Fokusområde.utsattaGrupper.namn               // "Utsatta grupper"
/// ```
public enum Fokusområde: Int, Sendable, Hashable, CaseIterable, Comparable {
    case förebyggandeOchFrämjande = 1
    case tillgängligaTidigaInsatser = 2
    case enskildasDelaktighet = 3
    case utsattaGrupper = 4
    case ledningStyrningOrganisation = 5

    /// The area's number, 1–5, which is also the first part of its goals' numbers.
    public var nummer: Int { rawValue }

    /// The national name of the area.
    public var namn: String {
        switch self {
        case .förebyggandeOchFrämjande: return "Förebyggande och främjande arbete"
        case .tillgängligaTidigaInsatser: return "Tillgängliga tidiga insatser"
        case .enskildasDelaktighet: return "Enskildas delaktighet och rättigheter"
        case .utsattaGrupper: return "Utsatta grupper"
        case .ledningStyrningOrganisation: return "Ledning, styrning och organisation"
        }
    }

    public static func < (lhs: Fokusområde, rhs: Fokusområde) -> Bool { lhs.rawValue < rhs.rawValue }
}

// Exported with its name, {"nummer": 1, "namn": "Förebyggande och främjande arbete"},
// so open data can be read without the code; only the number is read back.
extension Fokusområde: Codable {
    private enum Nyckel: String, CodingKey { case nummer, namn }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        let nummer = try c.decode(Int.self, forKey: .nummer)
        guard let område = Fokusområde(rawValue: nummer) else {
            throw DecodingError.dataCorruptedError(forKey: .nummer, in: c,
                debugDescription: "Okänt fokusområde \(nummer); numren är 1–5.")
        }
        self = område
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Nyckel.self)
        try c.encode(nummer, forKey: .nummer)
        try c.encode(namn, forKey: .namn)
    }
}

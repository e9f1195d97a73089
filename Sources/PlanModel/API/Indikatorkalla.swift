/// Where an indicator's figures come from: a Kolada key figure, a survey, a register, or
/// the plan's own words.
///
/// A string literal is free text, so a plan may write the source as it stands in the seed
/// and type it once the kind is known:
///
/// ```swift
/// Indikator("Andel elever med gymnasiebehörighet", .resultat, källa: .kolada("N15419"))
/// Indikator("Trygghet i skolan", .resultat, källa: .enkät("Skolenkäten"))
/// Indikator("Antal orosanmälningar", .process, källa: "Socialtjänstens statistik")
/// ```
public enum Indikatorkälla: Sendable, Hashable, ExpressibleByStringLiteral {
    /// A key figure in Kolada, by its id: "N15419".
    case kolada(String)
    /// A survey, by its name: "Skolenkäten", "Elevhälsoenkäten".
    case enkät(String)
    /// A register or official statistics, by its name: "Patientregistret".
    case register(String)
    /// What no other case fits, in the plan's words.
    case fritext(String)

    public init(stringLiteral text: String) { self = .fritext(text) }

    /// The kind of source, as exported: "kolada", "enkät", "register", "fritext".
    public var slag: String {
        switch self {
        case .kolada: return "kolada"
        case .enkät: return "enkät"
        case .register: return "register"
        case .fritext: return "fritext"
        }
    }

    /// The id or name of the source.
    public var namn: String {
        switch self {
        case .kolada(let namn), .enkät(let namn), .register(let namn), .fritext(let namn): return namn
        }
    }
}

extension Indikatorkälla: Codable {
    private enum Nyckel: String, CodingKey { case slag, namn }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        let namn = try c.decode(String.self, forKey: .namn)
        switch try c.decode(String.self, forKey: .slag) {
        case "kolada": self = .kolada(namn)
        case "enkät": self = .enkät(namn)
        case "register": self = .register(namn)
        case "fritext": self = .fritext(namn)
        case let okänt:
            throw DecodingError.dataCorruptedError(forKey: .slag, in: c,
                debugDescription: "Okänt slag av källa \"\(okänt)\"; tillåtna: kolada, enkät, register, fritext.")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Nyckel.self)
        try c.encode(slag, forKey: .slag)
        try c.encode(namn, forKey: .namn)
    }
}

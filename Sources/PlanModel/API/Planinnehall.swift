/// One element of a plan's or a chapter's content, in the plan's order.
///
/// You write these with the DSL words (`Stycke`, `Kapitel`, `Fokus`, `Arbetsgrupp`,
/// `Effektmålstabell`); the layout walks them.
///
/// ```swift
/// for del in plan.innehåll {
///     if case .fokus(let fokus) = del { print(fokus.namn) }
/// }
/// ```
public enum Planinnehåll: Sendable, Hashable {
    case text(Textblock)
    case kapitel(Kapitel)
    case fokus(Fokus)
    case arbetsgrupp(Arbetsgrupp)
    case effektmål(Effektmålstabell)
}

// Exported as single-key objects ({"kapitel": {…}}) for readable open data.
extension Planinnehåll: Codable {
    private enum Nyckel: String, CodingKey { case text, kapitel, fokus, arbetsgrupp, effektmål }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        guard let nyckel = c.allKeys.first, c.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "Planinnehåll ska ha exakt en nyckel: text, kapitel, fokus, arbetsgrupp eller effektmål"))
        }
        switch nyckel {
        case .text: self = .text(try c.decode(Textblock.self, forKey: nyckel))
        case .kapitel: self = .kapitel(try c.decode(Kapitel.self, forKey: nyckel))
        case .fokus: self = .fokus(try c.decode(Fokus.self, forKey: nyckel))
        case .arbetsgrupp: self = .arbetsgrupp(try c.decode(Arbetsgrupp.self, forKey: nyckel))
        case .effektmål: self = .effektmål(try c.decode(Effektmålstabell.self, forKey: nyckel))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Nyckel.self)
        switch self {
        case .text(let v): try c.encode(v, forKey: .text)
        case .kapitel(let v): try c.encode(v, forKey: .kapitel)
        case .fokus(let v): try c.encode(v, forKey: .fokus)
        case .arbetsgrupp(let v): try c.encode(v, forKey: .arbetsgrupp)
        case .effektmål(let v): try c.encode(v, forKey: .effektmål)
        }
    }
}

// Times are exported as tagged objects ({"typ": "läsår", "start": 2022}) so the open-data
// JSON reads without knowing Swift's enum encoding.

extension Tid: Codable {
    private enum Nyckel: String, CodingKey {
        case typ, år, startår, slutår, från, till, termin, månad, datum, återkommande, tid, kommentar, text
    }

    private enum Typ: String, Codable {
        case år, årsintervall, läsår, termin, månad, datum, intervall, frånOchMed, pågående
        case återkommande, kommenterad, inledd, fritext
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        switch try c.decode(Typ.self, forKey: .typ) {
        case .år: self = .år(try c.decode(Int.self, forKey: .år))
        case .årsintervall: self = .årsintervall(try c.decode(Int.self, forKey: .startår), try c.decode(Int.self, forKey: .slutår))
        case .läsår: self = .läsår(try c.decode(Int.self, forKey: .startår))
        case .termin: self = .termin(try c.decode(Termin.self, forKey: .termin), try c.decode(Int.self, forKey: .år))
        case .månad: self = .månad(try c.decode(Månad.self, forKey: .månad), try c.decode(Int.self, forKey: .år))
        case .datum: self = .datum(try c.decode(Datum.self, forKey: .datum))
        case .intervall: self = .intervall(try c.decode(Tid.self, forKey: .från), try c.decode(Tid.self, forKey: .till))
        case .frånOchMed: self = .frånOchMed(try c.decode(Tid.self, forKey: .från))
        case .pågående: self = .pågående
        case .återkommande: self = .återkommande(try c.decode(Återkommande.self, forKey: .återkommande))
        case .kommenterad: self = .kommenterad(try c.decode(Tid.self, forKey: .tid), try c.decode(String.self, forKey: .kommentar))
        case .inledd: self = .inledd(try c.decode(String.self, forKey: .kommentar), try c.decode(Tid.self, forKey: .tid))
        case .fritext: self = .fritext(try c.decode(String.self, forKey: .text))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Nyckel.self)
        switch self {
        case .år(let år):
            try c.encode(Typ.år, forKey: .typ)
            try c.encode(år, forKey: .år)
        case .årsintervall(let från, let till):
            try c.encode(Typ.årsintervall, forKey: .typ)
            try c.encode(från, forKey: .startår)
            try c.encode(till, forKey: .slutår)
        case .läsår(let start):
            try c.encode(Typ.läsår, forKey: .typ)
            try c.encode(start, forKey: .startår)
        case .termin(let termin, let år):
            try c.encode(Typ.termin, forKey: .typ)
            try c.encode(termin, forKey: .termin)
            try c.encode(år, forKey: .år)
        case .månad(let månad, let år):
            try c.encode(Typ.månad, forKey: .typ)
            try c.encode(månad, forKey: .månad)
            try c.encode(år, forKey: .år)
        case .datum(let datum):
            try c.encode(Typ.datum, forKey: .typ)
            try c.encode(datum, forKey: .datum)
        case .intervall(let från, let till):
            try c.encode(Typ.intervall, forKey: .typ)
            try c.encode(från, forKey: .från)
            try c.encode(till, forKey: .till)
        case .frånOchMed(let från):
            try c.encode(Typ.frånOchMed, forKey: .typ)
            try c.encode(från, forKey: .från)
        case .pågående:
            try c.encode(Typ.pågående, forKey: .typ)
        case .återkommande(let återkommande):
            try c.encode(Typ.återkommande, forKey: .typ)
            try c.encode(återkommande, forKey: .återkommande)
        case .kommenterad(let tid, let kommentar):
            try c.encode(Typ.kommenterad, forKey: .typ)
            try c.encode(tid, forKey: .tid)
            try c.encode(kommentar, forKey: .kommentar)
        case .inledd(let kommentar, let tid):
            try c.encode(Typ.inledd, forKey: .typ)
            try c.encode(kommentar, forKey: .kommentar)
            try c.encode(tid, forKey: .tid)
        case .fritext(let text):
            try c.encode(Typ.fritext, forKey: .typ)
            try c.encode(text, forKey: .text)
        }
    }
}

extension Återkommande {
    private enum Nyckel: String, CodingKey { case varje, antal, vad, per }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        if let enhet = try c.decodeIfPresent(Periodenhet.self, forKey: .varje) {
            self = .varje(enhet)
        } else {
            self = .antal(try c.decode(Int.self, forKey: .antal), try c.decode(String.self, forKey: .vad),
                          per: try c.decode(Periodenhet.self, forKey: .per))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Nyckel.self)
        switch self {
        case .varje(let enhet):
            try c.encode(enhet, forKey: .varje)
        case .antal(let antal, let vad, let per):
            try c.encode(antal, forKey: .antal)
            try c.encode(vad, forKey: .vad)
            try c.encode(per, forKey: .per)
        }
    }
}

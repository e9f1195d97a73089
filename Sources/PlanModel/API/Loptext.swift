/// Running text with emphasis, strong text and links: the content of a paragraph, a list
/// item or a table cell.
///
/// A plain string literal is a `Löptext`; the DSL's builder mixes in the rest:
///
/// ```swift
/// let text: Löptext = "Alla barn i centrum"
/// let rik = Löptext {
///     "Varje aktör ska medverka till inriktningsmålet: "
///     Betonad("Fler barn och unga uppnår bättre skolresultat.")
///     Länk("SPISS", till: "https://vardgivare.skane.se/")
/// }
/// let hänvisning = Löptext { "läs mer under "; Hänvisning("s. ", till: "resultat") }
/// ```
public struct Löptext: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The runs in order.
    public var delar: [Textdel] {
        get {
            switch storage {
            case .text(let text): return [.text(text)]
            case .delar(let delar): return delar
            }
        }
        set { storage = Storage(newValue) }
    }

    // Most texts of a plan are one plain run: that is held as its string alone, without an
    // array of one run of its own (a plan of many rows holds several per row).
    private var storage: Storage

    private enum Storage: Sendable, Hashable {
        case text(String)
        case delar([Textdel])

        init(_ delar: [Textdel]) {
            if delar.count == 1, case .text(let text) = delar[0] { self = .text(text) } else { self = .delar(delar) }
        }
    }

    /// The string of a text that is one plain run, else nil: what layouts use to skip the runs.
    package var ensamText: String? {
        guard case .text(let text) = storage else { return nil }
        return text
    }

    public init(delar: [Textdel]) { storage = Storage(delar) }

    public init(stringLiteral text: String) { self.init(delar: [.text(text)]) }

    public init(_ text: String) { self.init(delar: [.text(text)]) }

    public init(@Samla<Textdel> _ delar: () -> [Textdel]) { self.init(delar: delar()) }

    /// The text without formatting, as a reader would read it aloud.
    public var ren: String { ensamText ?? delar.map(\.ren).joined() }

    public var description: String { ren }
}

/// One run of a `Löptext`.
public enum Textdel: Sendable, Hashable {
    case text(String)
    case betonad(String)
    case fet(String)
    case länk(String, adress: String)
    /// A reference to the section whose id is `till`: printed documents give the words and
    /// the section's page ("s. 57"), web pages and text the section's title instead.
    case hänvisning(String, till: String)

    public var ren: String {
        switch self {
        case .text(let s), .betonad(let s), .fet(let s), .länk(let s, _), .hänvisning(let s, _): return s
        }
    }
}

// Exported as a plain string where the text has one unformatted run, else as the list
// of its runs: [{"text": "…"}, {"betonad": "…"}, {"länk": "…", "adress": "…"}].
extension Löptext: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            self.init(delar: [.text(text)])
        } else {
            self.init(delar: try c.decode([Textdel].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if delar.count == 1, case .text(let text) = delar[0] {
            try c.encode(text)
        } else {
            try c.encode(delar)
        }
    }
}

extension Textdel: Codable {
    private enum Nyckel: String, CodingKey { case text, betonad, fet, länk, adress, hänvisning, till }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Nyckel.self)
        if let s = try c.decodeIfPresent(String.self, forKey: .betonad) { self = .betonad(s) }
        else if let s = try c.decodeIfPresent(String.self, forKey: .fet) { self = .fet(s) }
        else if let s = try c.decodeIfPresent(String.self, forKey: .länk) {
            self = .länk(s, adress: try c.decode(String.self, forKey: .adress))
        } else if let s = try c.decodeIfPresent(String.self, forKey: .hänvisning) {
            self = .hänvisning(s, till: try c.decode(String.self, forKey: .till))
        } else { self = .text(try c.decode(String.self, forKey: .text)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Nyckel.self)
        switch self {
        case .text(let s): try c.encode(s, forKey: .text)
        case .betonad(let s): try c.encode(s, forKey: .betonad)
        case .fet(let s): try c.encode(s, forKey: .fet)
        case .länk(let s, let adress):
            try c.encode(s, forKey: .länk)
            try c.encode(adress, forKey: .adress)
        case .hänvisning(let s, let till):
            try c.encode(s, forKey: .hänvisning)
            try c.encode(till, forKey: .till)
        }
    }
}

import PlanModel

// Model values as DSL source text, in the house style of examples/.
enum SwiftSource {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func datum(_ datum: Datum) -> String { "Datum(\(datum.år), \(datum.månad), \(datum.dag))" }

    static func tid(_ tid: Tid) -> String {
        switch tid {
        case .år(let år): return ".år(\(år))"
        case .årsintervall(let a, let b): return ".årsintervall(\(a), \(b))"
        case .läsår(let år): return ".läsår(\(år))"
        case .termin(let termin, let år): return ".termin(.\(termin.rawValue), \(år))"
        case .månad(let månad, let år): return ".månad(.\(monthName(månad)), \(år))"
        case .datum(let d): return ".datum(\(datum(d)))"
        case .intervall(let a, let b): return ".intervall(\(Self.tid(a)), \(Self.tid(b)))"
        case .frånOchMed(let a): return ".frånOchMed(\(Self.tid(a)))"
        case .pågående: return ".pågående"
        case .återkommande(.varje(let enhet)): return ".återkommande(.varje(.\(enhet.rawValue)))"
        case .återkommande(.antal(let antal, let vad, let enhet)):
            return ".återkommande(.antal(\(antal), \(string(vad)), per: .\(enhet.rawValue)))"
        case .kommenterad(let inner, let kommentar): return "\(Self.tid(inner)).med(\(string(kommentar)))"
        case .inledd(let ord, let inner): return "\(Self.tid(inner)).inledd(\(string(ord)))"
        case .fritext(let text): return ".fritext(\(string(text)))"
        }
    }

    private static func monthName(_ månad: Månad) -> String {
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
         "november", "december"][månad.rawValue - 1]
    }

    /// A running text: a string literal when it is plain, otherwise a `Löptext { … }` block.
    static func löptext(_ parts: [Textdel], indent: String) -> String {
        if parts.isEmpty { return "\"\"" }
        if parts.count == 1, case .text(let text) = parts[0] { return string(text) }
        return "Löptext {\n" + textParts(parts, indent: indent + "    ") + indent + "}"
    }

    /// The parts one per line, for a builder that takes them directly (`Stycke { … }`).
    static func textParts(_ parts: [Textdel], indent: String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return indent + string(text) + "\n"
            case .betonad(let text): return indent + "Betonad(\(string(text)))\n"
            case .fet(let text): return indent + "Fet(\(string(text)))\n"
            case .länk(let text, let adress): return indent + "Länk(\(string(text)), till: \(string(adress)))\n"
            case .hänvisning(let text, let till): return indent + "Hänvisning(\(string(text)), till: \(string(till)))\n"
            }
        }.joined()
    }
}

import Foundation

/// A copy of a Codable value with hostile text in every free-text slot: every string of
/// its JSON form gets a payload appended (link addresses are replaced by hostile
/// addresses), except strings the value cannot hold other text in (dates, kinds, times:
/// decoding fails) or that would make it invalid (`isValid`), and the references `kept`
/// names (ids, goal numbers). Found by trying each JSON key in turn, so every field the
/// model has, or gets later, is covered without this file naming it.
struct HostileVariant<Value: Codable> {
    /// JSON keys whose strings are never changed.
    static var kept: Set<String> { ["id", "nummer", "regionaltMål"] }
    /// The JSON key of link addresses.
    static var addressKey: String { "adress" }

    let original: Value
    let isValid: (Value) -> Bool
    /// The keys whose strings are changed.
    let keys: Set<String>

    init(_ value: Value, isValid: @escaping (Value) -> Bool = { _ in true }) throws {
        original = value
        self.isValid = isValid
        let tree = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        var candidates: [String] = []
        Self.collectKeys(tree, key: nil, into: &candidates)
        var accepted: Set<String> = []
        for key in candidates where !Self.kept.contains(key) {
            let trial = accepted.union([key])
            if let value = try? Self.apply(tree, keys: trial, text: HostileTexts.text, address: HostileTexts.address),
               isValid(value) {
                accepted = trial
            }
        }
        keys = accepted
    }

    /// The value with `text(n)` appended to its n-th changed string and `address(n)` as
    /// its n-th link address.
    func value(text: (Int) -> String = HostileTexts.text, address: (Int) -> String = HostileTexts.address) throws -> Value {
        let tree = try JSONSerialization.jsonObject(with: JSONEncoder().encode(original))
        return try Self.apply(tree, keys: keys, text: text, address: address)
    }

    private static func apply(_ tree: Any, keys: Set<String>, text: (Int) -> String, address: (Int) -> String) throws -> Value {
        var counter = 0
        func walk(_ node: Any, key: String?) -> Any {
            switch node {
            case let dictionary as [String: Any]:
                return Dictionary(uniqueKeysWithValues: dictionary.sorted { $0.key < $1.key }.map { ($0.key, walk($0.value, key: $0.key)) })
            case let array as [Any]:
                return array.map { walk($0, key: key) }
            case let string as String:
                guard let key, keys.contains(key) else { return string }
                counter += 1
                return key == addressKey ? address(counter) : string + " " + text(counter)
            default:
                return node
            }
        }
        let changed = walk(tree, key: nil)
        return try JSONDecoder().decode(Value.self, from: JSONSerialization.data(withJSONObject: changed))
    }

    private static func collectKeys(_ node: Any, key: String?, into keys: inout [String]) {
        switch node {
        case let dictionary as [String: Any]:
            for (name, value) in dictionary.sorted(by: { $0.key < $1.key }) { collectKeys(value, key: name, into: &keys) }
        case let array as [Any]:
            for value in array { collectKeys(value, key: key, into: &keys) }
        case is String:
            if let key, !keys.contains(key) { keys.append(key) }
        default:
            break
        }
    }
}

/// The hostile strings: every class a careless or hostile writer produces.
enum HostileTexts {
    static let texts: [String] = [
        "<script>alert('x')</script>",
        #""><img src=x onerror=alert(1)> ' onmouseover='alert(2)"#,
        "&amp; &lt;b&gt; &#0; &#x1b; &nbsp",
        "{{titel}} {{{dokument}}} {{>sidfot}} {{#innehall}}x{{/innehall}} {{=<% %>=}}",
        "NUL\u{0} BEL\u{07} ESC\u{1B}[31m VT\u{0B} FF\u{0C} DEL\u{7F} C1\u{85}\u{9B}",
        "rad\r\nny rad\rtredje\nfjärde\ttabb",
        "\u{202E}vänd\u{202C} \u{2066}isolat\u{2069} \u{200F}rlm",
        // Swift literals refuse noncharacters; they are made from their values.
        String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE].compactMap(Unicode.Scalar.init))) + " icke-tecken",
        String(repeating: "Långtord", count: 40),
        "]]> <![CDATA[x]]> <?xml version=\"1.0\"?> <!-- kommentar --> <w:p/>",
        "${jndi:ldap://x} %s %n \\ \\\\ \\u0000",
        "   inledande och avslutande   ",
        "👩‍👩‍👧 ẞ Å̊ 𝔘 \u{00AD}mjukt bindestreck",
        "”citat” ’apostrof’ «gåsögon»",
        "https://example.se/<script> javascript:alert(3) [länk](javascript:x)",
        "*fet* _kursiv_ # rubrik\n- punkt\n| a | b |",
    ]

    static let addresses: [String] = [
        "javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
        "\\\\server\\share", "//evil.example/", "/\\evil.example", "https://bank.se@evil.example/",
        "https://exa mple.se/", "https://example.se/a b\"c<d>e\\f?q=\"'<>#frag#x%zz", "mailto:a@b.se?subject=hej då",
        "tel:+46 70 123 45 67", "../../../etc/passwd", "sida.html#mal-1-1", "#mal-1-1", "https://example.se/ö?å=ä",
        "", "   ", "https://", "http://[::1]/",
    ]

    static func text(_ n: Int) -> String { texts[n % texts.count] + " \(n)" }
    static func address(_ n: Int) -> String { addresses[n % addresses.count] }
    /// Harmless text in place of `text(n)`, with its line breaks (which layouts may turn
    /// into paragraphs), for pages to compare with.
    static func harmless(_ n: Int) -> String {
        let lines = texts[n % texts.count].split(omittingEmptySubsequences: false) { ["\n", "\r\n", "\r"].contains($0) }
        return lines.map { _ in "Text" }.joined(separator: "\n") + " \(n)"
    }
}

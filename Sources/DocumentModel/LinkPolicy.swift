/// Which link addresses a document may carry, for every writer alike. A plan is text
/// written by people (and pasted from elsewhere): a `javascript:`, `data:`, `vbscript:` or
/// `file:` address would run code or open a local file when clicked, `//host` and
/// `\\host` reach another server while looking relative, and `https://bank.se@host`
/// hides its real host. So only these become links:
///
/// - `https:` and `http:` with a plain host (letters, digits, `-`, `.`, an optional port;
///   no user name before an `@`),
/// - `mailto:` and `tel:`,
/// - `#anchor` and relative paths that stay within the site (no leading `/`, `//` or
///   `\`, no `..` climbing above the folder).
///
/// An address that passes is percent-encoded where a reader would otherwise break it:
/// spaces, quotes, `<`, `>`, `\`, controls, a `%` not followed by two hex digits, a
/// second `#`. Everything else is shown as its words, without a link.
///
/// ```swift
/// LinkPolicy.address("https://skr.se/en sida")   // "https://skr.se/en%20sida"
/// LinkPolicy.address("javascript:alert(1)")      // nil
/// ```
public enum LinkPolicy {
    /// The schemes a link may have, lowercase.
    public static let allowedSchemes: [String] = ["https", "http", "mailto", "tel"]

    /// The address as a writer should write it, or nil when it must not be a link.
    public static func address(_ url: String) -> String? {
        if isPlainWebAddress(url) || isPlainAnchor(url) { return url }
        // Leading and trailing spaces and controls are what URL parsers strip too.
        let scalars = url.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
              let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return nil }
        let trimmed = String(scalars[first...last])
        // Browsers delete tabs and newlines inside an address ("java\tscript:"), so an
        // address holding any control is refused rather than guessed at.
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return nil
        }
        if let scheme = scheme(of: trimmed) {
            switch scheme.lowercased() {
            case "https", "http":
                guard hasPlainHost(trimmed.dropFirst(scheme.count + 1)) else { return nil }
            case "mailto", "tel":
                guard trimmed.count > scheme.count + 1 else { return nil }
            default:
                return nil
            }
            return encoded(trimmed)
        }
        guard isWithinSite(trimmed) else { return nil }
        return encoded(trimmed)
    }

    /// Whether `url` is a link within the page as layouts make them (`#` and an anchor of
    /// ASCII letters, digits, `-`, `_` and `.`), which `address` returns as it is. Told by
    /// its bytes.
    private static func isPlainAnchor(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard bytes.first == UInt8(ascii: "#") else { return false }
            return bytes.dropFirst().allSatisfy { byte in
                byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0x30 && byte <= 0x39
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            }
        }
    }

    /// Whether `url` is the commonest address, which `address` returns as it is: `https://`
    /// or `http://`, a host of ASCII letters, digits, `-` and `.` (no port, no user), then
    /// only bytes that need no encoding (a `%` only before two hex digits) and at most one `#`. Told by its bytes, without the
    /// scalar views the full check walks.
    private static func isPlainWebAddress(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            let start = bytes.starts(with: "https://".utf8) ? 8 : bytes.starts(with: "http://".utf8) ? 7 : 0
            guard start > 0 else { return false }
            func isAlphanumeric(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0x30 && byte <= 0x39 }
            var end = start
            while end < bytes.count, isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".") {
                // A host may not start with "." or "-", nor hold "..".
                guard end > start || isAlphanumeric(bytes[end]) else { return false }
                guard !(bytes[end] == UInt8(ascii: ".") && bytes[end - 1] == UInt8(ascii: ".")) else { return false }
                end += 1
            }
            guard end > start else { return false }
            guard end == bytes.count || bytes[end] == UInt8(ascii: "/") || bytes[end] == UInt8(ascii: "?")
                || bytes[end] == UInt8(ascii: "#") else { return false }
            func isHexDigit(_ index: Int) -> Bool {
                index < bytes.count && ((bytes[index] | 0x20) &- UInt8(ascii: "a") < 6 || bytes[index] &- UInt8(ascii: "0") < 10)
            }
            var hashes = 0
            var index = end
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "#") { hashes += 1 }
                // A `%` before two hex digits is an escape `encoded` keeps as it is.
                if byte == UInt8(ascii: "%") && isHexDigit(index) && isHexDigit(index + 1) {
                    index += 2
                    continue
                }
                guard isAlphanumeric(byte) || "-._~/?=&;,+!*()$:#".utf8.contains(byte) else { return false }
            }
            return hashes <= 1
        }
    }

    /// Why `url` is not a link, in Swedish, for validation to print; nil when it is one.
    public static func refusal(_ url: String) -> String? {
        guard address(url) == nil else { return nil }
        return "bara adresser som börjar med \(allowedSchemes.map { "\($0):" }.joined(separator: ", ")) "
            + "och relativa adresser inom webbplatsen blir länkar"
    }

    /// The scheme: letters, digits, `+`, `-`, `.` from a letter up to the first `:`, if
    /// that comes before any `/`, `?`, `#` or `\`.
    private static func scheme(of url: String) -> Substring? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard !candidate.contains(where: { "/?#\\".contains($0) }) else { return nil }
        // Anything before a colon is treated as a scheme, also one no URL parser would
        // accept ("a b:"), so that it is refused rather than read as a relative path.
        return candidate
    }

    /// `//host[:port]` followed by nothing, `/`, `?` or `#`.
    private static func hasPlainHost(_ rest: Substring) -> Bool {
        guard rest.hasPrefix("//") else { return false }
        let authority = rest.dropFirst(2).prefix { !"/?#".contains($0) }
        guard !authority.isEmpty, !authority.contains("@" as Character), !authority.contains("\\" as Character) else { return false }
        var host = authority
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard port.allSatisfy(\.isASCIIDigit), port.count <= 5 else { return false }
            host = authority[..<colon]
        }
        guard !host.isEmpty, !host.hasPrefix("."), !host.hasPrefix("-"), host.firstRange(ofText: "..") == nil else { return false }
        return host.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
        }
    }

    /// A fragment, or a relative path whose `..` never climb above its folder.
    private static func isWithinSite(_ url: String) -> Bool {
        if url.hasPrefix("#") { return true }
        guard !url.hasPrefix("/"), !url.hasPrefix("\\") else { return false }
        let path = url.prefix { !"?#".contains($0) }
        var depth = 0
        for segment in path.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "\\" }) {
            switch segment {
            case "..":
                depth -= 1
                if depth < 0 { return false }
            case ".", "": continue
            default: depth += 1
            }
        }
        return true
    }

    /// Percent-encodes what may not stand in an address as written.
    private static func encoded(_ url: String) -> String {
        guard needsEncoding(url) else { return url }
        var result = ""
        var seenHash = false
        let scalars = Array(url.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case " ", "\"", "'", "<", ">", "\\", "^", "`", "{", "|", "}", "[", "]":
                result += percent(scalar)
            case "#" where seenHash:
                result += "%23"
            case "#":
                seenHash = true
                result.unicodeScalars.append(scalar)
            case "%":
                let next = scalars.dropFirst(index + 1).prefix(2)
                if next.count == 2 && next.allSatisfy({ $0.properties.isASCIIHexDigit }) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "%25"
                }
            case _ where scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.properties.generalCategory == .spaceSeparator || TextHygiene.removes(scalar):
                result += percent(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `encoded(_:)` changes anything, looked at in the bytes: an address of
    /// printable ASCII but the marks it encodes, with at most one `#` and each `%` before
    /// two hex digits, stays as it is; any other byte is left to the scalar-by-scalar look.
    private static func needsEncoding(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            var seenHash = false
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "#"):
                    if seenHash { return true }
                    seenHash = true
                case UInt8(ascii: "%"):
                    func isHex(_ offset: Int) -> Bool {
                        index + offset < bytes.count && (bytes[index + offset] | 0x20) &- UInt8(ascii: "a") < 6
                            || index + offset < bytes.count && bytes[index + offset] &- UInt8(ascii: "0") < 10
                    }
                    if !(isHex(1) && isHex(2)) { return true }
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                     UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"),
                     UInt8(ascii: "["), UInt8(ascii: "]"):
                    return true
                case 0x21...0x7E: continue
                default: return true
                }
            }
            return false
        }
    }

    private static func percent(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" + hex : hex)
        }.joined()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

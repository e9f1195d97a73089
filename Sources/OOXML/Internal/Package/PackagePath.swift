// Part names inside a package, without the leading slash ("word/document.xml").
package enum PackagePath {
    /// The relationships part that belongs to `part`.
    package static func relationships(of part: String) -> String {
        let (folder, name) = split(part)
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// The part a relationship of `source` points to.
    package static func resolve(_ target: String, from source: String) -> String {
        if target.hasPrefix("/") { return normalise(String(target.dropFirst())) }
        let folder = split(source).folder
        return normalise(folder.isEmpty ? target : folder + "/" + target)
    }

    /// `part` as a relationship target written from `source`.
    package static func target(_ part: String, from source: String) -> String {
        let folder = split(source).folder
        if !folder.isEmpty, part.hasPrefix(folder + "/") { return String(part.dropFirst(folder.count + 1)) }
        return "/" + part
    }

    package static func fileExtension(_ part: String) -> String {
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/" as Character) else { return "" }
        return part[part.index(after: dot)...].lowercased()
    }

    private static func split(_ part: String) -> (folder: String, name: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }

    private static func normalise(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        let joined = components.joined(separator: "/")
        return percentDecoded(joined) ?? joined
    }

    // What Foundation's `removingPercentEncoding` gives, without going through NSString (its
    // first use in a process costs a one-document run about 0.1 ms): nil where a "%" is not
    // followed by two hexadecimal digits or the decoded bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var rest = text.utf8.makeIterator()
        while let byte = rest.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = rest.next().flatMap(hexValue), let low = rest.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

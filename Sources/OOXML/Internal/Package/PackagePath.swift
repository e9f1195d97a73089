import Foundation

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
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return "" }
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
        return components.joined(separator: "/").removingPercentEncoding ?? components.joined(separator: "/")
    }
}

import Foundation

/// A file's path made absolute against the working directory, without "." and ".."
/// components or repeated and trailing slashes, no link followed: what
/// `URL(filePath:directoryHint: .notDirectory).standardizedFileURL.path` gives, without
/// building, standardising and printing a URL (about 70 000 instructions a path; a run
/// names the templates' entries in the cache folder with it several times).
///
/// ```swift
/// StandardPath.of("templates/../templates/labels.sv.yaml")   // "/work/main/templates/labels.sv.yaml"
/// ```
package enum StandardPath {
    package static func of(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var components: [Substring] = []
        for component in absolute.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        var standard = ""
        for component in components {
            standard += "/"
            standard += component
        }
        return standard.isEmpty ? "/" : standard
    }
}

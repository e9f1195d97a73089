import Foundation
import Synchronization

// The Swift files under a folder by name, found once per folder, so a `#fileID` in a
// message can be shown as the path a person opens.
enum Källfiler {
    private static let index = Mutex<[String: [String: [String]]]>([:])

    /// The paths, relative to `katalog`, of every Swift file named `namn` under it; build
    /// folders and hidden folders are skipped.
    static func sökvägar(till namn: String, under katalog: String) -> [String] {
        index.withLock { index in
            if index[katalog] == nil { index[katalog] = läs(katalog) }
            return index[katalog]?[namn] ?? []
        }
    }

    private static func läs(_ katalog: String) -> [String: [String]] {
        let rot = URL(fileURLWithPath: katalog, isDirectory: true)
        guard let filer = FileManager.default.enumerator(at: rot, includingPropertiesForKeys: nil,
                                                         options: [.skipsHiddenFiles, .skipsPackageDescendants])
        else { return [:] }
        var resultat: [String: [String]] = [:]
        let prefix = rot.standardizedFileURL.path + "/"
        for case let fil as URL in filer {
            let sökväg = fil.standardizedFileURL.path
            if fil.lastPathComponent == ".build" || fil.lastPathComponent.hasPrefix(".build") {
                filer.skipDescendants()
                continue
            }
            guard fil.pathExtension == "swift", sökväg.hasPrefix(prefix) else { continue }
            resultat[fil.lastPathComponent, default: []].append(String(sökväg.dropFirst(prefix.count)))
        }
        return resultat.mapValues { $0.sorted() }
    }
}

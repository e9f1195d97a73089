import Foundation

/// Where the default templates are: this folder, shipped with the package as resources,
/// so a municipality's package without a `templates/` of its own renders with them, and
/// overrides only the files it has.
///
/// ```swift
/// if let folder = DefaultTemplates.folder { print(folder.path) }   // ".../templates"
/// ```
public enum DefaultTemplates {
    /// The folder holding `labels.sv.yaml`, `html/` and `docx/`: this source folder when
    /// it exists (a checkout, or a dependency's checkout), else the resources copied beside
    /// the executable (`<package>_DefaultTemplates.resources`, so a binary moved with its
    /// resources keeps working), else nil.
    ///
    /// The resources are looked up by hand rather than through `Bundle.module`, whose
    /// generated accessor stops the program when neither place exists.
    ///
    /// The executable's folder is looked for and listed only when the source folder is not
    /// there: that costs every start about a million instructions beside the build's ninety
    /// files, and grows with the folder (45 million in one of 11 000 files).
    public static let folder: URL? = {
        let source = URL(filePath: #filePath, directoryHint: .notDirectory).deletingLastPathComponent()
        if holdsTemplates(source) { return source }
        let executable = Bundle.main.bundleURL
        let candidates = (try? FileManager.default.contentsOfDirectory(atPath: executable.path))?
            .filter { $0.hasSuffix("_DefaultTemplates.resources") }.sorted()
            .map { executable.appendingPathComponent($0) } ?? []
        return candidates.first(where: holdsTemplates)
    }()

    private static func holdsTemplates(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appending(path: labelFile, directoryHint: .notDirectory).path)
    }

    static let labelFile = "labels.sv.yaml"
}

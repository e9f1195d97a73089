import Foundation
import SystemFiles

/// The regional site's search index, made by Pagefind (PyPI `pagefind[bin]`, which ships
/// its binary) from the pages once they are written: Swedish words and stemming, the part
/// of each page in `data-pagefind-body`, into `pagefind/` beside the pages. The index is
/// also written as one classic script, `pagefind/sok-index.js`, so the search works when
/// the pages are opened from the disk, where browsers refuse `fetch()` and `import()`.
/// The folder is replaced whole, so no file of an earlier index stays behind.
///
/// ```swift
/// if let search = SiteSearch.find() {
///     let files = renderer.site(plans: plans, regionalGoals: goals, search: true)
///     // … write the files into out/site, then:
///     try search.index(URL(fileURLWithPath: "out/site"))
/// }
/// ```
public struct SiteSearch: Sendable {
    /// The folder beside the pages that holds the index.
    public static let folder = "pagefind"
    /// The script with the whole index, for pages opened from the disk.
    public static let bundle = "sok-index.js"

    /// How Pagefind is started: `["pagefind"]` or `["python3", "-m", "pagefind"]`.
    public let command: [String]

    public init(command: [String]) { self.command = command }

    /// Pagefind where it is installed: the `pagefind` command, or Python's `pagefind`
    /// module with its binary. Nil when neither runs.
    public static func find() -> SiteSearch? {
        for command in [["pagefind"], ["python3", "-m", "pagefind"]] {
            if let result = try? run(command + ["--version"]), result.status == 0 { return SiteSearch(command: command) }
        }
        return nil
    }

    /// Indexes the pages in `site` into `site/pagefind/`, replacing any earlier index.
    public func index(_ site: URL) throws(OutputError) {
        let files = FileManager.default
        let staging = site.appendingPathComponent(".\(Self.folder)-\(ProcessInfo.processInfo.processIdentifier)")
        let target = site.appendingPathComponent(Self.folder)
        defer { try? files.removeItem(at: staging) }
        do {
            try? files.removeItem(at: staging)
            let result = try Self.run(command + ["--site", site.path, "--output-path", staging.path,
                                                 "--force-language", "sv", "--keep-index-url", "--silent"])
            guard result.status == 0 else {
                throw OutputError(path: target.path, reason: "Pagefind kunde inte bygga sökindexet: \(result.output)")
            }
            try bundle(staging).write(to: staging.appendingPathComponent(Self.bundle), atomically: true, encoding: .utf8)
            if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
            try files.moveItem(at: staging, to: target)
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: target.path, reason: SystemMessage.text(for: error))
        }
    }

    /// Every file of the index that searching reads, as base64 by its path inside the
    /// folder, in a script that sets `window.pagefindFiler`. Pagefind's own interfaces
    /// (its UI scripts and styles) are left out: the site has its own search field.
    private func bundle(_ folder: URL) throws -> String {
        let root = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var names: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let name = String(url.standardizedFileURL.path.dropFirst(root.count))
            let isSearchFile = name == "pagefind.js" || name == "pagefind-entry.json" || name.hasSuffix(".pf_meta")
                || name.hasPrefix("wasm.") || name.hasPrefix("index/") || name.hasPrefix("fragment/")
            if isSearchFile { names.append(name) }
        }
        var script = "/* Sökindexet för sidor som öppnas från disken; skrivet av render site. */\nwindow.pagefindFiler = {\n"
        for name in names.sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            script += "\"\(name)\": \"\(data.base64EncodedString())\",\n"
        }
        return script + "};\n"
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A read that fails is thrown once Pagefind has ended, where `readDataToEndOfFile()`
        // would end this process.
        let data = Result { try pipe.fileHandleForReading.readToEnd() ?? Data() }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try data.get(), as: UTF8.self))
    }
}

import ArgumentParser
import DOCXWriter
import DocumentModel
import Foundation
import HTMLWriter
import Hyphenation
import Rendering
import Wording

/// What a run pays before it renders: the label file and the templates read and checked,
/// beside a scan of the same bytes (the floor: reading them costs at least that), and the
/// hyphenation dictionary loaded by libhyphen and rebuilt from its image, beside reading
/// the file.
struct StartupBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Etikettfilen och mallarna, lästa och granskade.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let folder = URL(fileURLWithPath: options.templates)
        let labelPath = folder.appendingPathComponent(Templates.labelFile).path
        let yaml = try String(contentsOfFile: labelPath, encoding: .utf8)
        let htmlFolder = folder.appendingPathComponent(Templates.htmlFolder)
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: htmlFolder.path) {
            let data = try Data(contentsOf: htmlFolder.appendingPathComponent(name))
            if name.hasSuffix("." + HTMLTemplates.templateExtension) {
                templates[name] = String(decoding: data, as: UTF8.self)
            } else {
                assets[name] = data
            }
        }
        let templateBytes = templates.values.reduce(0) { $0 + $1.utf8.count }
        let n = options.iterations
        // The hyphenation dictionary as libhyphen loads it, and rebuilt from the image a
        // first load saves (in a folder of its own, so the user's cache is left alone).
        let dictionary = Hyphenator.swedishDictionary
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("bench-dictionary-\(getpid())")
        defer { try? FileManager.default.removeItem(at: cache) }
        _ = try? Hyphenator(dictionary: dictionary, cacheFolder: cache)
        let image = try FileManager.default.contentsOfDirectory(atPath: cache.path).first.map { cache.appendingPathComponent($0).path }
        let referencePath = folder.appendingPathComponent(Templates.docxReferenceFile).path
        let reference = FileManager.default.contents(atPath: referencePath) ?? Data()
        // The reference document's and the label file's checked forms, saved once in the same folder.
        _ = try? ReferenceDocument(data: reference, file: referencePath, cacheFolder: cache)
        _ = try? Labels(yaml: yaml, file: labelPath, cacheFolder: cache)
        let dictionaryBytes = FileManager.default.contents(atPath: dictionary)?.count ?? 0
        let imageBytes = image.flatMap { FileManager.default.contents(atPath: $0)?.count } ?? 0
        let rows: [(Measurement, Measurement?)] = [
            (Measurement(label: "etiketter (\(yaml.utf8.count) byte)", iterations: n) {
                _ = try? Labels(yaml: yaml, file: labelPath, cacheFolder: nil)
            }, Measurement(label: "", iterations: n) { _ = lineCount(yaml) }),
            (Measurement(label: "etiketter ur cachen", iterations: n) {
                _ = try? Labels(yaml: yaml, file: labelPath, cacheFolder: cache)
            }, Measurement(label: "", iterations: n) { _ = lineCount(yaml) }),
            (Measurement(label: "referensdokumentet (\(reference.count) byte)", iterations: n) {
                _ = try? ReferenceDocument(data: reference, file: referencePath, cacheFolder: nil)
            }, nil),
            (Measurement(label: "referensdokumentet ur cachen", iterations: n) {
                _ = try? ReferenceDocument(data: reference, file: referencePath, cacheFolder: cache)
            }, nil),
            (Measurement(label: "webbmallar (\(templates.count) filer, \(templateBytes) byte)", iterations: n) {
                _ = try? HTMLTemplates(templates: templates, assets: assets, folder: htmlFolder.relativePath)
            }, Measurement(label: "", iterations: n) { for text in templates.values { _ = lineCount(text) } }),
            (Measurement(label: "avstavningsordlistan med libhyphen (\(dictionaryBytes) byte)", iterations: n) {
                _ = try? Hyphenator(dictionary: dictionary, cacheFolder: nil)
            }, Measurement(label: "", iterations: n) { _ = FileManager.default.contents(atPath: dictionary) }),
            (Measurement(label: "avstavningsordlistan ur sin bild (\(imageBytes) byte)", iterations: n) {
                _ = try? Hyphenator(dictionary: dictionary, cacheFolder: cache)
            }, Measurement(label: "", iterations: n) { _ = image.flatMap { FileManager.default.contents(atPath: $0) } }),
            (Measurement(label: "mallar för txt", iterations: n) { _ = try? Templates.load(from: folder, formats: [.txt]) }, nil),
            (Measurement(label: "mallar för html", iterations: n) { _ = try? Templates.load(from: folder, formats: [.html]) }, nil),
            (Measurement(label: "mallar för docx", iterations: n) { _ = try? Templates.load(from: folder, formats: [.docx]) }, nil),
            (Measurement(label: "utseenden, alla format (som render i projektmappen)", iterations: n) {
                _ = try? Looks.load(from: folder, formats: Set(OutputFormat.allCases))
            }, nil),
        ]
        printTable(Measurement.header + ["golv ms", "kvot"], rows.map { measurement, floor in
            measurement.row + (floor.map { [format($0.median), format(measurement.median / max($0.median, 1e-6))] } ?? ["–", "–"])
        })
    }
}

// The floor of reading text: one pass over its bytes.
private func lineCount(_ text: String) -> Int {
    var count = 0
    for byte in text.utf8 where byte == UInt8(ascii: "\n") { count += 1 }
    return count
}

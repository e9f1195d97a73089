import DocumentModel
import Examples
import Foundation
import Rendering

/// Every example plan, report and analysis as a PDF, made once for all PDF tests in one
/// LibreOffice batch (conversions cost seconds), with the templates the repository ships.
enum PDFBatch {
    struct Example: Sendable {
        let id: String
        let document: Document
        let pdf: URL
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The example ids, known without converting anything (test arguments).
    static let ids: [String] = Exempel.planer.map(\.id) + Exempel.rapporter.map(\.id) + Exempel.analyser.map(\.id)

    private static let batch: Result<[String: Example], any Error> = Result {
        let templates = try Templates.load(from: repository.appendingPathComponent("templates"))
        let renderer = Renderer(templates: templates)
        let documents = Exempel.planer.map { ($0.id, renderer.document(for: $0)) }
            + Exempel.rapporter.map { ($0.id, renderer.document(for: $0)) }
            + Exempel.analyser.map { ($0.id, renderer.document(for: $0)) }
        let result = try PDFConverter.find().convert(documents.map { renderer.pdfSource($0.1, named: "\($0.0).pdf") })
        if let failure = result.failures.first { throw failure }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var examples: [String: Example] = [:]
        for ((id, document), file) in zip(documents, result.files) {
            let url = folder.appendingPathComponent(file.name)
            try file.data.write(to: url)
            examples[id] = Example(id: id, document: document, pdf: url)
        }
        return examples
    }

    /// The example `id` with its PDF; throws when the batch failed.
    static func example(_ id: String) throws -> Example {
        guard let example = try batch.get()[id] else { throw Missing(id: id) }
        return example
    }

    struct Missing: Error, CustomStringConvertible {
        let id: String
        var description: String { "no PDF was made for \(id)" }
    }
}

import DOCXWriter
import DocumentModel
import Examples
import Foundation
import PlanModel
import Rendering

/// The example plans and reports as document trees and Word files, rendered once for all
/// tests with the templates the repository ships.
enum ExampleFiles {
    struct Example: Sendable {
        let id: String
        /// The plan, for plans; nil for analysis reports.
        let plan: Handlingsplan?
        let document: Document
        let docx: Data
        let file: URL
    }

    static let templates: Templates = {
        do {
            return try Templates.load(from: Repository.templates)
        } catch {
            fatalError("The repository's templates do not load: \(error)")
        }
    }()

    static let folder: URL = {
        do {
            return try Repository.temporaryDirectory("examples")
        } catch {
            fatalError("No temporary folder: \(error)")
        }
    }()

    /// Every example: the plans, then the reports written in the DSL and those derived from plans.
    static let all: [Example] = {
        let renderer = Renderer(templates: templates)
        func example(_ id: String, _ plan: Handlingsplan?, _ document: Document) -> Example {
            let docx = (try? renderer.write(document, as: .docx)) ?? Data()
            let file = folder.appendingPathComponent("\(id).docx")
            try? docx.write(to: file)
            return Example(id: id, plan: plan, document: document, docx: docx, file: file)
        }
        return Exempel.planer.map { example($0.id, $0, renderer.document(for: $0)) }
            + Exempel.rapporter.map { example($0.id, nil, renderer.document(for: $0)) }
            + Exempel.analyser.map { example($0.id, nil, renderer.document(for: $0)) }
    }()

    /// The example plans only.
    static var plans: [Example] { all.filter { $0.plan != nil } }

    /// Every example plan and report converted to PDF by LibreOffice, in one run (one start-up for all),
    /// with a profile of its own so parallel runs cannot collide.
    static let pdfs: Result<[String: URL], any Error> = Result(catching: {
        let soffice = try Tool.require("soffice", package: "libreoffice-writer-nogui")
        let output = folder.appendingPathComponent("pdf")
        let profile = folder.appendingPathComponent("libreoffice-profile")
        let result = try Tool.run(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                            "--convert-to", "pdf", "--outdir", output.path] + all.map(\.file.path))
        guard result.status == 0 else { throw ConversionFailed(message: result.errors) }
        return Dictionary(uniqueKeysWithValues: all.map { ($0.id, output.appendingPathComponent("\($0.id).pdf")) })
    })

    struct ConversionFailed: Error, CustomStringConvertible {
        let message: String
        var description: String { "LibreOffice could not convert the examples: \(message)" }
    }
}

import AnalysisLayout
import AnalysisModel
import DocumentModel
import Examples
import Foundation
import TextWriter
import Wording

/// The repository's label file and the example report laid out with it.
enum Fixture {
    static let labels: Labels = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/labels.sv.yaml")
        // The label file is part of the repository; the label tests report its problems.
        return try! Labels(yaml: String(contentsOf: url, encoding: .utf8), file: "templates/labels.sv.yaml")
    }()

    static let rapport = Exempel.rapport("fordjupad-analys-2021")!

    static let dokument = AnalysrapportLayout(labels: labels).document(for: rapport)

    /// The report as text, unwrapped, so phrases can be searched for.
    static let text = TextWriter(width: 100_000).write(dokument)

    /// Every table of the document, in order, with the blocks inside notes and quotes.
    static func tabeller(_ dokument: Document) -> [Table] {
        func samla(_ blocks: [Block]) -> [Table] {
            blocks.flatMap { block -> [Table] in
                switch block {
                case .table(let table): return [table]
                case .quote(let inner), .note(_, let inner): return samla(inner)
                default: return []
                }
            }
        }
        return samla(dokument.blocks)
    }

    /// A cell's words.
    static func text(_ cell: Cell) -> String {
        cell.blocks.map { block -> String in
            switch block {
            case .paragraph(let inlines): return inlines.plainText
            default: return ""
            }
        }.joined(separator: " ")
    }
}

import AnalysisLayout
import AnalysisModel
import DocumentModel
import Foundation
import PlanAnalysis
import PlanLayout
import PlanModel
import TextWriter

/// Turns plans into document files: layout once, then each requested writer. Pure: it
/// returns bytes and leaves writing them to `OutputDirectory`.
///
/// ```swift
/// let renderer = Renderer(templates: templates)
/// let data = try renderer.render(plan, as: .txt)
/// ```
public struct Renderer: Sendable {
    public let templates: Templates
    /// Line width of plain text.
    public let textWidth: Int

    public init(templates: Templates, textWidth: Int = 80) {
        self.templates = templates
        self.textWidth = textWidth
    }

    /// The plan's document tree.
    public func document(for plan: Handlingsplan) -> Document {
        HandlingsplanLayout(labels: templates.labels).document(for: plan)
    }

    /// The plan in one format.
    public func render(_ plan: Handlingsplan, as format: OutputFormat) throws -> Data {
        write(document(for: plan), as: format)
    }

    /// The analysis report's document tree.
    public func document(for rapport: Analysrapport) -> Document {
        AnalysrapportLayout(labels: templates.labels).document(for: rapport)
    }

    /// The analysis report in one format.
    public func render(_ rapport: Analysrapport, as format: OutputFormat) throws -> Data {
        write(document(for: rapport), as: format)
    }

    /// The document of the analysis the order asks for, computed from its plans.
    public func document(for uppdrag: Analysuppdrag) -> Document {
        document(for: Planalys(uppdrag).rapport(labels: templates.labels))
    }

    /// A document in one format.
    public func write(_ document: Document, as format: OutputFormat) -> Data {
        switch format {
        case .txt: return Data(TextWriter(width: textWidth).write(document).utf8)
        }
    }
}

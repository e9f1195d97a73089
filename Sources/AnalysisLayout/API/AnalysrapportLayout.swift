import AnalysisModel
import DocumentModel
import Wording

/// The analysis report layout: a report as a format-neutral `Document`, in the structure
/// of the seed report, with every fixed word and number format from the label file.
/// A table stands on a landscape page only when its columns do not fit upright
/// (`TableWidths.needsMoreRoom`); a chapter holding a verksamhetslogik table that would
/// run over most of a portrait page is landscape as a whole.
///
/// ```swift
/// let layout = AnalysrapportLayout(labels: labels)
/// let document = layout.document(for: rapport)
/// let text = TextWriter().write(document)
/// ```
public struct AnalysrapportLayout: Sendable {
    public let labels: Labels

    public init(labels: Labels) { self.labels = labels }

    /// The document of `rapport`.
    public func document(for rapport: Analysrapport) -> Document {
        var builder = ReportDocumentBuilder(report: rapport, labels: labels)
        return builder.build()
    }

    /// `tal` as the report prints it: "~42,5 %", "6 450 MSEK".
    public func text(_ tal: Tal) -> String { NumberText(labels: labels).text(tal) }

    /// The name of a kind of work: "Kunskapshöjande aktiviteter".
    public func text(_ slag: Aktivitetsslag) -> String { ReportWords(labels: labels).kind(slag) }

    /// "A", "A och B", "A, B och C".
    public func lista(_ namn: [String]) -> String { ReportWords(labels: labels).list(namn) }
}

/// A format-neutral document: metadata and a sequence of blocks. Layouts produce it;
/// every writer (text, HTML, DOCX) consumes it and knows nothing of plans.
///
/// ```swift
/// let document = Document(
///     metadata: Metadata(title: "Det goda livet i Vänersborgs kommun", organisations: ["Vänersborgs kommun"]),
///     blocks: [
///         .heading(Heading(level: 1, text: [.text("Bakgrund")], anchor: "bakgrund")),
///         .paragraph([.text("År 2016 slöt regeringen …")]),
///     ])
/// ```
public struct Document: Sendable, Hashable {
    public var metadata: Metadata
    public var blocks: [Block]

    public init(metadata: Metadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }

    /// The headings of the document in order, wherever they stand (also inside quotes,
    /// notes, list items and table cells), for tables of contents and link targets.
    public var headings: [Heading] {
        func collect(_ blocks: [Block]) -> [Heading] {
            blocks.flatMap { block -> [Heading] in
                switch block {
                case .heading(let heading): return [heading]
                case .quote(let inner), .note(_, let inner): return collect(inner)
                case .bulletList(let items), .numberedList(let items): return items.flatMap { collect($0.blocks) }
                case .table(let table): return (table.header + table.body).flatMap { $0.cells.flatMap { collect($0.blocks) } }
                case .paragraph, .pageBreak, .sectionBreak, .figure: return []
                }
            }
        }
        return collect(blocks)
    }

    /// The headings by anchor (the first where two share one), for cross-references.
    public var headingsByAnchor: [String: Heading] {
        Dictionary(headings.map { ($0.anchor, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

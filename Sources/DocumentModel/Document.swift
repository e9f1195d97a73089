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
        var headings: [Heading] = []
        Self.collectHeadings(blocks, into: &headings)
        return headings
    }

    private static func collectHeadings(_ blocks: [Block], into headings: inout [Heading]) {
        for block in blocks {
            switch block {
            case .heading(let heading): headings.append(heading)
            case .quote(let inner), .note(_, let inner): collectHeadings(inner, into: &headings)
            case .bulletList(let items), .numberedList(let items): for item in items { collectHeadings(item.blocks, into: &headings) }
            case .table(let table):
                for row in table.header { for cell in row.cells { collectHeadings(cell.blocks, into: &headings) } }
                for row in table.body { for cell in row.cells { collectHeadings(cell.blocks, into: &headings) } }
            case .paragraph, .pageBreak, .sectionBreak, .figure: continue
            }
        }
    }

    /// The headings by anchor as `sanitised()` leaves it (the first where two share one),
    /// for cross-references: a writer that cleans texts as it writes them resolves a
    /// reference's anchor in the document as it stands, as in the sanitised copy.
    public var headingsByAnchor: [String: Heading] { Self.byAnchor(headings) }

    /// `headings` (the document's, or some of them) by anchor as `headingsByAnchor` has them,
    /// for a writer that needs the list as well.
    package static func byAnchor(_ headings: [Heading]) -> [String: Heading] {
        var byAnchor: [String: Heading] = [:]
        byAnchor.reserveCapacity(headings.count)
        for heading in headings {
            let anchor = TextHygiene.clean(heading.anchor)
            if byAnchor[anchor] == nil { byAnchor[anchor] = heading }
        }
        return byAnchor
    }
}

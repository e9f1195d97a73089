import Foundation
import OOXML
import PlanModel

// The body of a Word document as the importer sees it: paragraphs with their style, heading
// level, list level and formatted text, and tables of cells, with Word's quirks resolved
// (runs split mid-word joined, content controls unwrapped, tracked changes accepted, fields
// reduced to their result, soft hyphens dropped).
enum WordBlock {
    case paragraph(WordParagraph)
    case table(WordTable)
}

struct WordParagraph {
    /// The style's name in lower case ("heading 1", "title"), or its id when it has no name.
    var style: String
    var headingLevel: Int?
    /// The list the paragraph belongs to: its level and whether it is numbered.
    var list: (level: Int, ordered: Bool)?
    var text: [Textdel]
    /// Whether the paragraph ends a section (the cover ends with one).
    var endsSection: Bool
    /// Whether all its text links within the document (a table of contents, a skip link).
    var onlyInternalLinks: Bool

    var plain: String { text.map(\.ren).joined() }
}

struct WordTable {
    var rows: [[WordCell]]
}

struct WordCell {
    var blocks: [WordBlock]
    var span: Int
    /// The cell continues the one above it (a vertical merge).
    var continuesAbove: Bool

    var paragraphs: [WordParagraph] {
        blocks.flatMap { block -> [WordParagraph] in
            switch block {
            case .paragraph(let paragraph): return [paragraph]
            case .table(let table): return table.rows.flatMap { $0.flatMap(\.paragraphs) }
            }
        }
    }

    var plain: String { paragraphs.map(\.plain).joined(separator: "\n") }
}

import DocumentModel

// The document's headings as the text writer needs them, found in one walk over its
// blocks: in order for the contents list, and by anchor for cross-references. The anchors
// are cleaned as `Document.sanitised()` cleans them (a cross-reference's own anchor is
// not), so a reference finds the heading it found in the sanitised document.
//
// ```swift
// let index = HeadingIndex(document.blocks)
// index.byAnchor["mal-1"]?.text
// ```
struct HeadingIndex {
    private(set) var all: [Heading] = []
    private(set) var byAnchor: [String: Heading] = [:]

    init(_ blocks: [Block]) {
        collect(blocks)
        byAnchor.reserveCapacity(all.count)
        for heading in all {
            let anchor = TextHygiene.clean(heading.anchor)
            if byAnchor[anchor] == nil { byAnchor[anchor] = heading }
        }
    }

    private mutating func collect(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .heading(let heading): all.append(heading)
            case .quote(let inner), .note(_, let inner): collect(inner)
            case .bulletList(let items), .numberedList(let items): for item in items { collect(item.blocks) }
            case .table(let table):
                for row in table.header { for cell in row.cells { collect(cell.blocks) } }
                for row in table.body { for cell in row.cells { collect(cell.blocks) } }
            case .paragraph, .pageBreak, .sectionBreak, .figure: continue
            }
        }
    }
}

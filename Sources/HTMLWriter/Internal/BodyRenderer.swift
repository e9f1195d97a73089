import DocumentModel

// One walk over a document's blocks. Each heading opens a `section`; the heading's id is
// its anchor (on the heading, where search engines such as Pagefind look for the places
// inside a page that a result can link to); a heading of document level N closes the sections at level N and
// deeper. The page's title is its only h1, so sections start at h2 and a level that
// skips ahead is pulled up to the next free one: headings never have gaps.
struct BodyRenderer {
    /// The headings cross-references point to, by anchor.
    let headings: [String: Heading]
    /// Open sections, outermost first, each with the nodes gathered so far.
    private var openSections: [[Node]] = []
    private var topLevel: [Node] = []
    /// Blocks between a landscape and a portrait section break print on landscape pages.
    private var landscape = false
    /// Figures numbered in document order, for their ids.
    private let figures = FigureCounter()

    init(headings: [String: Heading]) { self.headings = headings }

    mutating func render(_ blocks: [Block]) -> [Node] {
        for block in blocks { add(block) }
        while !openSections.isEmpty { closeSection() }
        return topLevel
    }

    private mutating func add(_ block: Block) {
        switch block {
        case .heading(let heading):
            while openSections.count >= max(1, heading.level) { closeSection() }
            openSections.append([headingNode(heading, depth: openSections.count + 1, id: heading.anchor)])
        case .sectionBreak(let orientation):
            landscape = orientation == .landscape
        default:
            append(nodes(for: block))
        }
    }

    private mutating func append(_ nodes: [Node]) {
        if openSections.isEmpty {
            topLevel += nodes
        } else {
            openSections[openSections.count - 1] += nodes
        }
    }

    private mutating func closeSection() {
        append([.element("section", [:], openSections.removeLast())])
    }

    /// The nodes of a block that is not a heading of the section structure. Headings
    /// inside quotes and notes sit one level below the enclosing section.
    private func nodes(for block: Block) -> [Node] {
        switch block {
        case .heading(let heading):
            return [headingNode(heading, depth: openSections.count + 1, id: heading.anchor)]
        case .paragraph(let inlines):
            return inlines.isEmpty ? [] : [.element("p", [:], nodes(for: inlines))]
        case .bulletList(let items):
            return [.element("ul", [:], items.map(listItem))]
        case .numberedList(let items):
            return [.element("ol", [:], items.map(listItem))]
        case .table(let table):
            return [TableRenderer(table: table, landscape: landscape, content: blockContent).node]
        case .quote(let blocks):
            return [.element("blockquote", ["class": "citat"], blocks.flatMap(nodes(for:)))]
        case .note(let label, let blocks):
            return [.element("div", ["class": "not", "role": "note"],
                             [.element("p", ["class": "not-etikett"], [.text(label)])] + blocks.flatMap(nodes(for:)))]
        case .figure(let figure):
            return [FigureRenderer(figure: figure, id: "figur-\(figures.next())") { table in
                TableRenderer(table: table, landscape: false, content: blockContent).node
            }.node]
        case .pageBreak:
            return [.element("div", ["class": "sidbrytning"])]
        case .sectionBreak:
            return []
        }
    }

    private func headingNode(_ heading: Heading, depth: Int, id: String?) -> Node {
        .element("h\(min(6, depth + 1))", ["id": id], nodes(for: heading.text))
    }

    /// A list item or table cell: a lone paragraph, or a paragraph followed by lists,
    /// goes in without a `p` of its own.
    private func blockContent(_ blocks: [Block]) -> [Node] {
        guard case .paragraph(let first) = blocks.first,
              blocks.dropFirst().allSatisfy({ if case .bulletList = $0 { true } else if case .numberedList = $0 { true } else { false } })
        else { return blocks.flatMap(nodes(for:)) }
        return nodes(for: first) + blocks.dropFirst().flatMap(nodes(for:))
    }

    private func listItem(_ item: ListItem) -> Node {
        .element("li", [:], blockContent(item.blocks))
    }

    /// Running text. Links are already safe: `Document.sanitised()` applied `LinkPolicy`.
    func nodes(for inlines: [Inline]) -> [Node] {
        inlines.flatMap { inline -> [Node] in
            switch inline {
            case .text(let text): return [.text(Typography.joiningFigureSpans(text))]
            case .emphasis(let inner): return [.element("em", [:], nodes(for: inner))]
            case .strong(let inner): return [.element("strong", [:], nodes(for: inner))]
            case .link(let inner, let url): return [.element("a", ["href": url], nodes(for: inner))]
            case .crossReference(let anchor, let inner):
                guard let heading = headings[anchor] else { return nodes(for: inner) }
                return [.element("a", ["href": "#" + anchor], nodes(for: heading.text))]
            }
        }
    }
}

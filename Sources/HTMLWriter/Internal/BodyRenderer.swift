import DocumentModel

// One walk over a document's blocks, written straight into the page's bytes. Each heading
// opens a `section`; the heading's id is its anchor (on the heading, where search engines
// such as Pagefind look for the places inside a page that a result can link to); a
// heading of document level N closes the sections at level N and deeper. The page's title
// is its only h1, so sections start at h2 and a level that skips ahead is pulled up to
// the next free one: headings never have gaps.
//
// Texts are cleaned as they are written (`TextBytes`) and links pass `LinkPolicy` here, so
// the writer needs no sanitised copy of the document: it writes what
// `Document.sanitised()` would leave, a link inside a link (or in a heading, which
// contents lists and cross-references show inside links) as its words.
//
// Every block is written at a depth (its indentation) either on a line of its own, as a
// child of an element whose children are all block-level, or where the output stands, as
// a child beside running text (a list after a list item's first words).
struct BodyRenderer {
    /// The document written, whose headings cross-references point to.
    private let document: Document
    /// Those headings by their cleaned anchor, collected at the first cross-reference: most
    /// documents have none, and the walk would visit every cell of every table.
    private var headings: [String: Heading]?
    var output: HTMLOutput
    /// How many sections are open.
    private var openSections = 0
    /// Blocks between a landscape and a portrait section break print on landscape pages.
    private var landscape = false
    /// Figures numbered in document order, for their ids.
    private var figures = 0

    init(document: Document, capacity: Int) {
        self.document = document
        output = HTMLOutput(capacity: capacity)
    }

    /// The heading a cross-reference to `anchor` points to.
    private mutating func heading(_ anchor: String) -> Heading? {
        if headings == nil { headings = document.headingsByAnchor }
        return headings?[anchor]
    }

    /// The blocks in `<div class="dokument" lang="…">`, then a line break.
    mutating func render(_ blocks: [Block], language: String) {
        output.startTag("div")
        output.attribute("class", "dokument")
        output.attribute("lang", language)
        output.endTag()
        let mark = output.mark
        for block in blocks { add(block) }
        while openSections > 0 { closeSection() }
        output.closeBlock("div", indent: 0, mark: mark)
        output.lineBreak(indent: 0)
    }

    private mutating func add(_ block: Block) {
        switch block {
        case .heading(let heading):
            while openSections >= max(1, heading.level) { closeSection() }
            openSections += 1
            output.open("section", line: openSections)
            writeHeading(heading, depth: openSections, line: openSections + 1)
        case .sectionBreak(let orientation):
            landscape = orientation == .landscape
        case .paragraph, .bulletList, .numberedList, .table, .quote, .note, .figure, .pageBreak:
            write(block, depth: openSections + 1, onLine: true)
        }
    }

    private mutating func closeSection() {
        output.lineBreak(indent: openSections)
        output.close("section")
        openSections -= 1
    }

    /// A block that is not a heading of the section structure, at `depth`, on a line of
    /// its own or not. Headings inside quotes and notes sit one level below the enclosing section.
    mutating func write(_ block: Block, depth: Int, onLine: Bool) {
        let line = onLine ? depth : nil
        switch block {
        case .heading(let heading):
            writeHeading(heading, depth: openSections + 1, line: line)
        case .paragraph(let inlines):
            // Sanitised, a run can come out empty: a refused link without words.
            guard Self.remains(inlines, insideLink: false, crossReference: { _ in true }) else { return }
            output.open("p", line: line)
            write(inlines, insideLink: false)
            output.close("p")
        case .bulletList(let items):
            output.open("ul", line: line)
            writeItems(items, closing: "ul", depth: depth)
        case .numberedList(let items):
            output.open("ol", line: line)
            writeItems(items, closing: "ol", depth: depth)
        case .table(let table):
            TableRenderer(table: table, landscape: landscape).write(to: &self, depth: depth, line: line)
        case .quote(let blocks):
            output.startTag("blockquote", line: line)
            output.attribute("class", "citat")
            output.endTag()
            writeBlocks(blocks, closing: "blockquote", depth: depth)
        case .note(let label, let blocks):
            output.startTag("div", line: line)
            output.attribute("class", "not")
            output.attribute("role", "note")
            output.endTag()
            let mark = output.mark
            output.startTag("p", line: depth + 1)
            output.attribute("class", "not-etikett")
            output.endTag()
            output.text(label)
            output.close("p")
            writeBlocks(blocks, closing: "div", depth: depth, mark: mark)
        case .figure(let figure):
            figures += 1
            FigureRenderer(figure: figure.sanitised(), id: "figur-\(figures)").write(to: &self, depth: depth, line: line)
        case .pageBreak:
            output.startTag("div", line: line)
            output.attribute("class", "sidbrytning")
            output.endTag()
            output.close("div")
        case .sectionBreak:
            return
        }
    }

    private mutating func writeHeading(_ heading: Heading, depth: Int, line: Int?) {
        output.startTag(Self.headingNames[min(5, depth)], line: line)
        output.attribute("id", heading.anchor)
        output.endTag()
        write(heading.text, insideLink: true)
        output.close(Self.headingNames[min(5, depth)])
    }

    private static let headingNames: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The list's items, each on a line of its own, and the list's closing tag.
    private mutating func writeItems(_ items: [ListItem], closing name: StaticString, depth: Int) {
        let mark = output.mark
        for item in items {
            output.open("li", line: depth + 1)
            writeContent(item.blocks, closing: "li", depth: depth + 1)
        }
        output.closeBlock(name, indent: depth, mark: mark)
    }

    /// Blocks as the children of the element `name` at `depth`, each on a line of its
    /// own, and the element's closing tag; `mark` where its children started, if before these.
    private mutating func writeBlocks(_ blocks: some Collection<Block>, closing name: StaticString, depth: Int, mark: Int? = nil) {
        let mark = mark ?? output.mark
        for block in blocks { write(block, depth: depth + 1, onLine: true) }
        output.closeBlock(name, indent: depth, mark: mark)
    }

    /// A list item or table cell and its closing tag: a lone paragraph, or a paragraph
    /// followed by lists, goes in without a `p` of its own, and the lists then follow its
    /// words on the same line.
    mutating func writeContent(_ blocks: [Block], closing name: StaticString, depth: Int) {
        guard case .paragraph(let first) = blocks.first, blocks.dropFirst().allSatisfy(\.isList) else {
            return writeBlocks(blocks, closing: name, depth: depth)
        }
        guard Self.remains(first, insideLink: false, crossReference: { heading($0) != nil }) else {
            return writeBlocks(blocks.dropFirst(), closing: name, depth: depth)
        }
        write(first, insideLink: false)
        for block in blocks.dropFirst() { write(block, depth: depth, onLine: false) }
        output.close(name)
    }

    /// Running text. A link gets its address from `LinkPolicy`, or is its words when the
    /// address is refused or it stands `insideLink`; so is a cross-reference inside a link.
    mutating func write(_ inlines: [Inline], insideLink: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                output.text(text, figureSpans: true)
            case .emphasis(let inner):
                output.open("em")
                write(inner, insideLink: insideLink)
                output.close("em")
            case .strong(let inner):
                output.open("strong")
                write(inner, insideLink: insideLink)
                output.close("strong")
            case .link(let inner, let url):
                guard !insideLink, let address = LinkPolicy.address(url) else {
                    write(inner, insideLink: true)
                    continue
                }
                output.startTag("a")
                output.attribute("href", address)
                output.endTag()
                write(inner, insideLink: true)
                output.close("a")
            case .crossReference(let anchor, let inner):
                guard !insideLink, let heading = self.heading(anchor) else {
                    write(inner, insideLink: true)
                    continue
                }
                output.startTag("a")
                output.attribute("href", "#" + anchor)
                output.endTag()
                write(heading.text, insideLink: true)
                output.close("a")
            }
        }
    }

    /// Whether anything of the inlines stays when they are written: every text and
    /// formatting does, a link with an allowed address outside links, the words of the
    /// others, and a cross-reference outside links when `crossReference` says so of its anchor.
    private static func remains(_ inlines: [Inline], insideLink: Bool, crossReference: (String) -> Bool) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .text, .emphasis, .strong: return true
            case .link(let inner, let url):
                return !insideLink && LinkPolicy.address(url) != nil || remains(inner, insideLink: true, crossReference: crossReference)
            case .crossReference(let anchor, let inner):
                return !insideLink && crossReference(anchor) || remains(inner, insideLink: true, crossReference: crossReference)
            }
        }
    }
}

private extension Block {
    var isList: Bool {
        switch self {
        case .bulletList, .numberedList: return true
        case .heading, .paragraph, .table, .quote, .note, .figure, .pageBreak, .sectionBreak: return false
        }
    }
}

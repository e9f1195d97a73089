import DocumentModel
import OOXML

// Streams `word/document.xml`: the reference's cover with its placeholders filled, the
// table of contents, then the document's blocks in sections. One pass over the blocks,
// writing as it goes, so time and memory grow linearly with the document.
//
// The state changed for every paragraph and run is not checked for exclusive access at run
// time (`@exclusivity(unchecked)`), which cost more than some of the writing: the writer is
// used by one thread, and no access to it overlaps another (none is held across a call that
// could touch the same property).
final class BodyWriter {
    let xml: XMLWriter
    let reference: ReferenceContent
    let metadata: Metadata
    var styles: StyleSheet { reference.styles }
    let bookmarks: BookmarkNames
    let diagnostics: Diagnostics

    /// The hyperlinks written, as relationships of the main document.
    private(set) var hyperlinks: [Relationship] = []
    /// The charts drawn, each a part of its own related to the main document.
    private(set) var charts: [(chart: Chart, relationship: Relationship)] = []
    private var hyperlinkIds: [String: String] = [:]
    private let takenIds: Set<String>
    /// The numbering instances added for numbered lists, each counting from one.
    private(set) var numberingInstances: [Element] = []
    private var nextNumId: Int
    @exclusivity(unchecked) private var nextBookmarkId: Int
    /// How many headings are written: the index of the next among those `bookmarks` were
    /// made for, in the same order.
    @exclusivity(unchecked) private var headingsWritten = 0
    /// The `w:pPr` of the paragraphs written that have no page break or section and no
    /// numbering but the bullets' (most of them, in table cells too), each kind's copied into
    /// the next of it.
    @exclusivity(unchecked) private var plainProperties: [(kind: PlainParagraph, markup: [UInt8]?)] = []

    /// What the properties of such a paragraph are made of.
    private struct PlainParagraph: Equatable {
        /// The bullet level, or -1 for none; the indent, or -1 for none.
        let bulletLevel: Int
        let indent: Int
        let keepNext: Bool
        let alignment: Alignment
        let style: String
    }
    /// The page of the section being written.
    @exclusivity(unchecked) var page: SectionProperties
    /// The header and footer relationships of landscape sections, by the reference's.
    private let landscapeHeaderIds: [String: String]
    /// The bytes of the run being written, cleaned and escaped (`TextBytes`), reused.
    @exclusivity(unchecked) var runBytes: [UInt8] = []
    /// Whether the last element written into the body or a cell is a paragraph, which a
    /// table cell must end with and a section's properties can ride on.
    @exclusivity(unchecked) var endsWithParagraph = false

    /// The reference's cover, prepared for filling, and the values of its placeholders.
    private let cover: PreparedFill
    private let placeholders: [Placeholder: String]
    /// The first section's page, as the reference sets it.
    private let portrait: SectionProperties

    /// A writer of the body into `xml`, which the caller finishes.
    init(xml: XMLWriter, reference: ReferenceContent, cover: PreparedFill, placeholders: [Placeholder: String],
         portrait: SectionProperties, metadata: Metadata, bookmarks: BookmarkNames, landscapeHeaderIds: [String: String] = [:],
         diagnostics: Diagnostics) {
        self.cover = cover
        self.placeholders = placeholders
        self.portrait = portrait
        self.landscapeHeaderIds = landscapeHeaderIds
        self.xml = xml
        self.diagnostics = diagnostics
        self.reference = reference
        self.metadata = metadata
        self.bookmarks = bookmarks
        takenIds = Set(reference.relationships.map(\.id))
        nextNumId = reference.numbering.nextNumId
        nextBookmarkId = reference.firstFreeBookmarkId
        page = portrait
    }

    /// Writes `document`, whose `headings` the caller collected (for the bookmarks).
    func write(_ document: Document, headings: [Heading]) {
        xml.start("w:document")
        var namespaces: [Namespace] = [.w, .r]
        for namespace in reference.documentNamespaces where !namespaces.contains(where: { $0.prefix == namespace.prefix }) {
            namespaces.append(namespace)
        }
        xml.declare(namespaces)
        for attribute in reference.documentRootAttributes where attribute.name == "mc:Ignorable" {
            xml.attribute(name: attribute.name, value: attribute.value)
        }
        xml.start("w:body")
        writeCover()
        let hasContents = writeTableOfContents(headings)
        let sections = SectionPlan(document.blocks).sections
        var pageBreakPending = hasContents
        // Sections alternate between few kinds of page: each made once, by its orientation
        // (1 for landscape) and whether it continues (2); the first portrait one is the
        // reference's, made once per run.
        var pages: [SectionProperties?] = [portrait, nil, nil, nil]
        for (index, section) in sections.enumerated() {
            let kind = (section.orientation == .landscape ? 1 : 0) | (index > 0 ? 2 : 0)
            page = pages[kind] ?? SectionProperties(reference: reference.mainSection, orientation: section.orientation,
                                                    continuation: index > 0, landscapeHeaderIds: landscapeHeaderIds)
            pages[kind] = page
            let isLast = index == sections.count - 1
            var previous: Block?
            for (position, block) in section.blocks.enumerated() {
                let endsSection = !isLast && position == section.blocks.count - 1
                let placement = Placement(pageBreakBefore: pageBreakPending, section: endsSection ? page.element : nil)
                pageBreakPending = false
                write(block, context: BlockContext(textWidth: page.textWidth), previous: previous, placement: placement)
                previous = block
            }
            if isLast {
                page.element.write(to: xml)
            } else if section.blocks.isEmpty {
                sectionEnd(page.element)
            }
        }
        xml.end()
        xml.end()
    }

    // MARK: Cover and contents

    private func writeCover() {
        let cover = PlaceholderFiller(values: placeholders).fill(self.cover)
        cover.write(to: xml, diagnostics: diagnostics)
        if !cover.isEmpty && !reference.coverEndsSection { sectionEnd(portrait.element) }
    }

    /// The reference's contents heading and a TOC field whose stored result already lists
    /// the headings, linked, so the contents show even where fields are not updated (PDF
    /// conversion); Word updates it with page numbers on opening.
    private func writeTableOfContents(_ headings: [Heading]) -> Bool {
        guard let contents = reference.tableOfContents?.reaching(metadata.contentsDepth) else { return false }
        contents.heading?.write(to: xml)
        let entries = headings.indices.filter { contents.levels.contains(headings[$0].level) }
        func begin() {
            xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "begin", "w:dirty": "true"]) }
            xml.element("w:r") { xml.textElement("w:instrText", ["xml:space": "preserve"], contents.instruction) }
            xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "separate"]) }
        }
        func end() {
            xml.element("w:r") { xml.empty("w:fldChar", ["w:fldCharType": "end"]) }
        }
        if entries.isEmpty {
            paragraph(ParagraphOptions(style: styles[.toc1])) {
                begin()
                end()
            }
        }
        for (index, headingIndex) in entries.enumerated() {
            let heading = headings[headingIndex]
            paragraph(ParagraphOptions(style: styles[StyleRole.tocEntry(heading.level)])) {
                if index == 0 { begin() }
                xml.element("w:hyperlink", ["w:anchor": bookmarks[heading: headingIndex], "w:history": "1"]) {
                    run(heading.text.plainText, RunFormat())
                }
                if index == entries.count - 1 { end() }
            }
        }
        return true
    }

    // MARK: Blocks

    /// Where a top-level block stands: first after the contents (new page), or last in its
    /// section (carries the section's properties).
    struct Placement {
        var pageBreakBefore = false
        var section: Element?
    }

    /// What surrounds a block: the paragraph style of plain paragraphs, list depth, cells.
    struct BlockContext {
        var paragraphStyle: StyleRole = .bodyText
        var listDepth = 0
        var inTable = false
        /// In a table: the style id of the cell's paragraphs (the sample table's, or the
        /// table heading or text style).
        var cellStyle = ""
        /// How the paragraphs of the cell line up (its column's alignment).
        var alignment: Alignment = .start
        /// Paragraphs keep with the next (a table's header rows, an activity's band).
        var keepNext = false
        var textWidth: Int
    }

    func write(_ block: Block, context: BlockContext, previous: Block? = nil, placement: Placement = Placement()) {
        var options = ParagraphOptions(style: context.inTable ? context.cellStyle : styles[context.paragraphStyle])
        options.keepNext = context.keepNext
        options.pageBreakBefore = placement.pageBreakBefore
        options.section = placement.section
        options.alignment = context.alignment
        switch block {
        case .heading(let heading):
            // As `Heading.sanitised()` leaves it, without making the copy: the bookmark of
            // its cleaned anchor, and its links and cross-references their words (the runs
            // clean its texts as they write them).
            options.style = styles[StyleRole.heading(heading.level)]
            options.bookmark = bookmarks.name(at: headingsWritten, anchor: TextHygiene.clean(heading.anchor))
            headingsWritten += 1
            paragraph(options) { runs(heading.text, asWords: true) }
            return
        case .paragraph(let inlines):
            paragraph(inlines, options)
            return
        default:
            break
        }
        if placement.pageBreakBefore { pageBreak() }
        switch block {
        case .heading, .paragraph, .sectionBreak:
            break
        case .bulletList(let items):
            list(items, numbered: false, context: context)
        case .numberedList(let items):
            list(items, numbered: true, context: context)
        case .table(let table):
            self.table(table, context: context, previous: previous)
        case .quote(let blocks):
            var inner = context
            inner.paragraphStyle = .quote
            for block in blocks { write(block, context: inner) }
        case .note(let label, let blocks):
            var inner = context
            inner.paragraphStyle = .note
            var labelOptions = ParagraphOptions(style: context.inTable ? context.cellStyle : styles[.note])
            labelOptions.keepNext = true
            paragraph([.strong([.text(label)])], labelOptions)
            for block in blocks { write(block, context: inner) }
        case .figure(let figure):
            self.figure(figure, context: context)
        case .pageBreak:
            pageBreak()
        }
        if let section = placement.section { sectionEnd(section) }
    }

    // MARK: Paragraphs

    struct ParagraphOptions {
        var style: String
        var keepNext = false
        var pageBreakBefore = false
        var numbering: (id: Int, level: Int)?
        var indent: Int?
        var section: Element?
        var bookmark: String?
        var alignment: Alignment = .start
    }

    func paragraph(_ inlines: [Inline], _ options: ParagraphOptions) {
        paragraph(options) { runs(inlines) }
    }

    func paragraph(_ options: ParagraphOptions, content: () -> Void) {
        xml.start("w:p")
        if options.section == nil && !options.pageBreakBefore
            && (options.numbering.map { $0.id == reference.numbering.bulletNumId } ?? true) {
            let kind = PlainParagraph(bulletLevel: options.numbering?.level ?? -1, indent: options.indent ?? -1,
                                      keepNext: options.keepNext, alignment: options.alignment, style: options.style)
            let index = plainProperties.firstIndex { $0.kind == kind } ?? {
                plainProperties.append((kind, nil))
                return plainProperties.count - 1
            }()
            xml.repeating(&plainProperties[index].markup) { properties(options) }
        } else {
            properties(options)
        }
        if let bookmark = options.bookmark {
            let id = nextBookmarkId
            nextBookmarkId += 1
            xml.start("w:bookmarkStart")
            xml.attribute("w:id", id)
            xml.attribute("w:name", bookmark)
            xml.end()
            content()
            xml.empty("w:bookmarkEnd", "w:id", id)
        } else {
            content()
        }
        xml.end()
        endsWithParagraph = true
    }

    /// A paragraph's `w:pPr`.
    private func properties(_ options: ParagraphOptions) {
        xml.start("w:pPr")
        xml.empty("w:pStyle", "w:val", options.style)
        if options.keepNext { xml.empty("w:keepNext") }
        if options.pageBreakBefore { xml.empty("w:pageBreakBefore") }
        if let numbering = options.numbering {
            xml.element("w:numPr") {
                xml.empty("w:ilvl", "w:val", numbering.level)
                xml.empty("w:numId", "w:val", numbering.id)
            }
        }
        if let indent = options.indent { xml.empty("w:ind", "w:left", indent) }
        switch options.alignment {
        case .start: break
        case .center: xml.empty("w:jc", "w:val", "center")
        case .end: xml.empty("w:jc", "w:val", "right")
        }
        options.section?.write(to: xml)
        xml.end()
    }

    /// An empty paragraph, as a table cell needs one.
    func emptyParagraph(style: String) {
        paragraph(ParagraphOptions(style: style)) {}
    }

    private func pageBreak() {
        xml.element("w:p") {
            xml.element("w:r") { xml.empty("w:br", "w:type", "page") }
        }
        endsWithParagraph = true
    }

    /// Ends a section after a block that cannot carry its properties (a table, a list's
    /// nested end): a paragraph as small as Word allows, so it cannot push a page over.
    private func sectionEnd(_ section: Element) {
        xml.element("w:p") {
            xml.element("w:pPr") {
                xml.empty("w:spacing", ["w:before": "0", "w:after": "0", "w:line": "20", "w:lineRule": "exact"])
                xml.element("w:rPr") {
                    xml.empty("w:sz", "w:val", 2)
                    xml.empty("w:szCs", "w:val", 2)
                }
                section.write(to: xml)
            }
        }
        endsWithParagraph = true
    }

    // MARK: Lists

    private func list(_ items: [ListItem], numbered: Bool, context: BlockContext) {
        let level = min(context.listDepth, 8)
        let numId: Int
        if numbered {
            numId = nextNumId
            nextNumId += 1
            numberingInstances.append(NumberingCatalog.instance(id: numId, abstractId: reference.numbering.numberAbstractId,
                                                                restartLevel: level))
        } else {
            numId = reference.numbering.bulletNumId
        }
        let itemStyle = context.inTable ? context.cellStyle : styles[numbered ? .listNumber : .listBullet]
        let continuationStyle = context.inTable ? context.cellStyle : styles[.listContinue]
        var inner = context
        inner.listDepth = context.listDepth + 1
        for item in items {
            var first = true
            for block in item.blocks {
                switch block {
                case .paragraph(let inlines):
                    var options = ParagraphOptions(style: first ? itemStyle : continuationStyle)
                    options.keepNext = context.keepNext
                    if first { options.numbering = (numId, level) } else { options.indent = NumberingCatalog.indent(level: level) }
                    paragraph(inlines, options)
                case .bulletList(let nested):
                    list(nested, numbered: false, context: inner)
                case .numberedList(let nested):
                    list(nested, numbered: true, context: inner)
                default:
                    write(block, context: inner)
                }
                first = false
            }
            if item.blocks.isEmpty {
                var options = ParagraphOptions(style: itemStyle)
                options.numbering = (numId, level)
                paragraph([], options)
            }
        }
    }

    // MARK: Figures

    /// The caption, kept with what follows, then the chart inline in a paragraph of its own
    /// with the chart's description as alt text; or the note that it is not reproduced.
    private func figure(_ figure: Figure, context: BlockContext) {
        let figure = figure.sanitised()
        var caption = ParagraphOptions(style: styles[.caption])
        caption.keepNext = true
        paragraph([.text(figure.caption)], caption)
        switch figure.content {
        case .absent(let note):
            paragraph([.emphasis([.text(note)])], ParagraphOptions(style: context.inTable ? context.cellStyle : styles[.bodyText]))
        case .chart(let chart):
            var id = "hpChart\(charts.count + 1)"
            while takenIds.contains(id) { id += "x" }
            let number = charts.count + 1
            charts.append((chart, Relationship(id: id, type: Relationship.chart, target: "charts/chart\(number).xml")))
            let width = context.textWidth * ChartGeometry.emuPerTwip
            paragraph(ParagraphOptions(style: context.inTable ? context.cellStyle : styles[.bodyText])) {
                xml.element("w:r") {
                    xml.element("w:drawing") {
                        ChartGeometry.inline(chart, relationship: id, number: number, width: width, name: figure.caption, to: xml)
                    }
                }
            }
        }
    }

    // MARK: Hyperlinks

    /// The relationship id of an external link, one per distinct address.
    func hyperlinkId(_ url: String) -> String {
        if let id = hyperlinkIds[url] { return id }
        var id = "hpLink\(hyperlinks.count + 1)"
        while takenIds.contains(id) { id += "x" }
        hyperlinkIds[url] = id
        hyperlinks.append(Relationship(id: id, type: Relationship.hyperlink, target: Self.linkTarget(url), isExternal: true))
        return id
    }

    /// Addresses as written in plans ("www.skr.se") made absolute, so Word does not take
    /// them for file names. `url` is as `LinkPolicy.address` gives it: trimmed, its spaces
    /// escaped already.
    static func linkTarget(_ url: String) -> String {
        startsWithWWW(url) ? "https://" + url : url
    }

    /// Whether `url` begins "www.", in any case (no other character lowercases to these).
    private static func startsWithWWW(_ url: String) -> Bool {
        let start = Array(url.utf8.prefix(4))
        return start.count == 4 && start[0] | 0x20 == 0x77 && start[1] | 0x20 == 0x77 && start[2] | 0x20 == 0x77 && start[3] == 0x2E
    }
}

import Foundation
import OOXML

// What the writer takes from a reference document, read and checked once.
struct ReferenceContent: Sendable {
    /// The body of the reference's first section: the cover page, placeholders unfilled.
    let cover: [Element]
    /// Whether the cover's last paragraph ends its section; otherwise the writer ends it.
    let coverEndsSection: Bool
    /// The section properties of the last section: page size, margins, headers, footers.
    let mainSection: Element
    let documentNamespaces: [Namespace]
    /// The document root's attributes, `mc:Ignorable` among them.
    let documentRootAttributes: [Attribute]
    let tableOfContents: TableOfContentsTemplate?
    /// The first bookmark id the cover and the contents heading leave free.
    let firstFreeBookmarkId: Int
    let styles: StyleSheet
    /// The look of the plan's tables, from the reference's sample table.
    let tableLook: TableLook
    let numbering: NumberingTemplate
    let settings: XMLPart?
    let fontTable: XMLPart?
    let theme: XMLPart?
    /// The main document's relationships the cover and the sections use, with targets as
    /// seen from `word/document.xml`.
    let relationships: [Relationship]
    /// Headers, footers, images and whatever they refer to, under their own names.
    let parts: [CarriedPart]

    /// What the writer takes from `source`; `styles`: its style sheet, when made already.
    init(_ source: ReferenceSource, styles: StyleSheet? = nil) {
        let styles = styles ?? StyleSheet(reference: source.styles)
        cover = source.cover
        coverEndsSection = source.coverEndsSection
        mainSection = source.mainSection
        documentNamespaces = source.documentNamespaces
        documentRootAttributes = source.documentRootAttributes
        tableOfContents = source.tableOfContents.map { TableOfContentsTemplate(heading: $0.heading, instruction: $0.instruction) }
        firstFreeBookmarkId = source.firstFreeBookmarkId
        self.styles = styles
        tableLook = TableLook(sampleIn: [source.tableSample].compactMap { $0 }, styles: styles)
        numbering = NumberingTemplate(reference: source.numbering, styles: styles)
        settings = source.settings
        fontTable = source.fontTable
        theme = source.theme
        relationships = source.relationships
        parts = source.parts
    }
}

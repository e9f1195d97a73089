import CacheFiles
import Foundation
import OOXML

// What the writer takes from a reference document, read and checked once. This is the form
// the reference cache keeps (`ReferenceCache`), so that a run with an unchanged reference
// skips unpacking, parsing, normalising and checking it, and making the writer's own tables
// (style ids, lists, the table look) from it.
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

// The content as a cache entry holds it, each table as its own type writes it.
extension ReferenceContent {
    func encode(to encoder: inout CacheEncoder) {
        encoder.write(cover.count)
        for element in cover { encoder.write(element) }
        encoder.write(coverEndsSection)
        encoder.write(mainSection)
        encoder.write(documentNamespaces)
        encoder.write(documentRootAttributes)
        encoder.write(tableOfContents != nil)
        tableOfContents?.encode(to: &encoder)
        encoder.write(firstFreeBookmarkId)
        styles.encode(to: &encoder)
        tableLook.encode(to: &encoder)
        numbering.encode(to: &encoder)
        for part in [settings, fontTable, theme] { encoder.write(part) }
        encoder.write(relationships)
        encoder.write(parts.count)
        for part in parts {
            encoder.write(part.name)
            encoder.write(part.contentType != nil)
            if let type = part.contentType { encoder.write(type) }
            encoder.write(part.defaultType)
            switch part.content {
            case .xml(let xml):
                encoder.write(0)
                encoder.write(xml)
            case .binary(let data):
                encoder.write(1)
                encoder.write(data)
            }
            encoder.write(part.relationships)
        }
    }

    /// The content `encode(to:)` wrote into `bytes`, or nil when they hold anything else.
    init?(decoding bytes: UnsafeRawBufferPointer) {
        var decoder = CacheDecoder(bytes)
        cover = (0..<decoder.read()).map { _ in decoder.element() }
        coverEndsSection = decoder.bool()
        mainSection = decoder.element()
        documentNamespaces = decoder.namespaces()
        documentRootAttributes = decoder.attributes()
        if decoder.bool() {
            guard let contents = TableOfContentsTemplate(decoding: &decoder) else { return nil }
            tableOfContents = contents
        } else {
            tableOfContents = nil
        }
        firstFreeBookmarkId = decoder.read(atMost: Int(Int32.max))
        guard let styles = StyleSheet(decoding: &decoder) else { return nil }
        self.styles = styles
        tableLook = TableLook(decoding: &decoder)
        numbering = NumberingTemplate(decoding: &decoder)
        settings = decoder.optionalPart()
        fontTable = decoder.optionalPart()
        theme = decoder.optionalPart()
        relationships = decoder.relationships()
        parts = (0..<decoder.read()).map { _ in
            let name = decoder.string()
            let contentType = decoder.bool() ? decoder.string() : nil
            let defaultType = decoder.string()
            let content: CarriedPart.Content = decoder.read(atMost: 1) == 0 ? .xml(decoder.part()) : .binary(decoder.data())
            return CarriedPart(name: name, contentType: contentType, defaultType: defaultType, content: content,
                               relationships: decoder.relationships())
        }
        guard !decoder.failed, decoder.isAtEnd else { return nil }
    }
}

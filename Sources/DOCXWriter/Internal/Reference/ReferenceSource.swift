import CacheFiles
import Foundation
import OOXML

// What reading and checking a reference document gives, before the writer's own tables
// (style ids, lists, the table look) are made from it: the parts it copies, normalised, and
// what it found in them. This is the form the reference cache keeps (`ReferenceCache`), so
// that a run with an unchanged reference skips unpacking, parsing, normalising and checking.
struct ReferenceSource: Sendable {
    var cover: [Element]
    var coverEndsSection: Bool
    var mainSection: Element
    var documentNamespaces: [Namespace]
    var documentRootAttributes: [Attribute]
    /// The table of contents after the cover: its heading paragraph and field instruction.
    var tableOfContents: (heading: Element?, instruction: String)?
    var firstFreeBookmarkId: Int
    var styles: XMLPart?
    var numbering: XMLPart?
    /// The first table after the cover: the sample of the tables' look.
    var tableSample: Element?
    var settings: XMLPart?
    var fontTable: XMLPart?
    var theme: XMLPart?
    var relationships: [Relationship]
    var parts: [CarriedPart]

    // MARK: Encoding

    func encode(to encoder: inout CacheEncoder) {
        encoder.write(cover.count)
        for element in cover { element.encode(to: &encoder) }
        encoder.write(coverEndsSection)
        mainSection.encode(to: &encoder)
        encode(documentNamespaces, to: &encoder)
        encode(documentRootAttributes, to: &encoder)
        encoder.write(tableOfContents != nil)
        if let tableOfContents {
            encode(tableOfContents.heading, to: &encoder)
            encoder.write(tableOfContents.instruction)
        }
        encoder.write(firstFreeBookmarkId)
        for part in [styles, numbering] { encode(part, to: &encoder) }
        encode(tableSample, to: &encoder)
        for part in [settings, fontTable, theme] { encode(part, to: &encoder) }
        encode(relationships, to: &encoder)
        encoder.write(parts.count)
        for part in parts {
            encoder.write(part.name)
            encoder.write(part.contentType != nil)
            if let type = part.contentType { encoder.write(type) }
            encoder.write(part.defaultType)
            switch part.content {
            case .xml(let xml):
                encoder.write(0)
                xml.encode(to: &encoder)
            case .binary(let data):
                encoder.write(1)
                encoder.write(data)
            }
            encode(part.relationships, to: &encoder)
        }
    }

    private func encode(_ element: Element?, to encoder: inout CacheEncoder) {
        encoder.write(element != nil)
        element?.encode(to: &encoder)
    }

    private func encode(_ part: XMLPart?, to encoder: inout CacheEncoder) {
        encoder.write(part != nil)
        part?.encode(to: &encoder)
    }

    private func encode(_ namespaces: [Namespace], to encoder: inout CacheEncoder) {
        encoder.write(namespaces.count)
        for namespace in namespaces {
            encoder.write(namespace.prefix)
            encoder.write(namespace.uri)
        }
    }

    private func encode(_ attributes: [Attribute], to encoder: inout CacheEncoder) {
        encoder.write(attributes.count)
        for attribute in attributes {
            encoder.write(attribute.name)
            encoder.write(attribute.value)
        }
    }

    private func encode(_ relationships: [Relationship], to encoder: inout CacheEncoder) {
        encoder.write(relationships.count)
        for relationship in relationships {
            encoder.write(relationship.id)
            encoder.write(relationship.type)
            encoder.write(relationship.target)
            encoder.write(relationship.isExternal)
        }
    }

}

// The source as `encode(to:)` wrote it.
extension ReferenceSource {
    /// The source `encode(to:)` wrote into `bytes`, or nil when they hold anything else.
    init?(decoding bytes: UnsafeRawBufferPointer) {
        var decoder = CacheDecoder(bytes)
        cover = (0..<decoder.read()).map { _ in Element(decoding: &decoder) }
        coverEndsSection = decoder.bool()
        mainSection = Element(decoding: &decoder)
        documentNamespaces = Self.namespaces(&decoder)
        documentRootAttributes = Self.attributes(&decoder)
        tableOfContents = decoder.bool() ? (Self.element(&decoder), decoder.string()) : nil
        firstFreeBookmarkId = decoder.read(atMost: Int(Int32.max))
        styles = Self.part(&decoder)
        numbering = Self.part(&decoder)
        tableSample = Self.element(&decoder)
        settings = Self.part(&decoder)
        fontTable = Self.part(&decoder)
        theme = Self.part(&decoder)
        relationships = Self.relationships(&decoder)
        parts = (0..<decoder.read()).map { _ in
            let name = decoder.string()
            let contentType = decoder.bool() ? decoder.string() : nil
            let defaultType = decoder.string()
            let content: CarriedPart.Content = decoder.read(atMost: 1) == 0 ? .xml(XMLPart(decoding: &decoder)) : .binary(decoder.data())
            return CarriedPart(name: name, contentType: contentType, defaultType: defaultType, content: content,
                               relationships: Self.relationships(&decoder))
        }
        guard !decoder.failed, decoder.isAtEnd else { return nil }
    }

    private static func element(_ decoder: inout CacheDecoder) -> Element? {
        decoder.bool() ? Element(decoding: &decoder) : nil
    }

    private static func part(_ decoder: inout CacheDecoder) -> XMLPart? {
        decoder.bool() ? XMLPart(decoding: &decoder) : nil
    }

    fileprivate static func namespaces(_ decoder: inout CacheDecoder) -> [Namespace] {
        (0..<decoder.read()).map { _ in Namespace(prefix: decoder.string(), uri: decoder.string()) }
    }

    fileprivate static func attributes(_ decoder: inout CacheDecoder) -> [Attribute] {
        (0..<decoder.read()).map { _ in Attribute(decoder.string(), decoder.string()) }
    }

    private static func relationships(_ decoder: inout CacheDecoder) -> [Relationship] {
        (0..<decoder.read()).map { _ in
            Relationship(id: decoder.string(), type: decoder.string(), target: decoder.string(), isExternal: decoder.bool())
        }
    }
}

// Trees as a cache entry holds them: name, attributes, then children, each an element or a text.
extension XMLPart {
    fileprivate func encode(to encoder: inout CacheEncoder) {
        root.encode(to: &encoder)
        encoder.write(namespaces.count)
        for namespace in namespaces {
            encoder.write(namespace.prefix)
            encoder.write(namespace.uri)
        }
    }

    fileprivate init(decoding decoder: inout CacheDecoder) {
        let root = Element(decoding: &decoder)
        self.init(root: root, namespaces: ReferenceSource.namespaces(&decoder))
    }
}

extension Element {
    fileprivate func encode(to encoder: inout CacheEncoder) {
        encoder.write(name)
        encoder.write(attributes.count)
        for attribute in attributes {
            encoder.write(attribute.name)
            encoder.write(attribute.value)
        }
        encoder.write(children.count)
        for child in children {
            switch child {
            case .element(let element):
                encoder.write(0)
                element.encode(to: &encoder)
            case .text(let text):
                encoder.write(1)
                encoder.write(text)
            }
        }
    }

    fileprivate init(decoding decoder: inout CacheDecoder) {
        let name = decoder.string()
        let attributes = ReferenceSource.attributes(&decoder)
        let children = (0..<decoder.read()).map { _ -> Node in
            decoder.read(atMost: 1) == 0 ? .element(Element(decoding: &decoder)) : .text(decoder.string())
        }
        self.init(name, attributes, children)
    }
}

import CacheFiles
import OOXML

// Trees as the reference's cache entries hold them (`ReferenceCache`, `DeflatedPartsCache`):
// an element its name, attributes, then children, each an element or a text; a part its root
// and namespaces; what may be missing a flag before it. `CacheDecoder` reads them back.
extension CacheEncoder {
    mutating func write(_ element: Element) {
        write(element.name)
        write(element.attributes)
        write(element.children.count)
        for child in element.children {
            switch child {
            case .element(let element):
                write(0)
                write(element)
            case .text(let text):
                write(1)
                write(text)
            }
        }
    }

    mutating func write(_ element: Element?) {
        write(element != nil)
        if let element { write(element) }
    }

    mutating func write(_ part: XMLPart) {
        write(part.root)
        write(part.namespaces)
    }

    mutating func write(_ part: XMLPart?) {
        write(part != nil)
        if let part { write(part) }
    }

    mutating func write(_ namespaces: [Namespace]) {
        write(namespaces.count)
        for namespace in namespaces {
            write(namespace.prefix)
            write(namespace.uri)
        }
    }

    mutating func write(_ attributes: [Attribute]) {
        write(attributes.count)
        for attribute in attributes {
            write(attribute.name)
            write(attribute.value)
        }
    }

    mutating func write(_ relationship: Relationship) {
        write(relationship.id)
        write(relationship.type)
        write(relationship.target)
        write(relationship.isExternal)
    }

    mutating func write(_ relationships: [Relationship]) {
        write(relationships.count)
        for relationship in relationships { write(relationship) }
    }

    mutating func write(_ strings: [String]) {
        write(strings.count)
        for string in strings { write(string) }
    }
}

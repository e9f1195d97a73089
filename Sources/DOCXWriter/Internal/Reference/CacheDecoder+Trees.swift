import CacheFiles
import OOXML

// The trees `CacheEncoder` wrote (its `+Trees` extension), in the same order.
extension CacheDecoder {
    mutating func element() -> Element {
        let name = string()
        let attributes = attributes()
        let children = (0..<read()).map { _ -> Node in read(atMost: 1) == 0 ? .element(element()) : .text(string()) }
        return Element(name, attributes, children)
    }

    mutating func optionalElement() -> Element? { bool() ? element() : nil }

    mutating func part() -> XMLPart {
        let root = element()
        return XMLPart(root: root, namespaces: namespaces())
    }

    mutating func optionalPart() -> XMLPart? { bool() ? part() : nil }

    mutating func namespaces() -> [Namespace] {
        (0..<read()).map { _ in Namespace(prefix: string(), uri: string()) }
    }

    mutating func attributes() -> [Attribute] {
        (0..<read()).map { _ in Attribute(string(), string()) }
    }

    mutating func relationship() -> Relationship {
        Relationship(id: string(), type: string(), target: string(), isExternal: bool())
    }

    mutating func relationships() -> [Relationship] {
        (0..<read()).map { _ in relationship() }
    }

    mutating func strings() -> [String] {
        (0..<read()).map { _ in string() }
    }
}

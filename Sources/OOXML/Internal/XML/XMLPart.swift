import Foundation

// A whole part: its root element and the namespaces declared on it.
package struct XMLPart: Sendable, Hashable {
    package var root: Element
    package var namespaces: [Namespace]

    package init(root: Element, namespaces: [Namespace]) {
        self.root = root
        self.namespaces = namespaces
    }

    package func data(_ diagnostics: Diagnostics) -> Data {
        let writer = XMLWriter(diagnostics: diagnostics)
        writer.start(root.name)
        writer.declare(namespaces)
        for attribute in root.attributes { writer.attribute(attribute.name, attribute.value) }
        for child in root.children {
            switch child {
            case .element(let element): element.write(to: writer)
            case .text(let text): writer.text(text)
            }
        }
        return writer.finish()
    }
}

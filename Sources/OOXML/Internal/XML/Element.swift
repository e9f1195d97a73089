// A small XML tree for the parts taken from a reference document (styles, cover, headers),
// which the writer edits before streaming them out again. Names carry the canonical prefix
// of `Namespace.known` ("w:p"), whatever prefix the file used.
package struct Element: Sendable, Hashable {
    package var name: String
    package var attributes: [Attribute]
    package var children: [Node]

    package init(_ name: String, _ attributes: [Attribute] = [], _ children: [Node] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element with `w:val` and child elements, the commonest shape in WordprocessingML.
    package init(_ name: String, val: String, _ children: [Element] = []) {
        self.init(name, [Attribute("w:val", val)], children.map(Node.element))
    }

    package init(_ name: String, _ attributes: [Attribute] = [], elements: [Element]) {
        self.init(name, attributes, elements.map(Node.element))
    }

    package subscript(attribute name: String) -> String? {
        get { attributes.first { $0.name == name }?.value }
        set {
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                if let newValue { attributes[index].value = newValue } else { attributes.remove(at: index) }
            } else if let newValue {
                attributes.append(Attribute(name, newValue))
            }
        }
    }

    package var elements: [Element] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    package func first(_ name: String) -> Element? { elements.first { $0.name == name } }

    package func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Every element below this one, depth first, in document order.
    package func descendants(_ name: String) -> [Element] {
        var found: [Element] = []
        func visit(_ element: Element) {
            for child in element.elements {
                if child.name == name { found.append(child) }
                visit(child)
            }
        }
        visit(self)
        return found
    }

    /// The text of all descendants, concatenated.
    package var text: String {
        // The commonest case (a `w:t`): one text, nothing to join.
        if children.count == 1, case .text(let text) = children[0] { return text }
        return children.map { node in
            switch node {
            case .text(let text): return text
            case .element(let element): return element.text
            }
        }.joined()
    }

    /// Replaces every descendant element (not this one) by what `transform` returns for it;
    /// `transform` sees elements bottom-up, after their own children were transformed.
    package func mapDescendants(_ transform: (Element) -> [Node]) -> Element {
        var copy = self
        copy.children = children.flatMap { node -> [Node] in
            guard case .element(let element) = node else { return [node] }
            return transform(element.mapDescendants(transform))
        }
        return copy
    }

    package func write(to writer: XMLWriter) {
        writer.start(name: name)
        for attribute in attributes { writer.attribute(name: attribute.name, value: attribute.value) }
        children.write(to: writer)
        writer.end()
    }
}

extension [Node] {
    /// Writes the nodes in order.
    package func write(to writer: XMLWriter) {
        for node in self {
            switch node {
            case .element(let element): element.write(to: writer)
            case .text(let text): writer.text(text)
            }
        }
    }
}

/// A child of an element.
package enum Node: Sendable, Hashable {
    case element(Element)
    case text(String)
}

/// An attribute with its qualified name.
package struct Attribute: Sendable, Hashable {
    package var name: String
    package var value: String

    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

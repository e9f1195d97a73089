import Foundation

// A whole part: its root element and the namespaces declared on it.
package struct XMLPart: Sendable, Hashable {
    package var root: Element
    package var namespaces: [Namespace]

    package init(root: Element, namespaces: [Namespace]) {
        self.root = root
        self.namespaces = namespaces
    }

    /// The part's bytes.
    package func data(_ diagnostics: Diagnostics) throws(WriteFailure) -> Data {
        let sink = DataSink()
        try write(to: XMLWriter(diagnostics: diagnostics, sink: sink))
        return sink.data
    }

    /// Writes the whole part with `writer` and finishes it.
    package func write(to writer: XMLWriter) throws(WriteFailure) {
        try write(to: writer) { root.children.write(to: $0) }
    }

    /// Writes the part with `writer`, its root's content written by `content` instead of
    /// its children, and finishes it.
    package func write(to writer: XMLWriter, content: (XMLWriter) -> Void) throws(WriteFailure) {
        writer.start(name: root.name)
        writer.declare(namespaces)
        for attribute in root.attributes { writer.attribute(name: attribute.name, value: attribute.value) }
        content(writer)
        try writer.finish()
    }
}

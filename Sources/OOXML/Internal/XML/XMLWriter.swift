import CLibXML2
import Foundation

// Streams one XML part through libxml2's xmlTextWriter: the library writes the markup and
// escapes every text and attribute value, so no part is ever assembled from strings. Text
// first passes `XMLCharacters`, which drops what XML 1.0 cannot carry.
package final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let diagnostics: Diagnostics

    package init(diagnostics: Diagnostics) {
        self.diagnostics = diagnostics
        LibXML.initialise()
        buffer = xmlBufferCreate()
        // The default scheme grows the buffer by the exact amount needed; doubling keeps
        // writing large documents linear.
        xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    package func start(_ name: String) {
        Self.withXMLChars(name) { _ = xmlTextWriterStartElement(writer, $0) }
    }

    package func end() {
        xmlTextWriterEndElement(writer)
    }

    package func attribute(_ name: String, _ value: String) {
        let clean = XMLCharacters.clean(value, diagnostics: diagnostics)
        Self.withXMLChars(name) { name in
            Self.withXMLChars(clean) { value in _ = xmlTextWriterWriteAttribute(writer, name, value) }
        }
    }

    package func text(_ value: String) {
        let clean = XMLCharacters.clean(value, diagnostics: diagnostics)
        Self.withXMLChars(clean) { _ = xmlTextWriterWriteString(writer, $0) }
    }

    /// An element with attributes and no content.
    package func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// An element with attributes whose content `body` writes.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () -> Void) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        body()
        end()
    }

    /// An element holding only text.
    package func textElement(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ value: String) {
        element(name, attributes) { text(value) }
    }

    /// Declares the namespaces on the element just started (the part's root).
    package func declare(_ namespaces: [Namespace]) {
        for namespace in namespaces {
            attribute(namespace.prefix.isEmpty ? "xmlns" : "xmlns:\(namespace.prefix)", namespace.uri)
        }
    }

    /// Closes every open element and returns the part.
    package func finish() -> Data {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        return Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
    }

    private static func withXMLChars<T>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        // Native strings are stored NUL-terminated, so this lends their bytes without a copy.
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { body($0) }
        }
    }
}

import CLibXML2
import Foundation

// Streams one XML part through libxml2's xmlTextWriter: the library writes the markup and
// escapes every text and attribute value, so no part is ever assembled from strings. Text
// first passes `XMLCharacters`, which drops what XML 1.0 cannot carry.
//
// Every libxml2 call is checked. The first failure is kept and later calls do nothing, so
// the writers stay plain sequences of calls; `finish()` throws it.
package final class XMLWriter {
    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr?
    private let diagnostics: Diagnostics
    private var failure: String?

    package init(diagnostics: Diagnostics) {
        self.diagnostics = diagnostics
        LibXML.initialise()
        buffer = xmlBufferCreate()
        writer = buffer.flatMap { xmlNewTextWriterMemory($0, 0) }
        guard let buffer, let writer else {
            failure = "libxml2 kunde inte starta (minnet räcker inte)"
            return
        }
        // The default scheme grows the buffer by the exact amount needed; doubling keeps
        // writing large documents linear.
        _ = xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "dokumentets början")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Notes the first call that failed (libxml2 returns -1, most often for want of memory).
    private func check(_ result: Int32, _ what: @autoclosure () -> String) {
        if result < 0 && failure == nil { failure = "libxml2 kunde inte skriva \(what()) (minnet räcker inte eller texten är ogiltig)" }
    }

    package func start(_ name: String) {
        guard failure == nil, let writer else { return }
        Self.withXMLChars(name) { check(xmlTextWriterStartElement(writer, $0), "<\(name)>") }
    }

    package func end() {
        guard failure == nil, let writer else { return }
        check(xmlTextWriterEndElement(writer), "en sluttagg")
    }

    package func attribute(_ name: String, _ value: String) {
        guard failure == nil, let writer else { return }
        let clean = XMLCharacters.clean(value, diagnostics: diagnostics)
        Self.withXMLChars(name) { name in
            Self.withXMLChars(clean) { value in check(xmlTextWriterWriteAttribute(writer, name, value), "ett attribut") }
        }
    }

    package func text(_ value: String) {
        guard failure == nil, let writer else { return }
        let clean = XMLCharacters.clean(value, diagnostics: diagnostics)
        Self.withXMLChars(clean) { check(xmlTextWriterWriteString(writer, $0), "en text") }
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

    /// Closes every open element and returns the part, or the first failure.
    package func finish() throws(WriteFailure) -> Data {
        if failure == nil, let writer {
            check(xmlTextWriterEndDocument(writer), "dokumentets slut")
            check(xmlTextWriterFlush(writer), "delen")
        }
        if let failure { throw WriteFailure(message: failure) }
        guard let buffer, let content = xmlBufferContent(buffer) else { throw WriteFailure(message: "libxml2 gav ingen text") }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private static func withXMLChars<T>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        // Native strings are stored NUL-terminated, so this lends their bytes without a copy.
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { body($0) }
        }
    }
}

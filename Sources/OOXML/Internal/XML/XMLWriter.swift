import CLibXML2
import Foundation

// Streams one XML part through libxml2's xmlTextWriter: the library writes the markup and
// escapes every text and attribute value, so no part is ever assembled from strings. Text
// first passes `XMLCharacters`, which drops what XML 1.0 cannot carry. libxml2 hands its
// output to `sink` a few kilobytes at a time (an output buffer with a write callback), so a
// part written into a ZIP entry is deflated as it is written and never held whole.
//
// Every libxml2 call is checked. The first failure is kept and later calls do nothing, so
// the writers stay plain sequences of calls; `finish()` throws it.
package final class XMLWriter {
    private let output: Output
    private var writer: xmlTextWriterPtr?
    private let diagnostics: Diagnostics
    private var failure: String?

    /// What libxml2's write callback sees: the sink, and whether it refused bytes.
    private final class Output {
        let sink: any ByteSink
        var refused = false

        init(_ sink: any ByteSink) { self.sink = sink }
    }

    package init(diagnostics: Diagnostics, sink: any ByteSink) {
        self.diagnostics = diagnostics
        output = Output(sink)
        LibXML.initialise()
        // A sink that refuses bytes makes libxml2 report an I/O error; it is reported here,
        // through the return codes, never printed by libxml2 (its handler is per thread).
        xmlSetStructuredErrorFunc(nil, Self.ignore)
        let context = Unmanaged.passUnretained(output).toOpaque()
        // The text writer owns the output buffer and frees it with itself; the buffer does not
        // own the context, which `output` keeps alive as long as the writer.
        let buffer = xmlOutputBufferCreateIO(Self.write, nil, context, nil)
        guard let buffer, let writer = xmlNewTextWriter(buffer) else {
            if let buffer { _ = xmlOutputBufferClose(buffer) }
            failure = "libxml2 kunde inte starta (minnet räcker inte)"
            return
        }
        self.writer = writer
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "dokumentets början")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    private static let ignore: xmlStructuredErrorFunc = { _, _ in }

    /// libxml2's write callback: the bytes go to the sink, or -1 makes libxml2 stop.
    private static let write: xmlOutputWriteCallback = { context, bytes, length in
        guard let context else { return -1 }
        let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
        guard !output.refused, length >= 0 else { return -1 }
        if output.sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(length))) { return length }
        output.refused = true
        return -1
    }

    /// Notes the first call that failed (libxml2 returns -1, most often for want of memory,
    /// or because the sink refused the bytes, whose own reason is then kept).
    private func check(_ result: Int32, _ what: @autoclosure () -> String) {
        guard result < 0 && failure == nil else { return }
        failure = output.refused ? output.sink.failure ?? "libxml2 kunde inte skriva \(what())"
            : "libxml2 kunde inte skriva \(what()) (minnet räcker inte eller texten är ogiltig)"
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

    /// Closes every open element and hands the rest of the part to the sink, or throws the
    /// first failure.
    package func finish() throws(WriteFailure) {
        if failure == nil, let writer {
            check(xmlTextWriterEndDocument(writer), "dokumentets slut")
            check(xmlTextWriterFlush(writer), "delen")
        }
        if let failure { throw WriteFailure(message: failure) }
    }

    private static func withXMLChars<T>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        // Native strings are stored NUL-terminated, so this lends their bytes without a copy.
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { body($0) }
        }
    }
}

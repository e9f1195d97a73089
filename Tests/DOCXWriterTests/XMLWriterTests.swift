import CLibXML2
import DocumentModel
import Foundation
import OOXML
import Testing

/// The XML writer against libxml2's xmlTextWriter, which wrote render's parts before: the
/// same calls give the same bytes (declaration, `/>`, escaping of text and attribute values),
/// over text that crosses the writer's staging buffer and every character that needs care.
@Suite struct XMLWriterTests {
    /// One call of a writer.
    enum Call {
        case start(String)
        case attribute(String, String)
        case text(String)
        case end
        /// An empty element of one of `emptyNames`, with a `w:val` or none.
        case empty(Int, String?)
    }

    static let emptyNames: [StaticString] = ["w:b", "w:pStyle", "a:c"]

    /// Characters that are escaped, dropped, multi-byte or start with the byte EF, among plain ones.
    static let alphabet: [String] = [
        "a", "Z", " ", " ", "0", "<", ">", "&", "\"", "'", "=", "\n", "\t", "\r", "\r\n", "å", "Ö", "–", "\u{AD}",
        "\u{2060}", "\u{1F600}", "\u{0B}", "\u{00}", "\u{1F}", "\u{7F}", "\u{FFFF}", "\u{FFFE}", "\u{FFFD}", "\u{F000}",
        "\u{EFFF}", "&amp;", "]]>",
    ]

    /// A reproducible sequence of calls: nested elements, attributes, texts long and short.
    static func calls(seed: UInt64, count: Int) -> [Call] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        func string() -> String {
            let length = next(25) == 0 ? 33_000 + next(5_000) : next(12)
            return (0..<length).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
        var calls: [Call] = [.start("w:document")]
        var depth = 1
        var inStartTag = true
        for _ in 0..<count {
            switch next(7) {
            case 6:
                calls.append(.empty(next(Self.emptyNames.count), next(2) == 0 ? nil : string()))
                inStartTag = false
            case 0, 1:
                calls.append(.start(["w:p", "w:r", "w:t", "a:b", "x"][next(5)]))
                depth += 1
                inStartTag = true
            case 2 where inStartTag:
                calls.append(.attribute(["w:val", "xml:space", "r:id", "n"][next(4)], string()))
            case 3:
                calls.append(.text(string()))
                inStartTag = false
            default:
                guard depth > 1 else { continue }
                calls.append(.end)
                depth -= 1
                inStartTag = false
            }
        }
        return calls
    }

    /// The bytes `calls` give through render's writer.
    static func written(_ calls: [Call]) throws -> Data {
        let sink = DataSink()
        let writer = XMLWriter(diagnostics: Diagnostics(), sink: sink)
        for call in calls {
            switch call {
            case .start(let name): writer.start(name: name)
            case .attribute(let name, let value): writer.attribute(name: name, value: value)
            case .text(let text): writer.text(text)
            case .end: writer.end()
            case .empty(let name, let value?): writer.empty(emptyNames[name], "w:val", value)
            case .empty(let name, nil): writer.empty(emptyNames[name])
            }
        }
        try writer.finish()
        return sink.data
    }

    /// The bytes the same calls give through xmlTextWriter, with the characters XML cannot
    /// carry taken out first, as render's writer drops them.
    static func libxml2(_ calls: [Call]) -> Data {
        let buffer = xmlBufferCreate()
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { return Data() }
        func clean(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLCharacters.isAllowed)))
        }
        func chars(_ text: String) -> [xmlChar] { Array(clean(text).utf8) + [0] }
        _ = xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes")
        for call in calls {
            switch call {
            case .start(let name): _ = xmlTextWriterStartElement(writer, chars(name))
            case .attribute(let name, let value): _ = xmlTextWriterWriteAttribute(writer, chars(name), chars(value))
            case .text(let text): _ = xmlTextWriterWriteString(writer, chars(text))
            case .end: _ = xmlTextWriterEndElement(writer)
            case .empty(let name, let value):
                _ = xmlTextWriterStartElement(writer, Array(UnsafeBufferPointer(start: emptyNames[name].utf8Start,
                                                                                count: emptyNames[name].utf8CodeUnitCount)) + [0])
                if let value { _ = xmlTextWriterWriteAttribute(writer, chars("w:val"), chars(value)) }
                _ = xmlTextWriterEndElement(writer)
            }
        }
        _ = xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        guard let buffer, let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    @Test(arguments: 1...8)
    func callsGiveTheBytesOfXmlTextWriter(_ seed: Int) throws {
        let calls = Self.calls(seed: UInt64(seed), count: 300)
        let ours = try Self.written(calls)
        let theirs = Self.libxml2(calls)
        #expect(ours.count > 1_000)
        #expect(ours == theirs, "first difference at byte \(zip(ours, theirs).prefix { $0 == $1 }.count)")
    }

    @Test func namesAndNumbersKnownAtCompileTimeWriteTheSameMarkup() throws {
        let sink = DataSink()
        let writer = XMLWriter(diagnostics: Diagnostics(), sink: sink)
        writer.start("w:tbl")
        writer.empty("w:gridCol", "w:w", 1_234_567)
        writer.empty("w:ind", "w:left", -360)
        writer.empty("w:b")
        writer.empty("w:pStyle", "w:val", "Rubrik \"1\" & <2>")
        writer.element("w:r", ["w:a": "1", "w:b": "två"]) { writer.textElement("w:t", [:], "") }
        writer.end()
        try writer.finish()
        let expected = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:tbl><w:gridCol w:w=\"1234567\"/>"
            + "<w:ind w:left=\"-360\"/><w:b/><w:pStyle w:val=\"Rubrik &quot;1&quot; &amp; &lt;2&gt;\"/>"
            + "<w:r w:a=\"1\" w:b=\"två\"><w:t></w:t></w:r></w:tbl>\n"
        #expect(String(decoding: sink.data, as: UTF8.self) == expected)
    }

    /// A fragment made once and copied, markup of the writer's own and text escaped before
    /// (`TextBytes`) give the bytes of the calls they stand for, also after an open start tag.
    @Test func fragmentsAndMarkupGiveTheBytesOfTheCalls() throws {
        let text = "\"citat\" & <tagg> – 2018–2022 å"
        func part(_ body: (XMLWriter) -> Void) throws -> String {
            let sink = DataSink()
            let writer = XMLWriter(diagnostics: Diagnostics(), sink: sink)
            writer.start("w:r")
            body(writer)
            writer.end()
            try writer.finish()
            return String(decoding: sink.data, as: UTF8.self)
        }
        let properties = { (writer: XMLWriter) in
            writer.element("w:rPr") {
                writer.empty("w:rStyle", "w:val", "Länk \"1\" & <2>")
                writer.empty("w:b")
            }
        }
        let calls = try part { writer in
            properties(writer)
            writer.textElement("w:t", ["xml:space": "preserve"], text)
        }
        let fragment = XMLWriter.fragment(diagnostics: Diagnostics(), properties)
        var escaped: [UInt8] = []
        TextBytes.append(text, escaping: .attribute, cleaning: false, to: &escaped)
        let copied = try part { writer in
            writer.markup(fragment)
            writer.markup("<w:t xml:space=\"preserve\">")
            escaped.withUnsafeBufferPointer { writer.text(escaped: $0) }
            writer.markup("</w:t>")
        }
        #expect(copied == calls)
        #expect(String(decoding: fragment, as: UTF8.self) == "<w:rPr><w:rStyle w:val=\"Länk &quot;1&quot; &amp; &lt;2&gt;\"/><w:b/></w:rPr>")
    }

    /// Markup written and kept once, then copied, gives the bytes of writing it each time;
    /// what goes to libxml2 while it is written (a long text) is written but not kept.
    @Test func repeatedMarkupIsKeptOnceAndCopiedAsTheCallsWouldWriteIt() throws {
        let long = String(repeating: "lång & ", count: 6_000)
        func properties(_ writer: XMLWriter, _ text: String) {
            writer.element("w:tcPr") {
                writer.empty("w:tcW", "w:w", 1234)
                writer.textElement("w:x", [:], text)
            }
        }
        func part(_ body: (XMLWriter) -> Void) throws -> Data {
            let sink = DataSink()
            let writer = XMLWriter(diagnostics: Diagnostics(), sink: sink)
            writer.start("w:tbl")
            body(writer)
            try writer.finish()
            return sink.data
        }
        var short: [UInt8]?
        var kept: [[UInt8]?] = []
        let copied = try part { writer in
            for text in ["a<b", "c", long, "d"] {
                writer.start("w:tc")
                var copy: [UInt8]? = text == long ? nil : short
                writer.repeating(&copy) { properties(writer, text) }
                if text != long { short = copy }
                kept.append(copy)
                writer.end()
            }
        }
        let called = try part { writer in
            for text in ["a<b", "a<b", long, "a<b"] {
                writer.start("w:tc")
                properties(writer, text)
                writer.end()
            }
        }
        #expect(copied == called)
        #expect(kept[0].map { String(decoding: $0, as: UTF8.self) } == "<w:tcPr><w:tcW w:w=\"1234\"/><w:x>a&lt;b</w:x></w:tcPr>")
        #expect(kept[1] == kept[0])
        #expect(kept[2] == nil)
    }

    @Test func droppedCharactersAreReportedOnceWithTheirText() throws {
        let diagnostics = Diagnostics()
        let writer = XMLWriter(diagnostics: diagnostics, sink: DataSink())
        writer.start("w:t")
        writer.attribute("w:val", "a\u{0C}b")
        writer.text("x\u{FFFE}y\u{0C}z")
        writer.text("x\u{FFFE}y\u{0C}z")
        writer.end()
        try writer.finish()
        #expect(diagnostics.warnings == [
            "tecknet U+000C kan inte lagras i ett Word-dokument och har tagits bort ur \"ab\"",
            "tecknet U+FFFE kan inte lagras i ett Word-dokument och har tagits bort ur \"xyz\"",
            "tecknet U+000C kan inte lagras i ett Word-dokument och har tagits bort ur \"xyz\"",
        ])
    }

    @Test func anEndWithoutAStartIsAFailure() {
        let writer = XMLWriter(diagnostics: Diagnostics(), sink: DataSink())
        writer.end()
        #expect(throws: WriteFailure.self) { try writer.finish() }
    }
}


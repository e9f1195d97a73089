@testable import DOCXWriter
import Foundation
import OOXML
import Testing

/// The ZIP writer over zlib against libzip, which wrote render's archives before: the same
/// entries give the same bytes, and what it cannot do is refused in Swedish.
@Suite struct ZipWriterTests {
    /// Bytes that do not compress, the same on every run.
    static func noise(_ count: Int) -> Data {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return Data((0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        })
    }

    @Test func entriesOfEveryKindGiveLibzipsBytes() throws {
        let long = Data(String(repeating: "<w:p><w:r><w:t>Psykisk hälsa hos barn och unga</w:t></w:r></w:p>", count: 20_000).utf8)
        let entries: [(name: String, data: Data)] = [
            ("[Content_Types].xml", Data("<Types/>".utf8)),
            ("tom.xml", Data()),
            ("word/media/brus.png", Self.noise(200_000)),
            ("word/document.xml", long),
            ("word/bilder/logotyp-växjö.png", Self.noise(10)),
            ("en", Data("a".utf8)),
        ]
        #expect(try ZipWriter.archive(entries) == LibZipWriter.archive(entries))
    }

    @Test(arguments: ExampleFiles.all.map(\.id))
    func everyExampleIsTheArchiveLibzipWouldWrite(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let parts = try ZipReader.entries(of: example.docx)
        #expect(try LibZipWriter.archive(parts) == example.docx)
    }

    @Test func aPartStreamedIntoItsEntryIsThePartDeflatedWhole() throws {
        let part = XMLPart(root: Element("w:document", elements: (0..<5_000).map { index in
            Element("w:p", elements: [Element("w:r", elements: [Element("w:t", [], [.text("Stycke \(index) & <mer>")])])])
        }), namespaces: [.w])
        var package = PackageBuilder(diagnostics: Diagnostics())
        let stream = package.stream("word/document.xml")
        stream.xml.start(name: part.root.name)
        stream.xml.declare(part.namespaces)
        for child in part.root.elements { child.write(to: stream.xml) }
        stream.xml.end()
        try package.add(stream, type: ContentType.mainDocument)
        let archive = try package.archive()
        let parts = try ZipReader.entries(of: archive)
        #expect(parts.last?.name == "word/document.xml")
        #expect(parts.last?.data == (try part.data(Diagnostics())))
        #expect(try LibZipWriter.archive(parts) == archive)
    }

    @Test func aSinkThatRefusesBytesFailsThePartWithItsReason() {
        let compressor = EntryCompressor("word/document.xml", deflater: Deflater(), fault: .addEntry)
        let xml = XMLWriter(diagnostics: Diagnostics(), sink: compressor)
        xml.start("w:document")
        for index in 0..<2_000 { xml.textElement("w:t", [:], "rad \(index)") }
        xml.end()
        do {
            try xml.finish()
            Issue.record("the part was finished")
        } catch {
            #expect(error.message == "word/document.xml kunde inte packas: skrivfel")
        }
    }

    @Test func moreEntriesThanZipCanCountAreRefused() throws {
        let entry = try ZipEntry("a.xml", Data("<a/>".utf8), deflater: Deflater())
        let message = "ZIP-arkivet kunde inte slutföras: det blir större än 4 GiB eller får fler än 65 535 delar, "
            + "mer än ett Word-dokument kan rymma"
        do {
            _ = try ZipWriter.archive(Array(repeating: entry, count: 65_536))
            Issue.record("the archive was written")
        } catch {
            #expect(error.message == message)
        }
    }
}

import DOCXWriter
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SnapshotTesting
import Testing

/// `word/document.xml` of Vänersborg's plan, pretty-printed, against the recorded snapshot:
/// any change to the markup shows up in review.
@Suite struct DocumentSnapshotTests {
    @Test func vanersborgDocumentXML() throws {
        let example = try #require(ExampleFiles.all.first { $0.id == "vanersborg" })
        let xml = try #require(try UnpackedDOCX(example.docx).files["word/document.xml"])
        let document = try XMLDocument(data: xml)
        assertSnapshot(of: document.xmlString(options: [.nodePrettyPrint]), as: .lines, named: "document")
    }
}

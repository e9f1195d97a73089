import DOCXWriter
import Foundation
import Rendering
import Testing

/// The same document gives the same bytes, every time and from every writer instance:
/// no clock, no random ids, a fixed ZIP timestamp.
@Suite struct DeterminismTests {
    @Test(arguments: ExampleFiles.all.map(\.id))
    func renderingTwiceGivesIdenticalFiles(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let again = try Renderer(templates: ExampleFiles.templates).write(example.document, as: .docx)
        let identical = again == example.docx
        #expect(identical, "a second rendering differs")
        let reference = try ReferenceDocument(data: ReferenceDocument.builtInData, file: "reference.docx")
        let identicalWithNewReference = try DOCXWriter(reference: reference).write(example.document)
            == (try DOCXWriter(reference: ExampleFiles.templates.docxReference).write(example.document))
        #expect(identicalWithNewReference, "a rendering with a freshly read reference differs")
    }

    @Test func contentTypesComeFirstAndEntriesAreDeflatedWithAFixedTime() throws {
        let example = try #require(ExampleFiles.all.first)
        #expect(try UnpackedDOCX.names(example.docx).first == "[Content_Types].xml")
        // Python's zipfile reads the central directory as any unzip would.
        let python = try Tool.require("python3", package: "python3")
        let listing = try Tool.run(python, ["-c", """
            import sys, zipfile
            for info in zipfile.ZipFile(sys.argv[1]).infolist():
                print(info.compress_type, info.date_time, info.filename)
            """, example.file.path]).text
        let lines = listing.split(separator: "\n")
        #expect(lines.count > 10)
        for line in lines {
            #expect(line.hasPrefix("\(8) (1980, 1, 1, 0, 0, 0)"), "\(line)")
        }
    }
}

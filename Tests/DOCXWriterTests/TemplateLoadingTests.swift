import DocumentModel
import DOCXWriter
import Foundation
import Rendering
import Testing

/// The label file and the reference document are read at once, on two threads; what is
/// reported stays what a reading one after the other reports.
@Suite struct TemplateLoadingTests {
    /// A templates folder with the given label file text and reference document bytes.
    func folder(_ name: String, labels: String, reference: Data) throws -> URL {
        let folder = try Repository.temporaryDirectory(name)
        try labels.write(to: folder.appendingPathComponent(Templates.labelFile), atomically: true, encoding: .utf8)
        let docx = folder.appendingPathComponent(Templates.docxReferenceFile)
        try FileManager.default.createDirectory(at: docx.deletingLastPathComponent(), withIntermediateDirectories: true)
        try reference.write(to: docx)
        return folder
    }

    var labels: String { get throws { try String(contentsOf: Repository.templates.appendingPathComponent(Templates.labelFile), encoding: .utf8) } }
    var reference: Data { get throws { try Data(contentsOf: Repository.templates.appendingPathComponent(Templates.docxReferenceFile)) } }

    @Test func aBrokenLabelFileIsReportedBeforeABrokenReference() throws {
        let both = try folder("both", labels: try labels + "omslag: {\n", reference: Data("inte ett dokument".utf8))
        #expect {
            _ = try Templates.load(from: both, formats: [.docx])
        } throws: { error in
            (error as? TemplateError)?.file.hasSuffix(Templates.labelFile) ?? false
        }
        let reference = try folder("reference", labels: try labels, reference: Data("inte ett dokument".utf8))
        #expect {
            _ = try Templates.load(from: reference, formats: [.docx])
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.file.hasSuffix(Templates.docxReferenceFile) && error.message.contains("inget Word-dokument")
        }
    }

    @Test func bothLoadedTogetherAreTheTemplatesOfEach() throws {
        let folder = try folder("whole", labels: try labels, reference: try reference)
        let whole = try Templates.load(from: folder, formats: [.docx, .txt])
        #expect(whole.labels.text(.missing) == "Saknas")
        #expect(whole.docxReference.file == folder.appendingPathComponent(Templates.docxReferenceFile).relativePath)
    }
}

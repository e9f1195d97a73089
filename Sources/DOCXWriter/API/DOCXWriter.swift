import DocumentModel
import Foundation
import OOXML

/// Writes a `Document` as a Word file (.docx) in the municipal layout, styled by a
/// reference document: cover page, table of contents, headings as Word's built-in heading
/// styles, real lists, tables with repeating header rows, landscape sections, running
/// header and footer. Every part is valid against the ECMA-376 Transitional schemas, and
/// the same document always gives the same bytes.
///
/// ```swift
/// let writer = DOCXWriter(reference: try ReferenceDocument(data: data, file: path))
/// let output = writer.package(document)
/// for warning in output.warnings { print("varning: \(warning)") }
/// try output.data.write(to: URL(fileURLWithPath: "out/vanersborg.docx"))
/// ```
public struct DOCXWriter: Sendable {
    public let reference: ReferenceDocument

    /// A packing failure to simulate, for tests of how failures are reported.
    private let fault: ZipWriter.Fault?

    public init(reference: ReferenceDocument = .builtIn) {
        self.reference = reference
        self.fault = nil
    }

    /// A writer whose archiving fails at `injectedFault` ("zip-add": a part cannot be
    /// packed; "zip-close": the archive cannot be finished), so tests can see it reported.
    package init(reference: ReferenceDocument, injectedFault: String?) {
        self.reference = reference
        self.fault = injectedFault.flatMap(ZipWriter.Fault.init(rawValue:))
    }

    /// The document as a .docx file.
    public func write(_ document: Document) throws(DOCXError) -> Data {
        try package(document).data
    }

    /// The document as a .docx file, with what had to be changed to write it. Throws
    /// when libxml2 or zlib fails (for want of memory): no partial file is returned.
    public func package(_ document: Document) throws(DOCXError) -> DOCXOutput {
        do {
            let (data, warnings) = try DOCXPackage(reference: reference.content, shared: reference.parts).write(document, fault: fault)
            return DOCXOutput(data: data, warnings: warnings)
        } catch {
            throw DOCXError(message: error.message)
        }
    }
}

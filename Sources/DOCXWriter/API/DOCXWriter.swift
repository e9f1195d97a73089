import DocumentModel
import Foundation

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

    public init(reference: ReferenceDocument = .builtIn) {
        self.reference = reference
    }

    /// The document as a .docx file.
    public func write(_ document: Document) -> Data {
        package(document).data
    }

    /// The document as a .docx file, with what had to be changed to write it.
    public func package(_ document: Document) -> DOCXOutput {
        let (data, warnings) = DOCXPackage(reference: reference.content).write(document.sanitised())
        return DOCXOutput(data: data, warnings: warnings)
    }
}

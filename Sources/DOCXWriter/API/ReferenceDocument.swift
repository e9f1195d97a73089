import DocumentModel
import Foundation

/// The Word reference document communication staff edit (`templates/docx/reference.docx`):
/// the writer takes its styles, theme, page setup, headers and footers (with their images),
/// its table of contents and its first section as the cover page, whose `{{placeholders}}`
/// are filled from the document's metadata.
///
/// ```swift
/// let data = try Data(contentsOf: URL(fileURLWithPath: "templates/docx/reference.docx"))
/// let reference = try ReferenceDocument(data: data, file: "templates/docx/reference.docx")
/// let docx = DOCXWriter(reference: reference).write(document)
/// ```
///
/// Reading checks the file completely: anything that is not a Word document, a broken
/// part, an unknown placeholder or a picture without alt text is a `TemplateError` naming
/// the file.
public struct ReferenceDocument: Sendable {
    /// The file as messages name it.
    public let file: String
    private let storage: Storage

    public init(data: Data, file: String) throws(TemplateError) {
        var reader = ReferenceReader(file: file)
        storage = Storage(try reader.read(data))
        self.file = file
    }

    var content: ReferenceContent { storage.content }
    /// The parts every document takes unchanged, deflated once.
    var parts: ReferenceParts { storage.parts }

    // Read once, shared by every copy of the templates and every writer.
    private final class Storage: Sendable {
        let content: ReferenceContent
        let parts: ReferenceParts

        init(_ content: ReferenceContent) {
            self.content = content
            parts = ReferenceParts(content)
        }
    }

    /// The built-in reference document, as `render template docx` writes it.
    public static let builtIn: ReferenceDocument = {
        do {
            return try ReferenceDocument(data: builtInData, file: "(inbyggt referensdokument)")
        } catch {
            fatalError("The built-in reference document does not read back: \(error)")
        }
    }()

    /// The bytes of the built-in reference document: the same on every run.
    public static var builtInData: Data { DefaultReference.data }
}

import CacheFiles
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
/// the file. What a reference read without an error gives is kept in the user's cache
/// folder for the next run with the same bytes (`ReferenceCache`), which then skips reading.
public struct ReferenceDocument: Sendable {
    /// The file as messages name it.
    public let file: String
    private let storage: Storage

    public init(data: Data, file: String) throws(TemplateError) {
        try self.init(data: data, file: file, cacheFolder: CacheFolder.user?.folder)
    }

    /// The reference with the bytes `data`, kept in and taken from `cacheFolder` (none: nil).
    package init(data: Data, file: String, cacheFolder: URL?) throws(TemplateError) {
        let cache = cacheFolder.map(ReferenceCache.init)
        let key = cache == nil ? nil : ReferenceCache.key(of: data)
        let partsCache = cacheFolder.flatMap { folder in key.map { DeflatedPartsCache(folder: folder, file: file, referenceKey: $0) } }
        if let cache, let key, let content = cache.content(for: file, key: key) {
            storage = Storage(content, fromCache: true, partsCache: partsCache)
        } else {
            var reader = ReferenceReader(file: file)
            let (source, styles) = try reader.read(data)
            let content = ReferenceContent(source, styles: styles)
            if let cache, let key { cache.save(content, for: file, key: key) }
            storage = Storage(content, fromCache: false, partsCache: partsCache)
        }
        self.file = file
    }

    var content: ReferenceContent { storage.content }
    /// The parts every document takes unchanged, deflated once (and kept in the cache folder).
    var parts: ReferenceParts { storage.parts }
    /// Whether the reference came from the cache rather than from reading its bytes.
    var fromCache: Bool { storage.fromCache }

    // Read once, shared by every copy of the templates and every writer.
    private final class Storage: Sendable {
        let content: ReferenceContent
        let parts: ReferenceParts
        let fromCache: Bool

        init(_ content: ReferenceContent, fromCache: Bool, partsCache: DeflatedPartsCache?) {
            self.content = content
            parts = ReferenceParts(content, cache: partsCache)
            self.fromCache = fromCache
        }
    }

    /// The built-in reference document, as `render template docx` writes it.
    public static let builtIn: ReferenceDocument = {
        do {
            return try ReferenceDocument(data: builtInData, file: "(inbyggt referensdokument)", cacheFolder: nil)
        } catch {
            fatalError("The built-in reference document does not read back: \(error)")
        }
    }()

    /// The bytes of the built-in reference document: the same on every run.
    public static var builtInData: Data { DefaultReference.data }
}

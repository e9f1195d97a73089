import DOCXWriter
import DocumentModel
import Foundation
import HTMLWriter
import TextWriter

/// Turns a document into the bytes of one format, with what it had to change to do so.
/// `Renderer.writer(for:)` gives the writer of each format. A writer that prepares the
/// document (soft hyphens, column widths) does so in place when it is handed the only
/// reference to it (`consume`), so a run's last format costs no second tree.
///
/// ```swift
/// let file = renderer.writer(for: .txt).file(document, named: "vanersborg.txt")
/// ```
public protocol DocumentWriter: Sendable {
    func file(_ document: consuming Document, named name: String) -> Renderer.File
}

/// Plain text, wrapped at a width.
struct TextDocumentWriter: DocumentWriter {
    let width: Int

    func file(_ document: consuming Document, named name: String) -> Renderer.File {
        Renderer.File(name: name, data: TextWriter(width: width).data(document))
    }
}

/// A standalone web page in the templates' page frame.
struct HTMLPageWriter: DocumentWriter {
    let templates: HTMLTemplates
    /// The generation date the page shows (`--datum` or `SOURCE_DATE_EPOCH`); nil: none.
    let date: String?
    /// Where the page finds its stylesheet and logo ("" or "vanersborg/").
    let assetFolder: String

    func file(_ document: consuming Document, named name: String) -> Renderer.File {
        let settings = PageSettings(date: date, kind: .plan, assetFolder: assetFolder)
        let (paged, warnings) = Renderer.paged(consume document, portrait: .screen, landscape: .screen)
        return Renderer.File(name: name, data: templates.pageData(paged, settings: settings), warnings: warnings)
    }
}

/// A Word document styled by the reference document.
struct DOCXDocumentWriter: DocumentWriter {
    let reference: ReferenceDocument

    func file(_ document: consuming Document, named name: String) -> Renderer.File {
        let (paged, warnings) = Renderer.paged(consume document, portrait: .portrait, landscape: .landscape)
        do {
            let output = try DOCXWriter(reference: reference, injectedFault: TestFault.docx).package(paged)
            return Renderer.File(name: name, data: output.data, warnings: warnings + output.warnings.map(\.message))
        } catch {
            return Renderer.File(name: name, data: Data(), warnings: warnings, failure: error.message)
        }
    }
}

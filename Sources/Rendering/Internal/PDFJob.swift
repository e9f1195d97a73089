import DocumentModel
import Foundation

// The job file the conversion script reads, and the lines it reports on standard output.
struct PDFJob: Encodable {
    let soffice: String
    let profile: String
    let pipe: String
    /// render's process: when it is gone the script cleans up after it.
    let parent: Int32 = getpid()
    let documents: [Document]

    struct Document: Encodable {
        let name: String
        let docx: String
        let pdf: String
        let title: String
        let author: String
        let subject: String
        let keywords: [String]
        /// The date the PDF gives as its creation (ISO day), so the bytes never depend on the clock.
        let date: String

        init(source: PDFConverter.Source, docx: String, pdf: String) {
            name = source.name
            self.docx = docx
            self.pdf = pdf
            let metadata = source.metadata
            title = metadata.title
            author = metadata.organisations.joined(separator: ", ")
            subject = metadata.subject ?? metadata.subtitle ?? ""
            keywords = metadata.keywords
            date = metadata.modified ?? metadata.created ?? "1970-01-01"
        }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// One line of the script's output: a document done or failed, a missing module, or
    /// an error that ended the batch.
    struct Report: Decodable {
        var done: String?
        /// How long loading, updating and exporting the document took.
        var seconds: Double?
        var failed: String?
        var reason: String?
        var missing: String?
        var error: String?
        /// The process group of the LibreOffice the script started.
        var office: Int32?

        static func parse(_ output: Data) -> [Report] {
            String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap {
                try? JSONDecoder().decode(Report.self, from: Data($0.utf8))
            }
        }
    }
}

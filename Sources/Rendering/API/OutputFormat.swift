import DocumentModel

/// A document format `render` can write.
///
/// ```swift
/// let formats = try OutputFormat.parseList("pdf,txt")   // [.txt, .pdf]
/// ```
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case txt
    /// A standalone web page; its stylesheet and logo are written beside it.
    case html
    /// A Word document, styled by the reference document.
    case docx
    /// A tagged PDF, made from the Word document by LibreOffice in one batch per run
    /// (`PDFConverter`).
    case pdf

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// The formats the Swift writers make in process, one document at a time: all but PDF,
    /// which is a batch stage over the DOCX files.
    public static var written: [OutputFormat] { allCases.filter { $0 != .pdf } }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a comma-separated list such as "txt,html"; nil names the unknown format.
    public static func parseList(_ text: String) -> Result<[OutputFormat], UnknownFormat> {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingSpaces().lowercased() }) {
            guard let format = OutputFormat(rawValue: name) else { return .failure(UnknownFormat(name: name)) }
            if !formats.contains(format) { formats.append(format) }
        }
        return .success(formats.sorted())
    }

    /// A format name that `render` does not know.
    public struct UnknownFormat: Error, Sendable {
        public let name: String
    }
}

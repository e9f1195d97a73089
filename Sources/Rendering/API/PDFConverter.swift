import DocumentModel
import Foundation
import SystemFiles

/// Makes tagged PDF files from Word documents with LibreOffice: one headless LibreOffice,
/// with a profile of its own, converts a whole batch. Before exporting it updates every
/// index (the contents list gets its page numbers) and field (cross-references get their
/// pages); the PDF is tagged and identifies as PDF/UA, has bookmarks from the headings,
/// the title in the window title, the document's language and properties, and every
/// font embedded.
///
/// ```swift
/// let converter = try PDFConverter.find()
/// let result = converter.convert([renderer.pdfSource(document, named: "vanersborg.pdf")])
/// for file in result.files { try out.write(file.data, named: file.name) }
/// for failure in result.failures { print("fel: \(failure)") }
/// ```
public struct PDFConverter: Sendable {
    /// The LibreOffice program (`soffice`).
    public let soffice: URL
    /// The Python with LibreOffice's UNO bridge (Debian: python3-uno for /usr/bin/python3).
    public let python: URL
    /// Seconds the whole batch may take before LibreOffice is stopped; nil: a minute plus
    /// half a minute per document.
    public let timeLimit: TimeInterval?

    public init(soffice: URL, python: URL = URL(fileURLWithPath: "/usr/bin/python3"), timeLimit: TimeInterval? = nil) {
        self.soffice = soffice
        self.python = python
        self.timeLimit = timeLimit
    }

    /// The Debian packages the PDF needs, as the install command names them.
    public static let packages = "libreoffice-writer-nogui python3-uno fonts-liberation2"

    /// The converter with the LibreOffice on `PATH` (or `RENDER_SOFFICE`, a path) and the
    /// time limit in `RENDER_PDF_TIMEOUT` (seconds), or why there is none.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws(PDFError) -> PDFConverter {
        let timeLimit = environment["RENDER_PDF_TIMEOUT"].flatMap(TimeInterval.init)
        if let given = environment["RENDER_SOFFICE"], !given.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: given) else { throw .missing(what: given) }
            return PDFConverter(soffice: URL(fileURLWithPath: given), timeLimit: timeLimit)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("soffice")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return PDFConverter(soffice: candidate, timeLimit: timeLimit)
            }
        }
        throw .missing(what: "soffice")
    }

    /// A document to convert: the PDF's file name, its Word file, and the metadata its
    /// properties carry.
    public struct Source: Sendable {
        public let name: String
        public let docx: Data
        public let metadata: Metadata
        /// What writing the Word file had to change, shown for the PDF too.
        public let warnings: [String]

        public init(name: String, docx: Data, metadata: Metadata, warnings: [String] = []) {
            self.name = name
            self.docx = docx
            self.metadata = metadata
            self.warnings = warnings
        }
    }

    /// What a batch gave: the PDFs made, in the order of the sources, and the documents
    /// that could not be made, each with why.
    public struct Result: Sendable {
        public let files: [Renderer.File]
        public let failures: [PDFError]
        /// Seconds LibreOffice spent on each PDF made (load, update, export), by file name;
        /// the rest of a batch's time is starting and stopping LibreOffice.
        public var seconds: [String: Double] = [:]
    }

    /// Converts every source in one LibreOffice run. The PDFs are made in a private
    /// temporary folder and returned as bytes, so a failure leaves nothing half-written.
    public func convert(_ sources: [Source]) -> Result {
        guard !sources.isEmpty else { return Result(files: [], failures: []) }
        let folder: URL
        do {
            folder = try Self.privateFolder()
        } catch {
            return Result(files: [], failures: [.failed(document: sources[0].name, reason: error.reason)])
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            return try convert(sources, in: folder)
        } catch {
            return Result(files: [], failures: [error])
        }
    }

    private func convert(_ sources: [Source], in folder: URL) throws(PDFError) -> Result {
        let script = folder.appendingPathComponent("convert.py")
        let job = folder.appendingPathComponent("job.json")
        var documents: [PDFJob.Document] = []
        do {
            try Data(PDFScript.source.utf8).write(to: script)
            for (index, source) in sources.enumerated() {
                let docx = folder.appendingPathComponent("\(index + 1).docx")
                try source.docx.write(to: docx)
                documents.append(PDFJob.Document(source: source, docx: docx.path,
                                                 pdf: folder.appendingPathComponent("\(index + 1).pdf").path))
            }
            let pipe = "render-pdf-\(getpid())-\(UUID().uuidString)"
            let profile = folder.appendingPathComponent("profile").path
            try PDFJob(soffice: soffice.path, profile: profile, pipe: pipe, documents: documents).encoded().write(to: job)
        } catch {
            throw .failed(document: sources[0].name, reason: SystemMessage.text(for: error))
        }
        let limit = timeLimit ?? 60 + 30 * TimeInterval(sources.count)
        let run: TimedProcess.Result
        do {
            run = try TimedProcess(executable: python, arguments: [script.path, job.path], timeLimit: limit).run()
        } catch {
            throw .missing(what: python.path)
        }
        let reports = PDFJob.Report.parse(run.output)
        if run.status == nil, let office = reports.compactMap(\.office).first { killpg(office, SIGKILL) }
        if reports.contains(where: { $0.missing != nil }) { throw .missing(what: "python3-uno") }
        var files: [Renderer.File] = []
        var failures: [PDFError] = []
        for (document, source) in zip(documents, sources) {
            if reports.contains(where: { $0.done == source.name }),
               let data = FileManager.default.contents(atPath: document.pdf) {
                files.append(Renderer.File(name: source.name, data: data, warnings: source.warnings))
            } else if let failure = reports.first(where: { $0.failed == source.name }) {
                failures.append(.failed(document: source.name, reason: failure.reason ?? ""))
            } else if run.status == nil {
                failures.append(.timedOut(document: source.name, seconds: Int(limit)))
            } else {
                let reason = reports.compactMap(\.error).first
                    ?? String(decoding: run.error, as: UTF8.self).split(separator: "\n").last.map(String.init)
                    ?? "slutkod \(run.status ?? 0)"
                failures.append(.failed(document: source.name, reason: reason))
            }
        }
        let seconds = reports.compactMap { report in report.done.flatMap { name in report.seconds.map { (name, $0) } } }
        return Result(files: files, failures: failures, seconds: Dictionary(seconds, uniquingKeysWith: { first, _ in first }))
    }

    /// A new folder only this user can read, under the system's temporary folder.
    private static func privateFolder() throws(PDFError) -> URL {
        var template = Array((NSTemporaryDirectory() + "/render-pdf-XXXXXX").utf8CString)
        guard let path = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .failed(document: "", reason: String(cString: strerror(errno)))
        }
        return URL(fileURLWithPath: String(cString: path), isDirectory: true)
    }
}

/// Why a PDF was not made; its description is the Swedish message for the command line.
///
/// ```swift
/// PDFError.timedOut(document: "vanersborg.pdf", seconds: 90).description
/// // "vanersborg.pdf: LibreOffice blev inte klart inom 90 sekunder och stoppades; …"
/// ```
public enum PDFError: Error, Sendable, CustomStringConvertible {
    /// LibreOffice or its Python bridge is not installed.
    case missing(what: String)
    /// LibreOffice could not convert the document.
    case failed(document: String, reason: String)
    /// LibreOffice did not finish within the time limit and was stopped.
    case timedOut(document: String, seconds: Int)

    var reason: String {
        switch self {
        case .missing(let what): return "\(what) saknas"
        case .failed(_, let reason): return reason
        case .timedOut(_, let seconds): return "tidsgränsen \(seconds) s överskreds"
        }
    }

    public var description: String {
        switch self {
        case .missing(let what):
            return "PDF kan inte göras: LibreOffice behövs (\(what) saknas). Installera det med "
                + "`sudo apt-get install \(PDFConverter.packages)`. De andra formaten skrevs."
        case .failed(let document, let reason):
            return "\(document): LibreOffice kunde inte göra PDF-filen: \(reason)"
        case .timedOut(let document, let seconds):
            return "\(document): LibreOffice blev inte klart inom \(seconds) sekunder och stoppades; "
                + "PDF-filen skrevs inte. Ange en längre tid med RENDER_PDF_TIMEOUT=sekunder."
        }
    }
}

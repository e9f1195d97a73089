import DocumentModel
import Foundation
import Mustache

/// The page frame communication staff edit in `templates/html/`: `plan.mustache` and its
/// partials (rendered with swift-mustache), and the files pages refer to (stylesheet,
/// logo), which are copied beside every page. Checked when made: a template that would
/// render wrongly is a `TemplateError` with file, line and column. Values are escaped as
/// swift-mustache's HTML content type escapes them, over bytes (`ByteHTMLContentType`);
/// a template may name only the HTML content type, since any other would print plan text
/// unescaped.
///
/// ```swift
/// let templates = try HTMLTemplates(
///     templates: ["plan.mustache": frame, "sidhuvud.mustache": header],
///     assets: ["stil.css": css], folder: "templates/html")
/// let page = templates.page(document, settings: PageSettings(date: "2022-11-21"))
/// let file = templates.pageData(document, settings: PageSettings(date: "2022-11-21"))   // its UTF-8 bytes
/// ```
public struct HTMLTemplates: Sendable {
    /// The page frame's name: `plan.mustache`.
    public static let frame = "plan"
    /// The site search's script: an asset only the regional site, built with its search
    /// index, has beside its pages.
    public static let searchScript = "sok.js"
    public static let templateExtension = "mustache"

    /// A file pages refer to, such as the stylesheet, written beside the pages.
    public struct Asset: Sendable, Hashable {
        public let name: String
        public let data: Data
    }

    /// Every file of the folder that is not a template, by name.
    public let assets: [Asset]
    private let library: MustacheLibrary

    /// Checks and parses the templates.
    /// - Parameters:
    ///   - templates: the text of every `.mustache` file, by file name.
    ///   - assets: every other file, by file name.
    ///   - folder: the folder as messages name it, "templates/html".
    public init(templates: [String: String], assets: [String: Data], folder: String) throws(TemplateError) {
        let frameFile = "\(Self.frame).\(Self.templateExtension)"
        guard templates[frameFile] != nil else {
            throw TemplateError(file: "\(folder)/\(frameFile)",
                                message: "Sidmallen saknas. Den behövs för webbsidorna; kopiera den från projektets templates/html/.")
        }
        let partials = Set(templates.keys.map { String($0.dropLast(Self.templateExtension.count + 1)) })
        var library = MustacheLibrary()
        var outlines: [String: TemplateChecker.Outline] = [:]
        for (fileName, text) in templates.sorted(by: { $0.key < $1.key }) {
            let file = "\(folder)/\(fileName)"
            outlines[String(fileName.dropLast(Self.templateExtension.count + 1))]
                = try TemplateChecker(file: file, partials: partials).check(text)
            try Self.checkReferences(in: text, file: file, assets: Set(assets.keys))
            do {
                // The pragma's line renders as nothing and leaves the officer's first line a line's start.
                let template = try MustacheTemplate(string: ByteHTMLContentType.pragma + text)
                library.register(template, named: String(fileName.dropLast(Self.templateExtension.count + 1)))
            } catch let error as MustacheTemplate.ParserError {
                // Lines counted in the officer's text, without the pragma's line; columns are unchanged.
                throw TemplateError(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                                    message: Self.message(for: error.error))
            } catch {
                throw TemplateError(file: file, message: "Mallen kunde inte läsas: \(error)")
            }
        }
        try TemplateChecker.checkInclusions(outlines)
        self.library = library
        self.assets = assets.map { Asset(name: $0.key, data: $0.value) }.sorted { $0.name < $1.name }
    }

    /// A whole page: the frame with the document's body and metadata filled in.
    public func page(_ document: Document, settings: PageSettings) -> String {
        String(decoding: pageData(document, settings: settings), as: UTF8.self)
    }

    /// A whole page as the UTF-8 bytes of its file. The frame is rendered with a marker
    /// where the body goes, and the body's bytes are copied in once, never scanned again.
    public func pageData(_ document: Document, settings: PageSettings) -> Data {
        let body = HTMLWriter().body(document)
        let context = PageContext(for: document, body: Self.bodyMarker, settings: settings, logo: logo)
        // The frame is known to exist: init refuses templates without it.
        var frame = library.render(context, withTemplate: Self.frame) ?? ""
        return frame.withUTF8 { frame in
            var page = Data(capacity: frame.count + body.count)
            var start = 0
            for marker in Self.markers(in: frame) {
                page.append(UnsafeBufferPointer(rebasing: frame[start..<marker]))
                page.append(contentsOf: body)
                start = marker + Self.bodyMarker.utf8.count
            }
            page.append(UnsafeBufferPointer(rebasing: frame[start...]))
            return page
        }
    }

    /// Stands for the body in the rendered frame: no text of a page holds a NUL, which
    /// `TextHygiene` removes.
    private static let bodyMarker = "\u{0}dokument-8f3a\u{0}"

    /// Where `bodyMarker` stands in the rendered frame, found by its NUL with `memchr`.
    private static func markers(in frame: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = frame.baseAddress else { return [] }
        var found: [Int] = []
        var index = 0
        while index < frame.count, let hit = memchr(base + index, 0, frame.count - index) {
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let end = position + bodyMarker.utf8.count
            if end <= frame.count && frame[position..<end].elementsEqual(bodyMarker.utf8) {
                found.append(position)
                index = end
            } else {
                index = position + 1
            }
        }
        return found
    }

    /// The values a page template sees for `document`, for checking the documentation.
    public func variables(for document: Document, settings: PageSettings) -> [String: Any] {
        let body = String(decoding: HTMLWriter().body(document), as: UTF8.self)
        return PageContext(for: document, body: body, settings: settings, logo: logo).dictionary
    }

    /// The logo's file name: the first asset named `logo.<extension>`, if any. Without one,
    /// page headers name the organisation in type.
    public var logo: String? { assets.first { $0.name.hasPrefix("logo.") }?.name }

    /// A template's `href="…"` and `src="…"` that name a file of their own folder must
    /// name one that exists, or the page shows without its stylesheet or logo. The first
    /// such reference in the text is reported; its line and column are counted only then.
    private static func checkReferences(in text: String, file: String, assets: Set<String>) throws(TemplateError) {
        var rest = text[...]
        while let equals = rest.firstRange(ofText: "=\"") {
            defer { rest = rest[equals.upperBound...] }
            let attribute = text.utf8[..<equals.lowerBound]
            guard attribute.suffix(4).elementsEqual("href".utf8) || attribute.suffix(3).elementsEqual("src".utf8) else { continue }
            let value = rest[equals.upperBound...].prefix { $0 != "\"" && !$0.isNewline }
            let isLocalFile = !value.isEmpty && value.firstRange(ofText: "{{") == nil && !value.contains(":" as Character)
                && !value.hasPrefix("#") && !value.hasPrefix("/") && !value.contains("/" as Character)
            let name = String(value.prefix { $0 != "#" && $0 != "?" })
            if isLocalFile && !assets.contains(name) {
                let (line, column) = TemplateChecker.position(of: equals.upperBound, in: text)
                throw TemplateError(file: file, line: line, column: column,
                                    message: "Filen \"\(name)\" som mallen hänvisar till finns inte i \(file.split(separator: "/").dropLast().joined(separator: "/")).")
            }
        }
    }

    private static func message(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "Mallen kan inte tolkas (\(error))." }
        let inheritance = "Inuti {{<delmall}} … {{/delmall}} får bara block stå, {{$namn}} … {{/namn}}, utan text eller andra taggar emellan."
        switch error {
        case .sectionCloseNameIncorrect: return "Avsnittet stängs med fel namn."
        case .unfinishedName: return "Taggen är inte avslutad eller har ett ogiltigt namn."
        case .expectedSectionEnd: return "Ett avsnitt stängs aldrig."
        case .invalidSetDelimiter: return "Felaktigt byte av klamrar."
        case .transformAppliedToInheritanceSection: return "Ett block {{$namn}} kan inte ha en omvandling som uppercased(…)."
        case .illegalTokenInsideInheritSection, .textInsideInheritSection: return inheritance
        case .invalidConfigVariableSyntax: return "Inställningen är felskriven; så här ser den ut: {{% CONTENT_TYPE: HTML}}."
        case .unrecognisedConfigVariable: return "Okänd inställning: i mallarna kan {{% …}} bara vara {{% CONTENT_TYPE: HTML}}."
        }
    }
}

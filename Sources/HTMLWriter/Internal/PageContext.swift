import DocumentModel
import Mustache

// The values a page template sees, by `PageVariable` name: the object swift-mustache
// renders the frame with. Absent values answer nil, so `{{#period}}…{{/period}}` shows
// nothing for a document without a period. Texts are `PageText`s and the contents
// `ContentsEntry`s, which swift-mustache renders at fewer runtime casts than Strings
// and dictionaries; `dictionary` gives the same values as plain Strings, lists and
// dictionaries.
//
// ```swift
// let context = PageContext(for: document, body: body, settings: settings, logo: nil)
// context.child(named: "titel")   // PageText of the title
// ```
struct PageContext: MustacheParent {
    /// Table-of-contents depth where the document names none: chapters and fokusområden,
    /// and the goals under them.
    static let tableOfContentsLevels = 2

    private let sprak: PageText
    private let titel: PageText
    private let undertitel: PageText?
    private let organisationer: [PageText]
    private let omslagsrader: [PageText]
    private let period: PageText?
    private let faststalld: PageText?
    private let reviderad: PageText?
    private let andrad: PageText?
    private let beskrivning: PageText?
    private let nyckelord: PageText
    private let datum: PageText?
    private let sidtyp: PageText
    private let startsida: PageText?
    private let sok: Bool
    private let resurser: PageText
    private let logotyp: PageText?
    private let organisation: PageText
    private let innehall: [ContentsEntry]
    private let utskriftstitel: PageText
    private let dokument: PageText

    /// Every slot of the frame (title, keywords, cover, contents) gets the same clean text
    /// as the body: the metadata and headings as `Document.sanitised()` leaves them.
    init(for document: Document, body: String, settings: PageSettings, logo: String?) {
        let metadata = document.metadata.sanitised()
        sprak = PageText(metadata.language)
        titel = PageText(Typography.joiningFigureSpans(metadata.title))
        undertitel = metadata.subtitle.map { PageText(Typography.joiningFigureSpans($0)) }
        organisationer = metadata.organisations.map(PageText.init)
        omslagsrader = metadata.coverNotes.map { PageText(Typography.joiningFigureSpans($0)) }
        period = metadata.period.map { PageText(Typography.joiningFigureSpans($0)) }
        faststalld = metadata.adoption.map(PageText.init)
        reviderad = metadata.revisions.map(PageText.init)
        andrad = metadata.modified.map(PageText.init)
        beskrivning = (metadata.subject ?? metadata.subtitle).map(PageText.init)
        nyckelord = PageText(metadata.keywords.joined(separator: ", "))
        datum = settings.date.map(PageText.init)
        sidtyp = PageText(settings.kind.rawValue)
        startsida = settings.startPage.map(PageText.init)
        sok = settings.search
        resurser = PageText(settings.assetFolder)
        logotyp = logo.map(PageText.init)
        organisation = PageText(settings.organisation ?? metadata.organisations.first ?? metadata.title)
        let depth = metadata.contentsDepth ?? Self.tableOfContentsLevels
        innehall = ContentsEntry.entries(document.headings.filter { $0.level <= depth }.map { $0.sanitised() }[...])
        utskriftstitel = PageText(Self.cssString([metadata.title, metadata.period].compactMap { $0 }.joined(separator: " ")))
        dokument = PageText(body)
    }

    func child(named name: String) -> Any? {
        guard let variable = PageVariable(rawValue: name) else { return nil }
        switch variable {
        case .sprak: return sprak
        case .titel: return titel
        case .undertitel: return undertitel
        case .organisationer: return organisationer
        case .omslagsrader: return omslagsrader
        case .period: return period
        case .faststalld: return faststalld
        case .reviderad: return reviderad
        case .andrad: return andrad
        case .beskrivning: return beskrivning
        case .nyckelord: return nyckelord
        case .datum: return datum
        case .sidtyp: return sidtyp
        case .startsida: return startsida
        case .sok: return sok
        case .resurser: return resurser
        case .logotyp: return logotyp
        case .organisation: return organisation
        case .innehall: return innehall
        case .utskriftstitel: return utskriftstitel
        case .dokument: return dokument
        case .rubrik, .ankare, .underrubriker: return nil
        }
    }

    /// The values as Strings, Bools, lists and dictionaries by name, absent ones left out.
    var dictionary: [String: Any] { Self.plain(self) as? [String: Any] ?? [:] }

    private static func plain(_ value: Any) -> Any {
        switch value {
        case let text as PageText: return text.text
        case let texts as [PageText]: return texts.map(\.text)
        case let entries as [ContentsEntry]: return entries.map(plain)
        case let parent as MustacheParent:
            return Dictionary(uniqueKeysWithValues: PageVariable.allCases.compactMap { variable in
                parent.child(named: variable.rawValue).map { (variable.rawValue, plain($0)) }
            })
        default: return value
        }
    }

    /// Text for inside a double-quoted CSS string in a `style` element: quotes, backslash,
    /// `<`, `>`, `&` and controls as hex escapes, so neither HTML escaping nor `</style>`
    /// can change it.
    static func cssString(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                // Every escaped character is ASCII: its byte is its scalar.
                result.append(UInt8(ascii: "\\"))
                result.append(contentsOf: String(byte, radix: 16).utf8)
                result.append(UInt8(ascii: " "))
            default:
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

import DocumentModel

// The values a page template sees, by `PageVariable` name. Absent values are left out,
// so `{{#period}}…{{/period}}` shows nothing for a document without a period.
enum PageContext {
    /// Table-of-contents depth where the document names none: chapters and fokusområden,
    /// and the goals under them.
    static let tableOfContentsLevels = 2

    /// Every slot of the frame (title, keywords, cover, contents) gets the same clean text
    /// as the body: the metadata and headings as `Document.sanitised()` leaves them.
    static func values(for document: Document, body: String, settings: PageSettings, logo: String?) -> [String: Any] {
        let metadata = document.metadata.sanitised()
        var values: [PageVariable: Any] = [
            .sprak: metadata.language,
            .titel: Typography.joiningFigureSpans(metadata.title),
            .organisationer: metadata.organisations,
            .omslagsrader: metadata.coverNotes.map(Typography.joiningFigureSpans),
            .nyckelord: metadata.keywords.joined(separator: ", "),
            .sidtyp: settings.kind.rawValue,
            .resurser: settings.assetFolder,
            .dokument: body,
        ]
        values[.undertitel] = metadata.subtitle.map(Typography.joiningFigureSpans)
        values[.period] = metadata.period.map(Typography.joiningFigureSpans)
        values[.faststalld] = metadata.adoption
        values[.reviderad] = metadata.revisions
        values[.andrad] = metadata.modified
        values[.beskrivning] = metadata.subject ?? metadata.subtitle
        values[.datum] = settings.date
        values[.utskriftstitel] = cssString([metadata.title, metadata.period].compactMap { $0 }.joined(separator: " "))
        values[.startsida] = settings.startPage
        values[.sok] = settings.search
        values[.logotyp] = logo
        values[.organisation] = settings.organisation ?? metadata.organisations.first ?? metadata.title
        let contents = entries(document.headings.filter { $0.level <= (metadata.contentsDepth ?? tableOfContentsLevels) }.map { $0.sanitised() })
        values[.innehall] = contents
        return Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
    }

    /// Text for inside a double-quoted CSS string in a `style` element: quotes, backslash,
    /// `<`, `>`, `&` and controls as hex escapes, so neither HTML escaping nor `</style>`
    /// can change it.
    static func cssString(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || "\"'\\<>&".unicodeScalars.contains(scalar) || scalar.value == 0x7F {
                result += "\\" + String(scalar.value, radix: 16) + " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Nested entries: each heading with the deeper headings that follow it.
    private static func entries(_ headings: [Heading]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var index = headings.startIndex
        while index < headings.endIndex {
            let heading = headings[index]
            var end = headings.index(after: index)
            while end < headings.endIndex && headings[end].level > heading.level { end += 1 }
            result.append([
                PageVariable.rubrik.rawValue: heading.text.plainText,
                PageVariable.ankare.rawValue: heading.anchor,
                PageVariable.underrubriker.rawValue: entries(Array(headings[(index + 1)..<end])),
            ])
            index = end
        }
        return result
    }
}

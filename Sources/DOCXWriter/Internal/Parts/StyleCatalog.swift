import OOXML

// The built-in styles: the look of the default reference document and the fallback for any
// style a staff-edited reference lacks. Sizes are in half points, spacing in twentieths of
// a point, as WordprocessingML counts them.
enum StyleCatalog {
    /// Headings, titles and links.
    static let accentColour = "1F3864"
    /// The shading of table header rows; header text is also bold, so the colour is never
    /// the only mark.
    static let headerShading = "D9E2F3"

    static let definitions: [StyleDefinition] = [
        StyleDefinition(role: .normal, type: "paragraph", name: "Normal", id: "Normal", isDefault: true, quickFormat: true),
        StyleDefinition(role: .defaultParagraphFont, type: "character", name: "Default Paragraph Font",
                        id: "DefaultParagraphFont", isDefault: true, hidden: true),
        StyleDefinition(role: .normalTable, type: "table", name: "Normal Table", id: "TableNormal", isDefault: true,
                        hidden: true, properties: [
                            Element("w:tblPr", elements: [
                                Element("w:tblInd", [Attribute("w:w", "0"), Attribute("w:type", "dxa")]),
                                cellMargins(top: 0, left: 108, bottom: 0, right: 108),
                            ]),
                        ]),
        StyleDefinition(role: .noList, type: "numbering", name: "No List", id: "NoList", isDefault: true, hidden: true),
        paragraph(.bodyText, "Body Text", "BodyText", basedOn: .normal, spacing: (0, 160)),
        StyleDefinition(role: .title, type: "paragraph", name: "Title", id: "Title", basedOn: .normal, next: .subtitle,
                        quickFormat: true, properties: [
                            pPr([spacing(before: 0, after: 240, line: 240)]),
                            rPr(fonts: .major, bold: true, colour: accentColour, size: 52),
                        ]),
        StyleDefinition(role: .subtitle, type: "paragraph", name: "Subtitle", id: "Subtitle", basedOn: .normal,
                        next: .bodyText, quickFormat: true, properties: [
                            pPr([spacing(before: 0, after: 160)]),
                            rPr(fonts: .major, colour: "404040", size: 30),
                        ]),
        heading(1, size: 34, before: 480, after: 160),
        heading(2, size: 28, before: 360, after: 120),
        heading(3, size: 24, before: 240, after: 80),
        heading(4, size: 22, before: 200, after: 60, italic: true),
        heading(5, size: 22, before: 200, after: 60, italic: true),
        heading(6, size: 22, before: 200, after: 60, italic: true),
        // Based on Normal, not Heading 1: the contents heading is no chapter, so it stays out
        // of the navigation pane and of the outline that readers take headings from.
        StyleDefinition(role: .tocHeading, type: "paragraph", name: "TOC Heading", id: "TOCHeading", basedOn: .normal,
                        next: .normal, quickFormat: true, properties: [
                            pPr([Element("w:keepNext"), spacing(before: 0, after: 240)]),
                            rPr(fonts: .major, bold: true, colour: accentColour, size: 34),
                        ]),
        StyleDefinition(role: .toc1, type: "paragraph", name: "toc 1", id: "TOC1", basedOn: .normal, next: .normal,
                        properties: [pPr([tabs(), spacing(before: 120, after: 40)]), rPr(bold: true)]),
        StyleDefinition(role: .toc2, type: "paragraph", name: "toc 2", id: "TOC2", basedOn: .normal, next: .normal,
                        properties: [pPr([tabs(), spacing(before: 0, after: 40), indent(left: 284)])]),
        StyleDefinition(role: .toc3, type: "paragraph", name: "toc 3", id: "TOC3", basedOn: .normal, next: .normal,
                        properties: [pPr([tabs(), spacing(before: 0, after: 40), indent(left: 567)])]),
        StyleDefinition(role: .listBullet, type: "paragraph", name: "List Bullet", id: "ListBullet", basedOn: .normal,
                        quickFormat: true, properties: [
                            pPr([Element("w:numPr", elements: [Element("w:numId", val: String(NumberingCatalog.bulletNumId))]),
                                 spacing(before: 0, after: 60), Element("w:contextualSpacing")]),
                        ]),
        StyleDefinition(role: .listNumber, type: "paragraph", name: "List Number", id: "ListNumber", basedOn: .normal,
                        quickFormat: true, properties: [
                            pPr([Element("w:numPr", elements: [Element("w:numId", val: String(NumberingCatalog.numberNumId))]),
                                 spacing(before: 0, after: 60), Element("w:contextualSpacing")]),
                        ]),
        StyleDefinition(role: .listContinue, type: "paragraph", name: "List Continue", id: "ListContinue",
                        basedOn: .normal, properties: [
                            pPr([spacing(before: 0, after: 60), indent(left: NumberingCatalog.indent(level: 0)),
                                 Element("w:contextualSpacing")]),
                        ]),
        // Word saves its caption style as "caption", which LibreOffice reads as a style of
        // its own beside its built-in "Caption"; both programs take "Caption" as the built-in.
        StyleDefinition(role: .caption, type: "paragraph", name: "Caption", id: "Caption", basedOn: .normal,
                        next: .normal, quickFormat: true, properties: [
                            pPr([Element("w:keepNext"), spacing(before: 120, after: 80)]),
                            rPr(bold: true, colour: "404040", size: 18),
                        ]),
        StyleDefinition(role: .quote, type: "paragraph", name: "Quote", id: "Quote", basedOn: .normal, next: .normal,
                        quickFormat: true, properties: [
                            pPr([spacing(before: 120, after: 120), indent(left: 567, right: 567)]),
                            rPr(italic: true, colour: "404040"),
                        ]),
        StyleDefinition(role: .note, type: "paragraph", name: "Notering", id: "Notering", basedOn: .normal,
                        quickFormat: true, properties: [
                            pPr([
                                Element("w:pBdr", elements: [
                                    Element("w:left", [Attribute("w:val", "single"), Attribute("w:sz", "24"),
                                                       Attribute("w:space", "8"), Attribute("w:color", accentColour)]),
                                ]),
                                Element("w:shd", [Attribute("w:val", "clear"), Attribute("w:color", "auto"), Attribute("w:fill", "F2F2F2")]),
                                spacing(before: 0, after: 80), indent(left: 227, right: 227),
                            ]),
                        ]),
        paragraph(.tableText, "Tabelltext", "Tabelltext", basedOn: .normal, spacing: (0, 40), size: 18, line: 240),
        StyleDefinition(role: .tableHeading, type: "paragraph", name: "Tabellrubrik", id: "Tabellrubrik",
                        basedOn: .tableText, quickFormat: true, properties: [
                            pPr([Element("w:keepNext")]), rPr(bold: true),
                        ]),
        StyleDefinition(role: .coverOrganisation, type: "paragraph", name: "Omslag organisation", id: "Omslagorganisation",
                        basedOn: .normal, quickFormat: true, properties: [
                            pPr([spacing(before: 0, after: 120)]),
                            rPr(fonts: .major, bold: true, colour: accentColour, size: 28),
                        ]),
        StyleDefinition(role: .coverText, type: "paragraph", name: "Omslagstext", id: "Omslagstext", basedOn: .normal,
                        quickFormat: true, properties: [
                            pPr([spacing(before: 0, after: 120)]), rPr(size: 24),
                        ]),
        StyleDefinition(role: .header, type: "paragraph", name: "header", id: "Header", basedOn: .normal, properties: [
            pPr([
                // Word moves the header's absolute tab to the right margin; LibreOffice reads it
                // as an ordinary tab, which this stop at the portrait right margin catches.
                Element("w:tabs", elements: [
                    Element("w:tab", [Attribute("w:val", "right"), Attribute("w:pos", "9072")]),
                ]),
                spacing(before: 0, after: 0),
            ]),
            rPr(colour: "404040", size: 18),
        ]),
        StyleDefinition(role: .footer, type: "paragraph", name: "footer", id: "Footer", basedOn: .header),
        StyleDefinition(role: .hyperlink, type: "character", name: "Hyperlink", id: "Hyperlink", basedOn: .defaultParagraphFont,
                        properties: [
                            // Underlined as well as coloured: a link is never shown by colour alone.
                            Element("w:rPr", elements: [Element("w:color", val: "0563C1"), Element("w:u", val: "single")]),
                        ]),
        StyleDefinition(role: .planTable, type: "table", name: "Handlingsplan tabell", id: "Handlingsplantabell",
                        basedOn: .normalTable, properties: [
                            pPr([spacing(before: 0, after: 0)]),
                            Element("w:tblPr", elements: [
                                Element("w:tblBorders", elements: ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map {
                                    Element($0, [Attribute("w:val", "single"), Attribute("w:sz", "4"), Attribute("w:space", "0"),
                                                 Attribute("w:color", "808080")])
                                }),
                                cellMargins(top: 57, left: 85, bottom: 57, right: 85),
                            ]),
                            Element("w:tblStylePr", [Attribute("w:type", "firstRow")], elements: [
                                rPr(bold: true),
                                Element("w:tcPr", elements: [
                                    Element("w:shd", [Attribute("w:val", "clear"), Attribute("w:color", "auto"),
                                                      Attribute("w:fill", headerShading)]),
                                ]),
                            ]),
                        ]),
    ]

    static let byRole: [StyleRole: StyleDefinition] = Dictionary(uniqueKeysWithValues: definitions.map { ($0.role, $0) })

    /// Document-wide defaults: fonts from the theme, 11 pt, Swedish.
    static func documentDefaults(language: String) -> Element {
        Element("w:docDefaults", elements: [
            Element("w:rPrDefault", elements: [
                Element("w:rPr", elements: [
                    Element("w:rFonts", [Attribute("w:asciiTheme", "minorHAnsi"), Attribute("w:eastAsiaTheme", "minorHAnsi"),
                                         Attribute("w:hAnsiTheme", "minorHAnsi"), Attribute("w:cstheme", "minorBidi")]),
                    Element("w:sz", val: "21"), Element("w:szCs", val: "21"),
                    Element("w:lang", [Attribute("w:val", language), Attribute("w:eastAsia", language), Attribute("w:bidi", "ar-SA")]),
                ]),
            ]),
            Element("w:pPrDefault", elements: [pPr([spacing(before: 0, after: 120, line: 264)])]),
        ])
    }

    // MARK: Builders

    enum Fonts { case major, minor }

    private static func heading(_ level: Int, size: Int, before: Int, after: Int, italic: Bool = false) -> StyleDefinition {
        StyleDefinition(role: .heading(level), type: "paragraph", name: "heading \(level)", id: "Heading\(level)",
                        basedOn: .normal, next: .bodyText, quickFormat: true, properties: [
                            pPr([Element("w:keepNext"), Element("w:keepLines"), spacing(before: before, after: after),
                                 Element("w:outlineLvl", val: String(level - 1))]),
                            rPr(fonts: .major, bold: true, italic: italic, colour: accentColour, size: size),
                        ])
    }

    private static func paragraph(_ role: StyleRole, _ name: String, _ id: String, basedOn: StyleRole,
                                  spacing space: (before: Int, after: Int), size: Int? = nil, line: Int? = nil) -> StyleDefinition {
        StyleDefinition(role: role, type: "paragraph", name: name, id: id, basedOn: basedOn, quickFormat: true,
                        properties: [pPr([spacing(before: space.before, after: space.after, line: line)])]
                            + (size.map { [rPr(size: $0)] } ?? []))
    }

    static func pPr(_ children: [Element]) -> Element { Element("w:pPr", elements: children) }

    static func rPr(fonts: Fonts? = nil, bold: Bool = false, italic: Bool = false, colour: String? = nil, size: Int? = nil) -> Element {
        var children: [Element] = []
        if let fonts {
            let theme = fonts == .major ? "majorHAnsi" : "minorHAnsi"
            children.append(Element("w:rFonts", [Attribute("w:asciiTheme", theme), Attribute("w:eastAsiaTheme", theme),
                                                 Attribute("w:hAnsiTheme", theme)]))
        }
        if bold { children += [Element("w:b"), Element("w:bCs")] }
        if italic { children += [Element("w:i"), Element("w:iCs")] }
        if let colour { children.append(Element("w:color", val: colour)) }
        if let size { children += [Element("w:sz", val: String(size)), Element("w:szCs", val: String(size))] }
        return Element("w:rPr", elements: children)
    }

    static func spacing(before: Int, after: Int, line: Int? = nil) -> Element {
        var attributes = [Attribute("w:before", String(before)), Attribute("w:after", String(after))]
        if let line { attributes += [Attribute("w:line", String(line)), Attribute("w:lineRule", "auto")] }
        return Element("w:spacing", attributes)
    }

    static func indent(left: Int, right: Int? = nil, hanging: Int? = nil) -> Element {
        var attributes = [Attribute("w:left", String(left))]
        if let right { attributes.append(Attribute("w:right", String(right))) }
        if let hanging { attributes.append(Attribute("w:hanging", String(hanging))) }
        return Element("w:ind", attributes)
    }

    /// A right-aligned tab with dot leader, for page numbers in the table of contents.
    private static func tabs() -> Element {
        Element("w:tabs", elements: [
            Element("w:tab", [Attribute("w:val", "right"), Attribute("w:leader", "dot"), Attribute("w:pos", "9062")]),
        ])
    }

    private static func cellMargins(top: Int, left: Int, bottom: Int, right: Int) -> Element {
        Element("w:tblCellMar", elements: [("w:top", top), ("w:left", left), ("w:bottom", bottom), ("w:right", right)].map {
            Element($0.0, [Attribute("w:w", String($0.1)), Attribute("w:type", "dxa")])
        })
    }
}

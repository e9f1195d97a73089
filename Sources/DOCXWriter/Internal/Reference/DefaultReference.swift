import Foundation
import OOXML

// The built-in reference document, which `render template docx` writes for staff to start
// from and the repository ships as templates/docx/reference.docx. Its first section is the
// cover with placeholders; the second shows every style the writer uses, with a short
// guide, and carries the page setup, the running header and the footer "Sida X av Y".
enum DefaultReference {
    /// Built once from constants: it fails only if libxml2 or libzip cannot allocate
    /// memory at start-up, and then nothing could be written anyway.
    static let data: Data = {
        do {
            return try build()
        } catch {
            fatalError("The built-in reference document could not be built: \(error)")
        }
    }()

    private static func build() throws(WriteFailure) -> Data {
        let diagnostics = Diagnostics()
        let styles = StyleSheet(reference: nil)
        var package = PackageBuilder(diagnostics: diagnostics)
        try package.add(relationships: DOCXPackage.packageRelationships, of: "")
        try package.add(DOCXPackage.documentPart, type: ContentType.mainDocument, document(styles))
        try package.add(relationships: [
            Relationship(id: "rId1", type: Relationship.styles, target: "styles.xml"),
            Relationship(id: "rId2", type: Relationship.numbering, target: "numbering.xml"),
            Relationship(id: "rId3", type: Relationship.settings, target: "settings.xml"),
            Relationship(id: "rId4", type: Relationship.fontTable, target: "fontTable.xml"),
            Relationship(id: "rId5", type: Relationship.theme, target: "theme/theme1.xml"),
            Relationship(id: "rId6", type: Relationship.header, target: "header1.xml"),
            Relationship(id: "rId7", type: Relationship.footer, target: "footer1.xml"),
        ], of: DOCXPackage.documentPart)
        try package.add("word/styles.xml", type: ContentType.styles, styles.part)
        try package.add("word/numbering.xml", type: ContentType.numbering, numbering)
        try package.add("word/settings.xml", type: ContentType.settings, SettingsPart.part(reference: nil, language: "sv-SE"))
        try package.add("word/fontTable.xml", type: ContentType.fontTable, DefaultParts.fontTable)
        try package.add("word/theme/theme1.xml", type: ContentType.theme, DefaultParts.theme)
        try package.add("word/header1.xml", type: ContentType.header, header(styles))
        try package.add("word/footer1.xml", type: ContentType.footer, footer(styles))
        try package.add("docProps/core.xml", type: ContentType.coreProperties, PropertiesParts.core(
            title: "Referensdokument för handlingsplaner", subject: nil, creator: nil, keywords: [],
            language: "sv-SE", created: nil, modified: nil))
        try package.add("docProps/app.xml", type: ContentType.extendedProperties, PropertiesParts.app(company: nil))
        return try package.archive()
    }

    /// Section properties for A4 portrait with 2.5 cm margins and the given header and
    /// footer relationships.
    static func section(headers: [(kind: String, id: String)]) -> Element {
        let margin = String(SectionProperties.defaultMargin)
        return Element("w:sectPr", elements: headers.map { header in
            Element("w:\(header.kind)Reference", [Attribute("w:type", "default"), Attribute("r:id", header.id)])
        } + [
            Element("w:pgSz", [Attribute("w:w", String(SectionProperties.a4.width)), Attribute("w:h", String(SectionProperties.a4.height))]),
            Element("w:pgMar", [Attribute("w:top", margin), Attribute("w:right", margin), Attribute("w:bottom", margin),
                                Attribute("w:left", margin), Attribute("w:header", "709"), Attribute("w:footer", "709"),
                                Attribute("w:gutter", "0")]),
            Element("w:cols", [Attribute("w:space", "708")]),
            Element("w:docGrid", [Attribute("w:linePitch", "360")]),
        ])
    }

    // MARK: Document

    private static func document(_ styles: StyleSheet) -> XMLPart {
        func p(_ role: StyleRole, _ text: String, _ extra: [Element] = []) -> Element {
            paragraph(styles[role], extra, [run(text)])
        }
        let cover: [Element] = [
            p(.coverOrganisation, "{{organisationer}}"),
            p(.title, "{{titel}}", [StyleCatalog.spacing(before: 2880, after: 240)]),
            p(.subtitle, "{{undertitel}}"),
            p(.subtitle, "{{period}}"),
            p(.coverText, "{{omslagstext}}"),
            p(.coverText, "{{faststalld}}", [StyleCatalog.spacing(before: 1440, after: 120)]),
            paragraph(styles[.coverText], [], [run("{{reviderad}}")], section: section(headers: [])),
        ]
        let guide: [Element] = [
            p(.tocHeading, "Innehåll"),
            paragraph(styles[.toc1], [], [
                field("begin"), instruction(" TOC \\o \"1-3\" \\h \\z \\u "), field("separate"),
                run("Innehållsförteckningen skapas när planen skrivs."), field("end"),
            ]),
            p(.heading1, "Rubrik 1: kapitel och fokusområden", [Element("w:pageBreakBefore")]),
            p(.bodyText, "Det här avsnittet visar formatmallarna. Planens text ersätter allt efter försättsbladet; "
                + "ändra därför formatmallarna (typsnitt, storlek, färg, avstånd), inte texten här."),
            p(.heading2, "Rubrik 2: mål"),
            p(.bodyText, "Brödtext används för planens stycken."),
            p(.listBullet, "Punktlista"),
            paragraph(styles[.listBullet], [numbering(NumberingCatalog.bulletNumId, level: 1)], [run("Punktlista, nivå 2")]),
            p(.listNumber, "Numrerad lista"),
            p(.heading3, "Rubrik 3: utvecklingsbehov"),
            p(.bodyText, "Ändra utseendet på den här tabellen, så får planens alla tabeller samma utseende: bakgrundsfärg "
                + "och kantlinjer för rubrikraden, för mellanraden (en aktivitet över hela bredden) och för vanliga rader. "
                + "Texten i cellerna styrs av formatmallarna Tabellrubrik och Tabelltext. Låt tabellen vara dokumentets "
                + "första tabell efter försättsbladet."),
            p(.caption, "Beskrivning: rubriken ovanför en tabell"),
            sampleTable(styles),
            p(.quote, "Citat: en röst ur en intervju."),
            p(.note, "Notering: en ruta med en kommentar eller en källa."),
        ]
        let body = Element("w:body", elements: cover + guide + [section(headers: [("header", "rId6"), ("footer", "rId7")])])
        return XMLPart(root: Element("w:document", elements: [body]), namespaces: [.w, .r])
    }

    /// The table whose look `TableLook` reads: header row, band, body row. Its look is the
    /// table style's; what staff change on it goes onto its cells.
    private static func sampleTable(_ styles: StyleSheet) -> Element {
        func cell(_ text: String, _ role: StyleRole, width: Int, span: Int = 1) -> Element {
            let spanning = span > 1 ? [Element("w:gridSpan", val: String(span))] : []
            return Element("w:tc", elements: [
                Element("w:tcPr", elements: [Element("w:tcW", [Attribute("w:w", String(width)), Attribute("w:type", "dxa")])]
                    + spanning),
                paragraph(styles[role], [], [run(text)]),
            ])
        }
        let widths = [3024, 6048]
        return Element("w:tbl", elements: [
            Element("w:tblPr", elements: [
                Element("w:tblStyle", val: styles[.planTable]),
                Element("w:tblW", [Attribute("w:w", "5000"), Attribute("w:type", "pct")]),
                Element("w:tblLook", [Attribute("w:firstRow", "1"), Attribute("w:lastRow", "0"), Attribute("w:firstColumn", "0"),
                                      Attribute("w:lastColumn", "0"), Attribute("w:noHBand", "1"), Attribute("w:noVBand", "1")]),
            ]),
            Element("w:tblGrid", elements: widths.map { Element("w:gridCol", [Attribute("w:w", String($0))]) }),
            Element("w:tr", elements: [
                Element("w:trPr", elements: [Element("w:cantSplit"), Element("w:tblHeader")]),
                cell("Tabellrubrik", .tableHeading, width: widths[0]), cell("Tabellrubrik", .tableHeading, width: widths[1]),
            ]),
            Element("w:tr", elements: [
                Element("w:trPr", elements: [Element("w:cantSplit")]),
                cell("Mellanrad: Tabelltext över hela bredden", .tableText, width: widths[0] + widths[1], span: 2),
            ]),
            Element("w:tr", elements: [
                Element("w:trPr", elements: [Element("w:cantSplit")]),
                cell("Tabelltext", .tableText, width: widths[0]), cell("Tabelltext", .tableText, width: widths[1]),
            ]),
        ])
    }

    // MARK: Header and footer

    private static func header(_ styles: StyleSheet) -> XMLPart {
        XMLPart(root: Element("w:hdr", elements: [
            paragraph(styles[.header], [], [
                run("{{organisation}}"),
                // An absolute tab to the right margin works in portrait and landscape alike.
                Element("w:r", elements: [Element("w:ptab", [Attribute("w:relativeTo", "margin"), Attribute("w:alignment", "right"),
                                                             Attribute("w:leader", "none")])]),
                run("{{titel}}"),
            ]),
        ]), namespaces: [.w, .r])
    }

    private static func footer(_ styles: StyleSheet) -> XMLPart {
        XMLPart(root: Element("w:ftr", elements: [
            paragraph(styles[.footer], [Element("w:jc", val: "right")], [
                run("Sida "), field("begin"), instruction(" PAGE "), field("separate"), run("1"), field("end"),
                run(" av "), field("begin"), instruction(" NUMPAGES "), field("separate"), run("1"), field("end"),
            ]),
        ]), namespaces: [.w, .r])
    }

    // MARK: Numbering

    private static var numbering: XMLPart {
        XMLPart(root: Element("w:numbering", elements: [
            NumberingCatalog.bulletDefinition(id: 0),
            NumberingCatalog.decimalDefinition(id: 1),
            NumberingCatalog.instance(id: NumberingCatalog.bulletNumId, abstractId: 0),
            NumberingCatalog.instance(id: NumberingCatalog.numberNumId, abstractId: 1),
        ]), namespaces: [.w])
    }

    // MARK: Building blocks

    private static func paragraph(_ style: String, _ properties: [Element], _ content: [Element], section: Element? = nil) -> Element {
        let properties = [Element("w:pStyle", val: style)] + properties + (section.map { [$0] } ?? [])
        return Element("w:p", elements: [Element("w:pPr", elements: SchemaOrder.sorted(properties, order: ParagraphProperties.order))]
            + content)
    }

    private static func numbering(_ id: Int, level: Int) -> Element {
        Element("w:numPr", elements: [Element("w:ilvl", val: String(level)), Element("w:numId", val: String(id))])
    }

    private static func run(_ text: String) -> Element {
        Element("w:r", elements: [Element("w:t", [Attribute("xml:space", "preserve")], [.text(text)])])
    }

    private static func field(_ type: String) -> Element {
        Element("w:r", elements: [Element("w:fldChar", [Attribute("w:fldCharType", type)])])
    }

    private static func instruction(_ text: String) -> Element {
        Element("w:r", elements: [Element("w:instrText", [Attribute("xml:space", "preserve")], [.text(text)])])
    }
}

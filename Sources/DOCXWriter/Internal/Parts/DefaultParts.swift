import OOXML

// The theme and font table of the default reference document. The theme names the fonts
// the styles use ("minor" for text, "major" for headings), so changing the theme fonts in
// Word changes the whole document.
enum DefaultParts {
    static let headingFont = "Arial"
    static let textFont = "Arial"

    static let fontTable = XMLPart(root: Element("w:fonts", elements: [headingFont, textFont, "Times New Roman"]
        .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        .map { name in
            Element("w:font", [Attribute("w:name", name)], elements: [
                Element("w:charset", val: "00"),
                Element("w:family", val: name == "Times New Roman" ? "roman" : "swiss"),
                Element("w:pitch", val: "variable"),
            ])
        }), namespaces: [.w])

    static let theme: XMLPart = {
        func colour(_ name: String, _ hex: String) -> Element {
            Element("a:\(name)", elements: [Element("a:srgbClr", [Attribute("val", hex)])])
        }
        func system(_ name: String, _ value: String, _ last: String) -> Element {
            Element("a:\(name)", elements: [Element("a:sysClr", [Attribute("val", value), Attribute("lastClr", last)])])
        }
        func font(_ name: String, _ typeface: String) -> Element {
            Element("a:\(name)", elements: [
                Element("a:latin", [Attribute("typeface", typeface)]),
                Element("a:ea", [Attribute("typeface", "")]),
                Element("a:cs", [Attribute("typeface", "")]),
            ])
        }
        let placeholderFill = Element("a:solidFill", elements: [Element("a:schemeClr", [Attribute("val", "phClr")])])
        let line = { (width: String) in
            Element("a:ln", [Attribute("w", width), Attribute("cap", "flat"), Attribute("cmpd", "sng"), Attribute("algn", "ctr")],
                    elements: [placeholderFill, Element("a:prstDash", [Attribute("val", "solid")])])
        }
        let effect = Element("a:effectStyle", elements: [Element("a:effectLst")])
        return XMLPart(root: Element("a:theme", [Attribute("name", "Handlingsplan")], elements: [
            Element("a:themeElements", elements: [
                Element("a:clrScheme", [Attribute("name", "Handlingsplan")], elements: [
                    system("dk1", "windowText", "000000"), system("lt1", "window", "FFFFFF"),
                    colour("dk2", StyleCatalog.accentColour), colour("lt2", "E7E6E6"),
                    colour("accent1", "2F5496"), colour("accent2", "C55A11"), colour("accent3", "548235"),
                    colour("accent4", "7F6000"), colour("accent5", "1F4E79"), colour("accent6", "833C0B"),
                    colour("hlink", "0563C1"), colour("folHlink", "954F72"),
                ]),
                Element("a:fontScheme", [Attribute("name", "Handlingsplan")], elements: [
                    font("majorFont", headingFont), font("minorFont", textFont),
                ]),
                Element("a:fmtScheme", [Attribute("name", "Handlingsplan")], elements: [
                    Element("a:fillStyleLst", elements: [placeholderFill, placeholderFill, placeholderFill]),
                    Element("a:lnStyleLst", elements: [line("6350"), line("12700"), line("19050")]),
                    Element("a:effectStyleLst", elements: [effect, effect, effect]),
                    Element("a:bgFillStyleLst", elements: [placeholderFill, placeholderFill, placeholderFill]),
                ]),
            ]),
            Element("a:objectDefaults"),
            Element("a:extraClrSchemeLst"),
        ]), namespaces: [.a])
    }()
}

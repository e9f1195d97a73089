import OOXML

// The document properties parts: `docProps/core.xml` (title, subject, author, keywords,
// language, dates) and `docProps/app.xml`. Dates come from the document, never the clock.
enum PropertiesParts {
    static func core(title: String, subject: String?, creator: String?, keywords: [String], language: String,
                     created: String?, modified: String?) -> XMLPart {
        var children = [Element("dc:title", [], [.text(title)])]
        if let subject { children.append(Element("dc:subject", [], [.text(subject)])) }
        if let creator { children.append(Element("dc:creator", [], [.text(creator)])) }
        if !keywords.isEmpty { children.append(Element("cp:keywords", [], [.text(keywords.joined(separator: ", "))])) }
        children.append(Element("dc:language", [], [.text(language)]))
        for (name, date) in [("dcterms:created", created), ("dcterms:modified", modified)] {
            guard let date, let timestamp = timestamp(date) else { continue }
            children.append(Element(name, [Attribute("xsi:type", "dcterms:W3CDTF")], [.text(timestamp)]))
        }
        return XMLPart(root: Element("cp:coreProperties", elements: children),
                       namespaces: [.cp, .dc, .dcterms, .xsi])
    }

    static func app(company: String?) -> XMLPart {
        var children = [Element("Application", [], [.text("handlingsplan render")]), Element("DocSecurity", [], [.text("0")])]
        if let company { children.append(Element("Company", [], [.text(company)])) }
        return XMLPart(root: Element("Properties", elements: children), namespaces: [.extendedProperties])
    }

    /// An ISO date ("2022-11-21") as the W3C date-time the property wants.
    private static func timestamp(_ date: String) -> String? {
        let parts = date.split(separator: "-")
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        return "\(date)T00:00:00Z"
    }
}

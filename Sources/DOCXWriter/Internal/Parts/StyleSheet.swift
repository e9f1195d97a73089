import CacheFiles
import OOXML

// The styles part of a reference document, completed with every built-in style it lacks,
// and the style id each role resolves to. Styles are found by name, as pandoc does, since
// Word in Swedish saves "heading 1" with the id "Rubrik1".
struct StyleSheet: Sendable {
    let part: XMLPart
    /// Each role's style id at the role's raw value: what the body writer looks up per paragraph.
    private let idsByRole: [String]
    /// The run properties of links, bold and italic, with this sheet's hyperlink style.
    let runFormats: RunFormatMarkup

    init(reference: XMLPart?) {
        var root = reference?.root ?? Element("w:styles")
        // Exact names first; a name differing only in case (LibreOffice writes "Heading 1"
        // where Word writes "heading 1") is the next best.
        var byName: [String: String] = [:]
        var byFoldedName: [String: String] = [:]
        var takenIds: Set<String> = []
        for style in root.all("w:style") {
            guard let id = style[attribute: "w:styleId"] else { continue }
            takenIds.insert(id)
            if let name = style.first("w:name")?[attribute: "w:val"] {
                byName[name] = byName[name] ?? id
                byFoldedName[name.lowercased()] = byFoldedName[name.lowercased()] ?? id
            }
        }
        var ids: [StyleRole: String] = [:]
        var missing: [StyleDefinition] = []
        for definition in StyleCatalog.definitions {
            if let id = byName[definition.name] ?? byFoldedName[definition.name.lowercased()] {
                ids[definition.role] = id
                continue
            }
            var id = definition.id
            while takenIds.contains(id) { id += "1" }
            takenIds.insert(id)
            ids[definition.role] = id
            missing.append(StyleDefinition(role: definition.role, type: definition.type, name: definition.name, id: id,
                                           basedOn: definition.basedOn, next: definition.next,
                                           // A reference that has its own defaults keeps them.
                                           isDefault: definition.isDefault && !Self.hasDefault(root, type: definition.type),
                                           quickFormat: definition.quickFormat, hidden: definition.hidden,
                                           properties: reference == nil ? definition.properties
                                               : Self.withoutNumbering(definition.properties)))
        }
        if root.first("w:docDefaults") == nil {
            root.children.insert(.element(StyleCatalog.documentDefaults(language: "sv-SE")), at: 0)
        }
        root.children += missing.map { .element($0.element(ids: ids)) }
        part = XMLPart(root: root, namespaces: reference?.namespaces ?? [.w])
        idsByRole = StyleRole.allCases.map { ids[$0]! }
        runFormats = RunFormatMarkup(hyperlinkStyle: idsByRole[StyleRole.hyperlink.rawValue])
    }

    subscript(role: StyleRole) -> String { idsByRole[role.rawValue] }

    /// The part with the document's language as the default of every run.
    func part(language: String) -> XMLPart {
        var copy = part
        copy.root.children = part.root.children.map { node in
            guard case .element(let element) = node, element.name == "w:docDefaults" else { return node }
            return .element(Self.settingLanguage(language, in: element))
        }
        return copy
    }

    /// The paragraph properties of the style with `id`, as the reference defines them.
    func properties(ofStyle id: String) -> Element? {
        part.root.all("w:style").first { $0[attribute: "w:styleId"] == id }?.first("w:pPr")
    }

    /// The tab stops the style with `id` sets, its base styles' included.
    func tabStops(ofStyle id: String) -> [Element] {
        var stops: [Element] = []
        var next: String? = id
        var seen: Set<String> = []
        while let current = next, seen.insert(current).inserted,
              let style = part.root.all("w:style").first(where: { $0[attribute: "w:styleId"] == current }) {
            stops = (style.first("w:pPr")?.first("w:tabs")?.all("w:tab") ?? []) + stops
            next = style.first("w:basedOn")?[attribute: "w:val"]
        }
        return stops
    }

    // A list style added to someone else's reference must not point into its numbering part,
    // where that instance id may mean another list; paragraphs carry their own numbering.
    private static func withoutNumbering(_ properties: [Element]) -> [Element] {
        properties.map { element in
            guard element.name == "w:pPr" else { return element }
            var copy = element
            copy.children = element.children.filter {
                if case .element(let child) = $0 { return child.name != "w:numPr" }
                return true
            }
            return copy
        }
    }

    private static func hasDefault(_ root: Element, type: String) -> Bool {
        root.all("w:style").contains { $0[attribute: "w:type"] == type && ["1", "true", "on"].contains($0[attribute: "w:default"] ?? "") }
    }

    private static func settingLanguage(_ language: String, in defaults: Element) -> Element {
        var defaults = defaults
        var rPrDefault = defaults.first("w:rPrDefault") ?? Element("w:rPrDefault")
        var rPr = rPrDefault.first("w:rPr") ?? Element("w:rPr")
        var lang = rPr.first("w:lang") ?? Element("w:lang")
        lang[attribute: "w:val"] = language
        rPr = RunProperties.replacing("w:lang", with: lang, in: rPr)
        rPrDefault.children = [.element(rPr)]
        defaults.children = defaults.children.filter {
            if case .element(let element) = $0 { return element.name != "w:rPrDefault" }
            return true
        }
        defaults.children.insert(.element(rPrDefault), at: 0)
        return defaults
    }
}

// The sheet as a cache entry holds it (`ReferenceContent`): the completed part, each role's
// style id, the runs' markup.
extension StyleSheet {
    func encode(to encoder: inout CacheEncoder) {
        encoder.write(part)
        encoder.write(idsByRole)
        runFormats.encode(to: &encoder)
    }

    /// The sheet `encode(to:)` wrote, or nil when it does not name a style for every role.
    init?(decoding decoder: inout CacheDecoder) {
        part = decoder.part()
        idsByRole = decoder.strings()
        runFormats = RunFormatMarkup(decoding: &decoder)
        guard idsByRole.count == StyleRole.allCases.count else { return nil }
    }
}

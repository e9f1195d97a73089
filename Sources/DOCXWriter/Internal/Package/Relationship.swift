// A relationship of an OOXML package: how one part refers to another part or to a URL.
struct Relationship: Sendable, Hashable {
    let id: String
    let type: String
    let target: String
    let isExternal: Bool

    init(id: String, type: String, target: String, isExternal: Bool = false) {
        self.id = id
        self.type = type
        self.target = target
        self.isExternal = isExternal
    }

    static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let officeDocument = base + "officeDocument"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let extendedProperties = base + "extended-properties"
    static let styles = base + "styles"
    static let numbering = base + "numbering"
    static let settings = base + "settings"
    static let fontTable = base + "fontTable"
    static let theme = base + "theme"
    static let header = base + "header"
    static let footer = base + "footer"
    static let image = base + "image"
    static let hyperlink = base + "hyperlink"

    /// The relationships part of `relationships`, as a package stores it.
    static func part(_ relationships: [Relationship]) -> XMLPart {
        XMLPart(root: Element("Relationships", elements: relationships.map { relationship in
            var attributes = [Attribute("Id", relationship.id), Attribute("Type", relationship.type),
                              Attribute("Target", relationship.target)]
            if relationship.isExternal { attributes.append(Attribute("TargetMode", "External")) }
            return Element("Relationship", attributes)
        }), namespaces: [.relationships])
    }

    /// The relationships of a parsed relationships part.
    static func parse(_ part: XMLPart) -> [Relationship] {
        part.root.all("Relationship").compactMap { element in
            guard let id = element[attribute: "Id"], let type = element[attribute: "Type"],
                  let target = element[attribute: "Target"] else { return nil }
            return Relationship(id: id, type: type, target: target, isExternal: element[attribute: "TargetMode"] == "External")
        }
    }
}

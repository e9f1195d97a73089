// A relationship of an OOXML package: how one part refers to another part or to a URL.
package struct Relationship: Sendable, Hashable {
    package let id: String
    package let type: String
    package let target: String
    package let isExternal: Bool

    package init(id: String, type: String, target: String, isExternal: Bool = false) {
        self.id = id
        self.type = type
        self.target = target
        self.isExternal = isExternal
    }

    package static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    package static let officeDocument = base + "officeDocument"
    package static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    package static let extendedProperties = base + "extended-properties"
    package static let styles = base + "styles"
    package static let numbering = base + "numbering"
    package static let settings = base + "settings"
    package static let fontTable = base + "fontTable"
    package static let theme = base + "theme"
    package static let header = base + "header"
    package static let footer = base + "footer"
    package static let image = base + "image"
    package static let hyperlink = base + "hyperlink"
    package static let chart = base + "chart"

    /// The relationships part of `relationships`, as a package stores it.
    package static func part(_ relationships: [Relationship]) -> XMLPart {
        XMLPart(root: Element("Relationships", elements: relationships.map { relationship in
            var attributes = [Attribute("Id", relationship.id), Attribute("Type", relationship.type),
                              Attribute("Target", relationship.target)]
            if relationship.isExternal { attributes.append(Attribute("TargetMode", "External")) }
            return Element("Relationship", attributes)
        }), namespaces: [.relationships])
    }

    /// The relationships of a parsed relationships part.
    package static func parse(_ part: XMLPart) -> [Relationship] {
        part.root.all("Relationship").compactMap { element in
            guard let id = element[attribute: "Id"], let type = element[attribute: "Type"],
                  let target = element[attribute: "Target"] else { return nil }
            return Relationship(id: id, type: type, target: target, isExternal: element[attribute: "TargetMode"] == "External")
        }
    }
}

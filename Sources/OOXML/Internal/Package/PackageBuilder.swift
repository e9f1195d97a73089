import Foundation

// Collects the parts of an OOXML package and writes it: `[Content_Types].xml` first, as
// readers that stream the archive expect, then the parts in the order they were added.
package struct PackageBuilder {
    private var parts: [(name: String, data: Data)] = []
    private var overrides: [(name: String, type: String)] = []
    private var defaults: [(fileExtension: String, type: String)] = [
        ("rels", ContentType.relationships), ("xml", ContentType.xml),
    ]
    private let diagnostics: Diagnostics

    package init(diagnostics: Diagnostics) { self.diagnostics = diagnostics }

    /// Adds an XML part with its own content type.
    package mutating func add(_ name: String, type: String, _ part: XMLPart) {
        add(name, type: type, part.data(diagnostics))
    }

    package mutating func add(_ name: String, type: String, _ data: Data) {
        parts.append((name, data))
        overrides.append((name, type))
    }

    /// Adds a part whose type follows from its file extension (images).
    package mutating func add(_ name: String, defaultType type: String, _ data: Data) {
        let fileExtension = PackagePath.fileExtension(name)
        if !defaults.contains(where: { $0.fileExtension == fileExtension }) { defaults.append((fileExtension, type)) }
        parts.append((name, data))
    }

    /// Adds the relationships of `source` ("" for the package itself).
    package mutating func add(relationships: [Relationship], of source: String) {
        guard !relationships.isEmpty else { return }
        let name = source.isEmpty ? "_rels/.rels" : PackagePath.relationships(of: source)
        parts.append((name, Relationship.part(relationships).data(diagnostics)))
    }

    package func archive() -> Data {
        let types = XMLPart(root: Element("Types", elements:
            defaults.map { Element("Default", [Attribute("Extension", $0.fileExtension), Attribute("ContentType", $0.type)]) }
            + overrides.map { Element("Override", [Attribute("PartName", "/" + $0.name), Attribute("ContentType", $0.type)]) }),
            namespaces: [.contentTypes])
        return ZipWriter.archive([("[Content_Types].xml", types.data(diagnostics))] + parts)
    }
}

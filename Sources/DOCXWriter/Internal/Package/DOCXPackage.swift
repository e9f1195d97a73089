import DocumentModel
import Foundation
import OOXML

// Assembles the Word package of one document: the body from `BodyWriter`, the parts taken
// from the reference (styles, numbering, settings, fonts, theme, headers, footers, images),
// and the document properties.
struct DOCXPackage {
    static let documentPart = "word/document.xml"

    let reference: ReferenceContent

    /// The package's own relationships: the document and its two property parts.
    static let packageRelationships = [
        Relationship(id: "rId1", type: Relationship.officeDocument, target: documentPart),
        Relationship(id: "rId2", type: Relationship.coreProperties, target: "docProps/core.xml"),
        Relationship(id: "rId3", type: Relationship.extendedProperties, target: "docProps/app.xml"),
    ]

    func write(_ document: Document) -> (data: Data, warnings: [DOCXWarning]) {
        let diagnostics = Diagnostics()
        let metadata = document.metadata
        let anchors = document.headings.map(\.anchor)
        let body = BodyWriter(reference: reference, metadata: metadata, bookmarks: BookmarkNames(anchors), diagnostics: diagnostics)
        let documentData = body.write(document)

        var package = PackageBuilder(diagnostics: diagnostics)
        package.add(relationships: Self.packageRelationships, of: "")
        package.add(Self.documentPart, type: ContentType.mainDocument, documentData)
        let own: [(type: String, target: String)] = [
            (Relationship.styles, "styles.xml"), (Relationship.numbering, "numbering.xml"),
            (Relationship.settings, "settings.xml"), (Relationship.fontTable, "fontTable.xml"),
            (Relationship.theme, "theme/theme1.xml"),
        ]
        let charts = body.charts.map(\.relationship)
        let taken = Set(reference.relationships.map(\.id) + body.hyperlinks.map(\.id) + charts.map(\.id))
        let ownRelationships = own.enumerated().map { index, part in
            var id = "hpPart\(index + 1)"
            while taken.contains(id) { id += "x" }
            return Relationship(id: id, type: part.type, target: part.target)
        }
        package.add(relationships: ownRelationships + reference.relationships + body.hyperlinks + charts, of: Self.documentPart)
        for (chart, relationship) in body.charts {
            package.add("word/" + relationship.target, type: ContentType.chart, ChartPart.data(chart, diagnostics: diagnostics))
        }
        package.add("word/styles.xml", type: ContentType.styles, reference.styles.part(language: metadata.language))
        package.add("word/numbering.xml", type: ContentType.numbering, reference.numbering.part(adding: body.numberingInstances))
        package.add("word/settings.xml", type: ContentType.settings, SettingsPart.part(reference: reference.settings, language: metadata.language))
        package.add("word/fontTable.xml", type: ContentType.fontTable, reference.fontTable ?? DefaultParts.fontTable)
        package.add("word/theme/theme1.xml", type: ContentType.theme, reference.theme ?? DefaultParts.theme)

        let filler = PlaceholderFiller(values: Placeholder.values(for: metadata))
        for part in reference.parts {
            switch part.content {
            case .xml(var xml):
                if part.isHeaderOrFooter, let filled = filler.fill([xml.root]).first { xml.root = filled }
                if let type = part.contentType {
                    package.add(part.name, type: type, xml)
                } else {
                    package.add(part.name, defaultType: part.defaultType, xml.data(diagnostics))
                }
            case .binary(let data):
                if let type = part.contentType {
                    package.add(part.name, type: type, data)
                } else {
                    package.add(part.name, defaultType: part.defaultType, data)
                }
            }
            package.add(relationships: part.relationships, of: part.name)
        }

        package.add("docProps/core.xml", type: ContentType.coreProperties, PropertiesParts.core(
            title: metadata.title, subject: metadata.subject, creator: metadata.organisations.first,
            keywords: metadata.keywords, language: metadata.language,
            created: metadata.created, modified: metadata.modified ?? metadata.created))
        package.add("docProps/app.xml", type: ContentType.extendedProperties, PropertiesParts.app(company: metadata.organisations.first))
        let data = package.archive()
        return (data, diagnostics.warnings.map(DOCXWarning.init(message:)))
    }
}

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

    func write(_ document: Document, fault: ZipWriter.Fault? = nil) throws(WriteFailure) -> (data: Data, warnings: [DOCXWarning]) {
        let diagnostics = Diagnostics()
        let metadata = document.metadata
        let anchors = document.headings.map(\.anchor)
        let headers = RunningHeaders(reference: reference, metadata: metadata, taken: Set(reference.relationships.map(\.id)))
        let body = BodyWriter(reference: reference, metadata: metadata, bookmarks: BookmarkNames(anchors),
                              landscapeHeaderIds: headers.landscapeIds, diagnostics: diagnostics)
        let documentData = try body.write(document)

        var package = PackageBuilder(diagnostics: diagnostics)
        try package.add(relationships: Self.packageRelationships, of: "")
        try package.add(Self.documentPart, type: ContentType.mainDocument, documentData)
        let own: [(type: String, target: String)] = [
            (Relationship.styles, "styles.xml"), (Relationship.numbering, "numbering.xml"),
            (Relationship.settings, "settings.xml"), (Relationship.fontTable, "fontTable.xml"),
            (Relationship.theme, "theme/theme1.xml"),
        ]
        let charts = body.charts.map(\.relationship)
        let taken = Set(reference.relationships.map(\.id) + headers.relationships.map(\.id) + body.hyperlinks.map(\.id)
                        + charts.map(\.id))
        let ownRelationships = own.enumerated().map { index, part in
            var id = "hpPart\(index + 1)"
            while taken.contains(id) { id += "x" }
            return Relationship(id: id, type: part.type, target: part.target)
        }
        try package.add(relationships: ownRelationships + reference.relationships + headers.relationships + body.hyperlinks
                            + charts, of: Self.documentPart)
        for (chart, relationship) in body.charts {
            try package.add("word/" + relationship.target, type: ContentType.chart, try ChartPart.data(chart, diagnostics: diagnostics))
        }
        try package.add("word/styles.xml", type: ContentType.styles, reference.styles.part(language: metadata.language))
        try package.add("word/numbering.xml", type: ContentType.numbering, reference.numbering.part(adding: body.numberingInstances))
        try package.add("word/settings.xml", type: ContentType.settings, SettingsPart.part(reference: reference.settings, language: metadata.language))
        try package.add("word/fontTable.xml", type: ContentType.fontTable, reference.fontTable ?? DefaultParts.fontTable)
        try package.add("word/theme/theme1.xml", type: ContentType.theme, reference.theme ?? DefaultParts.theme)

        for header in headers.parts {
            try package.add(header.name, type: header.type, header.xml)
            try package.add(relationships: header.relationships, of: header.name)
        }
        for part in reference.parts where !part.isHeaderOrFooter {
            switch part.content {
            case .xml(let xml):
                if let type = part.contentType {
                    try package.add(part.name, type: type, xml)
                } else {
                    try package.add(part.name, defaultType: part.defaultType, try xml.data(diagnostics))
                }
            case .binary(let data):
                if let type = part.contentType {
                    try package.add(part.name, type: type, data)
                } else {
                    try package.add(part.name, defaultType: part.defaultType, data)
                }
            }
            try package.add(relationships: part.relationships, of: part.name)
        }

        try package.add("docProps/core.xml", type: ContentType.coreProperties, PropertiesParts.core(
            title: metadata.title, subject: metadata.subject, creator: metadata.organisations.first,
            keywords: metadata.keywords, language: metadata.language,
            created: metadata.created, modified: metadata.modified ?? metadata.created))
        try package.add("docProps/app.xml", type: ContentType.extendedProperties, PropertiesParts.app(company: metadata.organisations.first))
        let data = try package.archive(fault: fault)
        return (data, diagnostics.warnings.map(DOCXWarning.init(message:)))
    }
}

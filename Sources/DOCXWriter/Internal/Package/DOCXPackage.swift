import DocumentModel
import Foundation
import OOXML

// Assembles the Word package of one document: the body from `BodyWriter`, streamed into its
// deflate stream as it is written; the parts taken from the reference (styles, numbering,
// settings, fonts, theme, headers, footers, images), those the same for every document
// deflated once per run (`ReferenceParts`); and the document properties.
struct DOCXPackage {
    static let documentPart = "word/document.xml"

    let reference: ReferenceContent
    let shared: ReferenceParts

    /// The package's own relationships: the document and its two property parts.
    static let packageRelationships = [
        Relationship(id: "rId1", type: Relationship.officeDocument, target: documentPart),
        Relationship(id: "rId2", type: Relationship.coreProperties, target: "docProps/core.xml"),
        Relationship(id: "rId3", type: Relationship.extendedProperties, target: "docProps/app.xml"),
    ]

    func write(_ document: Document, fault: ZipWriter.Fault? = nil) throws(WriteFailure) -> (data: Data, warnings: [DOCXWarning]) {
        let diagnostics = Diagnostics()
        // Texts are cleaned and links checked as the body writes them (`TextBytes`,
        // `LinkPolicy`); only what is used whole is sanitised here.
        let metadata = document.metadata.sanitised()
        let fixed = try shared.fixed()
        let localised = try shared.localised(metadata.language)
        let headings = document.headings.map { $0.sanitised() }
        let prepared = shared.prepared()
        let placeholders = Placeholder.values(for: metadata)
        let headers = RunningHeaders(templates: prepared.headers, placeholders: placeholders, metadata: metadata,
                                     taken: Set(reference.relationships.map(\.id)))

        var package = PackageBuilder(diagnostics: diagnostics, fault: fault)
        package.add(relationships: fixed.packageRelationships)
        let stream = package.stream(Self.documentPart)
        let body = BodyWriter(xml: stream.xml, reference: reference, cover: prepared.cover, placeholders: placeholders,
                              portrait: prepared.headers.portrait,
                              metadata: metadata, bookmarks: BookmarkNames(headings.map(\.anchor)),
                              landscapeHeaderIds: headers.landscapeIds, diagnostics: diagnostics)
        body.write(document, headings: headings)
        try package.add(stream, type: ContentType.mainDocument)
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
            let chartStream = package.stream("word/" + relationship.target)
            ChartPart.write(chart, to: chartStream.xml)
            try package.add(chartStream, type: ContentType.chart)
        }
        for warning in localised.warnings { diagnostics.add(warning) }
        package.add(localised.styles, type: ContentType.styles)
        try package.add("word/numbering.xml", type: ContentType.numbering, reference.numbering.root) { xml in
            reference.numbering.writeContent(adding: body.numberingInstances, to: xml)
        }
        package.add(localised.settings, type: ContentType.settings)
        for warning in fixed.warnings { diagnostics.add(warning) }
        package.add(fixed.fontTable, type: ContentType.fontTable)
        package.add(fixed.theme, type: ContentType.theme)

        for header in headers.parts {
            try header.content.add(to: &package, as: header.name, type: header.type, diagnostics: diagnostics)
            try package.add(relationships: header.relationships, of: header.name)
        }
        for part in fixed.carried {
            if let type = part.contentType {
                package.add(part.entry, type: type)
            } else {
                package.add(part.entry, defaultType: part.defaultType)
            }
            if let relationships = part.relationships { package.add(relationships: relationships) }
        }

        try package.add("docProps/core.xml", type: ContentType.coreProperties, PropertiesParts.core(
            title: metadata.title, subject: metadata.subject, creator: metadata.organisations.first,
            keywords: metadata.keywords, language: metadata.language,
            created: metadata.created, modified: metadata.modified ?? metadata.created))
        try package.add("docProps/app.xml", type: ContentType.extendedProperties, PropertiesParts.app(company: metadata.organisations.first))
        let data = try package.archive()
        return (data, diagnostics.warnings.map(DOCXWarning.init(message:)))
    }
}

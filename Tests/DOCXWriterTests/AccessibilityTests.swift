@testable import DOCXWriter
import DocumentModel
import Foundation
import Testing

/// What makes the Word files accessible (EN 301 549 for documents): language and title,
/// headings as heading styles in order, marked table headers, alt text, no information
/// by colour alone.
@Suite struct AccessibilityTests {
    @Test(arguments: ExampleFiles.all.map(\.id))
    func languageTitleHeadingsAndTableHeaders(_ id: String) throws {
        let example = try #require(ExampleFiles.all.first { $0.id == id })
        let docx = try UnpackedDOCX(example.docx)
        let core = try docx.part("docProps/core.xml")
        #expect(core.first("dc:title")?.text == example.document.metadata.title)
        #expect(core.first("dc:language")?.text == "sv-SE")
        #expect(core.first("dc:creator")?.text == example.document.metadata.organisations.first)
        let styles = try docx.part("word/styles.xml")
        #expect(styles.first("w:docDefaults")?.descendants("w:lang").first?[attribute: "w:val"] == "sv-SE")
        #expect(try docx.part("word/settings.xml").first("w:themeFontLang")?[attribute: "w:val"] == "sv-SE")
        #expect(try docx.part("word/settings.xml").first("w:updateFields")?[attribute: "w:val"] == "true")

        // Headings use the built-in heading styles, never skip a level going down.
        let headingIds = Dictionary(uniqueKeysWithValues: styles.all("w:style").compactMap { style -> (String, Int)? in
            guard let name = style.first("w:name")?[attribute: "w:val"], name.hasPrefix("heading "),
                  let level = Int(name.dropFirst(8)), let id = style[attribute: "w:styleId"] else { return nil }
            return (id, level)
        })
        let body = try #require(try docx.part("word/document.xml").first("w:body"))
        let levels = body.all("w:p").compactMap { $0.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] }.compactMap { headingIds[$0] }
        #expect(levels == example.document.headings.map(\.level))
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading level \(next) after \(previous)")
        }
        // Every table with header rows marks them to repeat and be read as headers.
        let tables = body.descendants("w:tbl")
        #expect(tables.count == PandocTests.tableRows(example.document.blocks).count)
        for table in tables where table.first("w:tblPr")?.first("w:tblLook")?[attribute: "w:firstRow"] == "1" {
            #expect(table.all("w:tr").first?.first("w:trPr")?.first("w:tblHeader") != nil)
        }
    }

    @Test func headerRowsAndLinksAreMarkedByMoreThanColour() throws {
        let styles = try UnpackedDOCX(ExampleFiles.all[0].docx).part("word/styles.xml").all("w:style")
        let table = try #require(styles.first { $0.first("w:name")?[attribute: "w:val"] == "Handlingsplan tabell" })
        let header = try #require(table.all("w:tblStylePr").first { $0[attribute: "w:type"] == "firstRow" })
        #expect(header.first("w:rPr")?.first("w:b") != nil, "header rows are bold, not only shaded")
        let link = try #require(styles.first { $0.first("w:name")?[attribute: "w:val"] == "Hyperlink" })
        #expect(link.first("w:rPr")?.first("w:u") != nil, "links are underlined, not only coloured")
    }

    /// Every drawing, in every part, has alt text. A header copied for landscape pages
    /// shows the same picture again: another drawing (with its own id and the same alt
    /// text) of the one image in the package.
    @Test func everyPictureHasAltText() throws {
        let output = try DOCXWriter(reference: try ReferenceDocumentTests.staffEdited().reference()).write(ExampleFiles.all[0].document)
        let docx = try UnpackedDOCX(output)
        var drawingIds: [String] = []
        var images: Set<String> = []
        var descriptions: Set<String> = []
        for name in docx.files.keys.sorted() where name.hasPrefix("word/") && name.hasSuffix(".xml") && !name.contains("_rels/") {
            let part = try docx.part(name)
            for properties in part.descendants("wp:docPr") {
                drawingIds.append(properties[attribute: "id"] ?? "")
                let description = properties[attribute: "descr"] ?? ""
                #expect(!description.isEmpty, "picture \(properties[attribute: "name"] ?? "") in \(name)")
                descriptions.insert(description)
            }
            let embedded = part.descendants("a:blip").compactMap { $0[attribute: "r:embed"] }
            guard !embedded.isEmpty else { continue }
            let folder = (name as NSString).deletingLastPathComponent
            let relationships = try docx.part("\(folder)/_rels/\((name as NSString).lastPathComponent).rels").all("Relationship")
            for id in embedded {
                let target = try #require(relationships.first { $0[attribute: "Id"] == id }?[attribute: "Target"], "\(id) in \(name)")
                let image = "\(folder)/\(target)"
                #expect(docx.files[image] != nil, "\(image) of \(name)")
                images.insert(image)
            }
        }
        #expect(images == ["word/media/logo.png"], "one image in the package")
        #expect(drawingIds.count == 2, "the header and its landscape copy each show the logo: \(drawingIds)")
        #expect(Set(drawingIds).count == drawingIds.count, "drawing ids are unique: \(drawingIds)")
        #expect(descriptions == ["Kommunens logotyp"])
    }
}

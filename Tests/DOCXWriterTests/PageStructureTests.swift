@testable import DOCXWriter
import OOXML
import DocumentModel
import Foundation
import Testing

/// Running headers per orientation, and what keeps table rows together across pages.
@Suite struct PageStructureTests {
    static let document = Document(metadata: Metadata(title: "Planen", organisations: ["Kommunen"]), blocks: [
        .paragraph([.text("Stående")]),
        .sectionBreak(.landscape),
        .table(Table(caption: "Aktiviteter för mål 1.1", columns: [Column(width: 1), Column(width: 1)],
                     header: [Row([Cell("Aktivitet", colSpan: 2)]), Row([Cell("Delmål"), Cell("När")])],
                     body: [
                         Row([Cell("ABC", colSpan: 2, isRowHeader: true)]),
                         Row([Cell("Utbilda"), Cell("2020")]),
                         Row([Cell("Nå ut"), Cell("2021")]),
                         Row([Cell("KOMET", colSpan: 2, isRowHeader: true)]),
                         Row([Cell("Grupper"), Cell("2022")]),
                     ])),
        .sectionBreak(.portrait),
        .paragraph([.text("Stående igen")]),
    ])

    @Test func eachOrientationHasAHeaderWithItsOwnRightTab() throws {
        let docx = try UnpackedDOCX(DOCXWriter().write(Self.document))
        let document = try docx.part("word/document.xml")
        let relationships = try docx.part("word/_rels/document.xml.rels").all("Relationship")
        let sections = document.descendants("w:sectPr")
        #expect(sections.count == 4, "cover, portrait, landscape, portrait")
        for section in sections.dropFirst() {
            let size = try #require(section.first("w:pgSz"))
            let width = try #require(size[attribute: "w:w"].flatMap(Int.init))
            let margins = try #require(section.first("w:pgMar"))
            let textWidth = width - (margins[attribute: "w:left"].flatMap(Int.init) ?? 0)
                - (margins[attribute: "w:right"].flatMap(Int.init) ?? 0)
            let id = try #require(section.all("w:headerReference").first?[attribute: "r:id"])
            let target = try #require(relationships.first { $0[attribute: "Id"] == id }?[attribute: "Target"])
            let header = try docx.part("word/" + target)
            #expect(header.descendants("w:ptab").isEmpty, "no position tab, which LibreOffice puts at the portrait margin")
            let stops = header.descendants("w:tabs").flatMap { $0.all("w:tab") }
            #expect(stops.contains { $0[attribute: "w:val"] == "right" && $0[attribute: "w:pos"] == String(textWidth) },
                    "\(target) has a right tab at the text width \(textWidth)")
            #expect(!header.descendants("w:tab").filter { $0[attribute: "w:val"] == nil }.isEmpty, "the title follows a tab")
            #expect((size[attribute: "w:orient"] == "landscape") == target.contains("liggande"))
        }
    }

    /// Headers and footers are prepared once per reference and filled per document: a header
    /// whose one tabbed paragraph fills to nothing has no landscape copy (its landscape pages
    /// keep the portrait header), one that fills it has; and what one document filled in
    /// never reaches the next.
    @Test func aHeaderThatFillsToNothingHasNoLandscapeCopy() throws {
        var edited = try EditableReference()
        edited.edit("word/header1.xml") {
            $0.replacingOccurrences(of: "{{organisation}}", with: "{{undertitel}}").replacingOccurrences(of: "{{titel}}", with: "{{period}}")
        }
        let writer = DOCXWriter(reference: try edited.reference())
        var withPeriod = Self.document
        withPeriod.metadata.period = "2020–2022"
        let bare = try writer.write(Self.document)
        let full = try writer.write(withPeriod)
        let copy = "word/header1" + RunningHeaders.landscapeSuffix + ".xml"
        #expect(try !UnpackedDOCX.names(bare).contains(copy))
        #expect(try !UnpackedDOCX(bare).text("word/document.xml").contains("rId6L"))
        #expect(try UnpackedDOCX.names(full).contains(copy))
        #expect(try UnpackedDOCX(full).part(copy).wordText == "2020\u{2060}–\u{2060}2022")
        #expect(try full == DOCXWriter(reference: try edited.reference()).write(withPeriod))
        #expect(try bare == DOCXWriter(reference: try edited.reference()).write(Self.document))
    }

    @Test func captionsHeaderRowsAndBandsKeepWithTheirRows() throws {
        let docx = try UnpackedDOCX(DOCXWriter().write(Self.document))
        let body = try #require(try docx.part("word/document.xml").first("w:body"))
        let caption = try #require(body.all("w:p").first { $0.text == "Aktiviteter för mål 1.1" })
        #expect(caption.first("w:pPr")?.first("w:keepNext") != nil)
        let rows = try #require(body.first("w:tbl")).all("w:tr")
        func keeps(_ row: Element) -> Bool {
            row.descendants("w:p").allSatisfy { $0.first("w:pPr")?.first("w:keepNext") != nil }
        }
        #expect(rows.count == 7)
        #expect(keeps(rows[0]) && keeps(rows[1]), "header rows keep with the first body row")
        #expect(keeps(rows[2]) && keeps(rows[3]), "a band and its rows keep together")
        #expect(!keeps(rows[4]), "the next band may start a page")
        #expect(keeps(rows[5]) && !keeps(rows[6]))
        #expect(rows.allSatisfy { $0.first("w:trPr")?.first("w:cantSplit") != nil })
    }

    @Test func softHyphensAndAutomaticHyphenation() throws {
        let document = Document(metadata: Metadata(title: "Planen"), blocks: [.paragraph([.text("verk\u{AD}sam\u{AD}het")])])
        let docx = try UnpackedDOCX(DOCXWriter().write(document))
        let paragraph = try #require(try docx.part("word/document.xml").descendants("w:p").last)
        #expect(paragraph.descendants("w:softHyphen").count == 2)
        #expect(paragraph.text == "verksamhet")
        #expect(try docx.part("word/settings.xml").first("w:autoHyphenation")?[attribute: "w:val"] == "true")
    }

    @Test func longTitlesShortenInTheHeader() {
        let long = Metadata(title: "Helsingborgs stads handlingsplan – Överenskommelse psykisk hälsa och Suicidprevention "
                            + "2020-2022 för barn och unga", organisations: ["Helsingborgs stad"])
        let shortened = RunningHeaders.title(long, textWidth: 9072)
        #expect(shortened.hasSuffix("…") && shortened.count + 17 < 9072 / RunningHeaders.characterWidth)
        var given = long
        given.shortTitle = "Handlingsplan 2020–2022"
        #expect(RunningHeaders.title(given, textWidth: 9072) == "Handlingsplan 2020–2022")
    }
}

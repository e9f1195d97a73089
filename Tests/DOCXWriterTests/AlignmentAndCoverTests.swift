import Foundation
import Testing

@Suite("Word: number columns, signatures and the report's author")
struct AlignmentAndCoverTests {
    private func example(_ id: String) throws -> ExampleFiles.Example {
        try #require(ExampleFiles.all.first { $0.id == id })
    }

    @Test func numberCellsAreRightAligned() throws {
        let xml = try UnpackedDOCX(try example("analys-barn-och-unga").docx).text("word/document.xml")
        // A count cell: its paragraph is right-aligned.
        #expect(xml.range(of: "<w:tc><w:tcPr>(?:(?!</w:tc>).)*<w:jc w:val=\"right\"/>(?:(?!</w:tc>).)*<w:t>[0-9]+</w:t>",
                          options: .regularExpression) != nil)
        // Plans have no number columns: nothing there is right-aligned.
        #expect(!(try UnpackedDOCX(try example("vanersborg").docx).text("word/document.xml")).contains("<w:jc w:val=\"right\"/>"))
    }

    @Test func helsingborgsSignaturesAreCellsWithASigningLine() throws {
        // Read without the soft hyphens of table cells.
        let xml = try UnpackedDOCX(try example("helsingborg").docx).text("word/document.xml")
            .replacingOccurrences(of: "</w:t><w:softHyphen/><w:t>", with: "")
        #expect(xml.range(of: "<w:tc>(?:(?!</w:tc>).)*_{10,}(?:(?!</w:tc>).)*Maria Norrby, arbetsmarknadsdirektör(?:(?!</w:tc>).)*arbetsmarknadsförvaltningen(?:(?!</w:tc>).)*</w:tc>",
                          options: .regularExpression) != nil)
    }

    @Test func theDerivedAnalysisIsAuthoredByItsOwnOrganisation() throws {
        let files = try UnpackedDOCX(try example("analys-barn-och-unga").docx)
        #expect(files.text("docProps/core.xml").contains("<dc:creator>Västra Götalandsregionen</dc:creator>"))
        #expect(!files.text("docProps/core.xml").contains("Vänersborgs kommun"))
        #expect(!files.text("docProps/app.xml").contains("Vänersborgs kommun"))
    }

    @Test func yearSpansCarryWordJoiners() throws {
        let xml = try UnpackedDOCX(try example("vanersborg").docx).text("word/document.xml")
        #expect(xml.contains("2020\u{2060}–\u{2060}2022"))
        #expect(!xml.contains(">2020–2022<"))
    }
}

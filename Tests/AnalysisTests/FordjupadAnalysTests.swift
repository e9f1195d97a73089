import AnalysisModel
import DocumentModel
import Examples
import Foundation
import PlanModel
import Testing

/// *Fördjupad analys 2021* (examples/FordjupadAnalys2021*.swift) against seed 004: its
/// tables reproduced cell by cell, and every goal section with its heading and areas.
@Suite("Fördjupad analys 2021 against seed 004")
struct FordjupadAnalysTests {
    let tabeller = Fixture.tabeller(Fixture.dokument)

    func tabell(_ rubrik: String) throws -> Table {
        try #require(tabeller.first { $0.caption == rubrik }, "tabellen \"\(rubrik)\" saknas")
    }

    // MARK: Verksamhetslogik

    /// Every verksamhetslogik of the seed whose cells are text: its band above, the header
    /// rows, the five cells and the band below, as lines of the seed.
    static func seedensVerksamhetslogiker() throws -> [(styrning: String, rubriker: [String], kolumner: [String],
                                                       celler: [String], uppföljning: String)] {
        let rader = try Seed004.rader()
        return rader.indices.compactMap { index in
            guard rader[index].hasPrefix("Förutsättningar\t"), index + 2 < rader.count,
                  Seed004.celler(rader[index + 2]).count == 5 else { return nil }
            let styrning = rader[..<index].last { $0.hasPrefix("Styrning och ledning") } ?? ""
            let uppföljning = rader[(index + 3)...].first { $0.hasPrefix("Uppföljning") } ?? ""
            return (styrning, Seed004.celler(rader[index]), Seed004.celler(rader[index + 1]),
                    Seed004.celler(rader[index + 2]), uppföljning)
        }
    }

    @Test("the Nuläge and Önskat läge tables are the seed's, cell by cell", .enabled(if: Seed004.finns, "../shared/seeds saknas"))
    func verksamhetslogik() throws {
        let seed = try Self.seedensVerksamhetslogiker()
        // The summary and chapter 6 each have Nuläge and Önskat läge.
        #expect(seed.count == 4)
        // The report's tables with text in their cells; chapter 2's frame has "…" only.
        let tabeller = tabeller.filter { $0.caption == "Verksamhetslogik" && Fixture.text($0.body[1].cells[0]) != "…" }
        #expect(tabeller.count == seed.count)
        for (tabell, seed) in zip(tabeller, seed) {
            // Förutsättningar | Verksamhet | Resultat over three columns, then the five names.
            #expect(tabell.header.count == 2)
            #expect(tabell.header[0].cells.map(Fixture.text) == seed.rubriker.filter { !$0.isEmpty })
            #expect(tabell.header[0].cells.map(\.colSpan) == [1, 1, 3])
            #expect(tabell.header[1].cells.map(Fixture.text) == seed.kolumner)
            #expect(tabell.body.count == 3)
            #expect(tabell.body[0].cells.map(\.colSpan) == [5])
            #expect(Seed004.normaliserad(Fixture.text(tabell.body[0].cells[0])) == Seed004.normaliserad(seed.styrning))
            #expect(tabell.body[1].cells.map { Seed004.normaliserad(Fixture.text($0)) } == seed.celler.map(Seed004.normaliserad))
            #expect(tabell.body[2].cells.map(\.colSpan) == [5])
            // Chapter 6's Önskat läge says more in its band below than the summary's.
            let uppföljning = Seed004.normaliserad(Fixture.text(tabell.body[2].cells[0]))
            #expect(uppföljning == Seed004.normaliserad(seed.uppföljning))
        }
    }

    @Test("the verksamhetslogik tables fit upright, one row per item, and get no landscape page of their own")
    func liggande() {
        let blocks = Fixture.dokument.blocks
        for (index, block) in blocks.enumerated() {
            guard case .table(let tabell) = block, tabell.caption == "Verksamhetslogik" else { continue }
            #expect(blocks[index - 1] != .sectionBreak(.landscape))
            #expect(!tabell.body.isEmpty)
        }
    }

    // MARK: Tables of numbers

    @Test("the stimulansmedel per year and insatsområde are the seed's, cell by cell",
          .enabled(if: Seed004.finns, "../shared/seeds saknas"))
    func stimulansmedelPerÅr() throws {
        let tabell = try tabell("Uppdelning av länsgemensamma medel enligt överenskommelsen mellan staten och SKR (2018-2021)")
        let rader = try Seed004.rader().filter { $0.range(of: "^20(18|19|20|21)\t", options: .regularExpression) != nil }
        #expect(rader.count == 4)
        #expect(tabell.body.count == rader.count)
        let områden = tabell.header[0].cells.dropFirst().map { Fixture.text($0).replacingOccurrences(of: "*", with: "") }
        for (rad, seedrad) in zip(tabell.body, rader) {
            var seed = Seed004.celler(seedrad)
            seed += Array(repeating: "", count: max(0, tabell.columns.count - seed.count))
            #expect(Fixture.text(rad.cells[0]) == seed[0])
            // The seed's boxes hold the insatsområde's name and the amount.
            for (kolumn, område) in områden.enumerated() {
                let värde = Fixture.text(rad.cells[kolumn + 1])
                let väntat = Seed004.cell(seed[kolumn + 1].replacingOccurrences(of: "*", with: ""))
                #expect((värde.isEmpty ? "" : Seed004.cell(område + " " + värde)) == väntat, "\(seed[0]), \(område)")
            }
        }
    }

    @Test("the stimulansmedel per vårdsamverkansområde are the seed's, cell by cell",
          .enabled(if: Seed004.finns, "../shared/seeds saknas"))
    func stimulansmedelPerOmråde() throws {
        try jämför("Uppskattning över stimulansmedel för vårdsamverkansområdena", seedrubrik: "\tGöteborgs-området", rader: 2)
    }

    @Test("the DUDIT table is the seed's, cell by cell", .enabled(if: Seed004.finns, "../shared/seeds saknas"))
    func dudit() throws {
        try jämför("Standardiserade bedömningsmetoder (DUDIT) för att upptäcka drogrelaterade problem inom a) LSS-vuxna b) socialpsykiatri c) ekonomiskt bistånd d) äldreomsorg (2020)",
                   seedrubrik: "Indikator\tFyrbodalen", rader: 4)
    }

    /// The table with `rubrik` against the seed's table starting at the line that starts
    /// with `seedrubrik`: header and `rader` rows, cell by cell.
    func jämför(_ rubrik: String, seedrubrik: String, rader antal: Int) throws {
        let tabell = try tabell(rubrik)
        let rader = try Seed004.rader()
        let start = try #require(rader.firstIndex { $0.hasPrefix(seedrubrik) })
        let seed = rader[start...(start + antal)].map(Seed004.celler)
        #expect(tabell.header[0].cells.map { Seed004.cell(Fixture.text($0)) } == seed[0].map(Seed004.cell))
        #expect(tabell.body.count == antal)
        for (rad, seedrad) in zip(tabell.body, seed.dropFirst()) {
            #expect(rad.cells.map { Seed004.cell(Fixture.text($0)) } == seedrad.map(Seed004.cell))
        }
    }

    @Test("the columns of the area tables stand for their vårdsamverkansområden")
    func områdeskolumner() throws {
        let tabell = try #require(Rapportinnehåll.samla(Fixture.rapport.innehåll) { del -> Datatabell? in
            if case .datatabell(let tabell) = del, tabell.rubrik.hasPrefix("Uppskattning") { return tabell }
            return nil
        }.first)
        #expect(Set(tabell.kolumner.compactMap(\.område)) == Set(Vårdsamverkansområde.allCases))
        #expect(tabell.värden(för: .göteborgsregionen)["Andel av befolkningens mängd"] == .cirka(.procent(42.5, decimaler: 1)))
        #expect(tabell.värden(för: .samla)["Stimulansmedel (2018-2021)"] == .cirka(.msek(2.0, decimaler: 1)))
    }

    // MARK: Goal sections

    /// The goal ids in the order of the report's sections.
    static let målordning = ["V1.1", "V2.1", "V3.1", "V3.2", "V4.1", "V4.2", "V5.1",
                             "B1.1", "B1.2", "B2.1", "B2.2", "B3.1", "B3.2", "B4.1", "B5.1"]

    /// The seed's goal sections: each starts at a page headed "VUXNA" or "BARN OCH UNGA".
    static func seedensMålavsnitt() throws -> [String] {
        let text = try Seed004.text()
        let slut = try #require(text.range(of: "SÅ KAN ARBETET STÄRKAS FRAMÖVER", options: .backwards))
        return text[..<slut.lowerBound].components(separatedBy: .newlines)
            .split(omittingEmptySubsequences: false) { $0 == "VUXNA" || $0 == "BARN OCH UNGA" }
            .dropFirst().map { $0.joined(separator: "\n") }
    }

    /// The areas a seed section has a heading for under its Fördjupning, in the spellings
    /// the seed uses ("FYRBODAL", "Fyrbodals", "Fyrbodalsregionen").
    static func fördjupadeOmråden(_ avsnitt: String) -> [Vårdsamverkansområde] {
        guard let fördjupning = avsnitt.range(of: "Fördjupning av vårdsamverkansområdenas aktiviteter") else { return [] }
        return avsnitt[fördjupning.upperBound...].split(separator: "\n")
            .compactMap { Vårdsamverkansområde(namn: $0.trimmingCharacters(in: .whitespaces)) }
    }

    @Test("the report has the fifteen goal sections in the seed's order")
    func målavsnitt() {
        #expect(Fixture.rapport.målavsnitt.map(\.mål.id) == Self.målordning)
    }

    @Test("each seed goal section's id, heading and Fördjupning areas are in the report and its text",
          .enabled(if: Seed004.finns, "../shared/seeds saknas"))
    func målavsnittMotSeed() throws {
        let seed = try Self.seedensMålavsnitt()
        #expect(seed.count == 15)
        let avsnitt = Dictionary(uniqueKeysWithValues: Fixture.rapport.målavsnitt.map { ($0.mål.id, $0) })
        for (id, text) in zip(Self.målordning, seed) {
            // The seed's "Mål VI.1" is V1.1 with a Roman numeral from the extraction.
            #expect(text.contains(id) || (id == "V1.1" && text.contains("VI.1")), "\(id) saknas i seedavsnittet")
            let mål = try #require(avsnitt[id], "avsnittet för \(id) saknas")
            // B4.1's heading is split by its number where the extraction interleaved columns.
            let seedrubrik = Seed004.normaliserad(text.replacingOccurrences(of: id + " ", with: ""))
            #expect(seedrubrik.contains(Seed004.normaliserad(mål.mål.rubrik)), "\(id): \(mål.mål.rubrik)")
            #expect(mål.fördjupadeOmråden == Self.fördjupadeOmråden(text), "\(id)")

            // The text output has the heading, and every area under it before the next goal.
            let rubrik = "Mål \(id) \(mål.mål.rubrik)"
            let början = try #require(Fixture.text.range(of: "\n" + rubrik + "\n"), "\(rubrik) saknas i texten")
            let nästa = Fixture.text.range(of: "\nMål [VB][1-5]\\.[12] [^\n]*\n~", options: .regularExpression,
                                           range: början.upperBound..<Fixture.text.endIndex)
            let del = Fixture.text[början.upperBound..<(nästa?.lowerBound ?? Fixture.text.endIndex)]
            for område in mål.fördjupadeOmråden {
                #expect(del.contains("\n" + område.namn + "\n"), "\(id): \(område.namn)")
            }
        }
    }

    @Test("done county-wide activities carry their outcome, and the areas of each kind are named in bold")
    func aktiviteter() throws {
        let v3_1 = try #require(Fixture.rapport.målavsnitt.first { $0.mål.id == "V3.1" })
        #expect(v3_1.länsaktiviteter.count == 3)
        #expect(v3_1.länsaktiviteter.allSatisfy { $0.genomförd && $0.utfall != nil })
        for avsnitt in Fixture.rapport.målavsnitt {
            let grupper = Rapportinnehåll.samla(avsnitt.innehåll) { del -> Aktivitetsgrupp? in
                if case .aktivitetsgrupp(let grupp) = del { return grupp }
                return nil
            }
            for grupp in grupper {
                let ord = Rapportinnehåll.samla(grupp.innehåll) { del -> String? in
                    if case .text(let block) = del { return block.ren }
                    return nil
                }.joined(separator: " ")
                for område in grupp.områden where område != .fyrbodal {
                    #expect(ord.contains(område.namn) || ord.contains("Samtliga") || ord.contains("samtliga"),
                            "\(avsnitt.mål.id): \(område.namn)")
                }
            }
        }
    }

    // MARK: Appendix

    @Test("the interview table spans its groups and perspectives over their rows")
    func intervjuer() throws {
        let tabell = try tabell("Intervjupersoner")
        let intervjuer = try #require(Rapportinnehåll.samla(Fixture.rapport.innehåll) { del -> Intervjutabell? in
            if case .intervjutabell(let tabell) = del { return tabell }
            return nil
        }.first)
        // Eighteen persons; Kerstin Söderlund speaks for Skaraborg twice.
        #expect(intervjuer.antalPersoner == 19)
        #expect(tabell.body.count == 19)
        let första = tabell.body[0].cells
        #expect(Fixture.text(första[0]) == "Vårdssamverkansområde")
        #expect(första[0].rowSpan == 8)
        #expect(Fixture.text(första[1]) == "Fyrbodal")
        #expect(första[1].rowSpan == 2)
        // The second row has no group or perspective cell: both span from the first.
        #expect(tabell.body[1].cells.map(Fixture.text) == ["Helén Svensson", "Utvecklingsledare"])
        let grid = TableGrid(rows: tabell.body, columnCount: 4)
        #expect(grid.slots.allSatisfy { !$0.contains(.empty) })
    }
}

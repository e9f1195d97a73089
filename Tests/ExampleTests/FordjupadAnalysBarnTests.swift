import AnalysisModel
import Examples
import Foundation
import PlanModel
import RegionVastraGotaland
import Testing

/// The goal sections for children and young people of *Fördjupad analys 2021*
/// (examples/FordjupadAnalys2021MalBarn.swift) against seed 004.
@Suite("Fördjupad analys 2021, goals B1.1–B5.1, against seed 004")
struct FordjupadAnalysBarnTests {
    let rapport = Exempel.rapport("fordjupad-analys-2021")!

    /// The report's goal sections for children and young people, in order.
    var avsnitt: [Målavsnitt] { rapport.målavsnitt.filter { $0.mål.mål.målgrupp == .barnOchUnga } }

    @Test("the report has a section for every goal B1.1–B5.1, in the plan's order")
    func allaMål() {
        #expect(avsnitt.map(\.mål.id) == RegionaltMål.barnOchUnga.map(\.id))
    }

    @Test("every section has its background, indicators and at least one page after the Fördjupning")
    func delar() {
        for mål in avsnitt {
            #expect(!mål.bakgrund.isEmpty, "\(mål.mål.id) saknar bakgrund")
            #expect(!mål.indikatorer.isEmpty, "\(mål.mål.id) saknar indikatorer")
            let sista = mål.innehåll.last
            if case .avsnitt = sista {} else { Issue.record("\(mål.mål.id) slutar inte med resultatsidan") }
        }
    }

    // MARK: Seed fidelity

    /// The seed's part on the goals for children and young people, split at each
    /// "BARN OCH UNGA" page head into one text per goal, as extracted.
    static func seedavsnitt() throws -> [String] {
        let text = try Seed.text("004")
        let början = try #require(text.range(of: "Aktiviteter inom mål för barn och unga\n", options: .backwards))
        let slut = try #require(text.range(of: "SÅ KAN ARBETET STÄRKAS FRAMÖVER", range: början.upperBound..<text.endIndex))
        let del = text[början.upperBound..<slut.lowerBound]
        return del.components(separatedBy: "\nBARN OCH UNGA\n").dropFirst().map { String($0) }
    }

    /// The seed section of each goal, by goal id; the seed has them in the plan's order.
    static func seedavsnittPerMål() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(RegionaltMål.barnOchUnga.map(\.id), try seedavsnitt()))
    }

    /// The areas a seed section has a Fördjupning heading for: the lines that are only an
    /// area's name, in the spellings the report uses ("Fyrbodals", "Fyrbodalsregionen").
    static func områdesrubriker(_ avsnitt: String) -> [Vårdsamverkansområde] {
        guard let fördjupning = avsnitt.range(of: "Fördjupning av vårdsamverkansområdenas aktiviteter") else { return [] }
        return avsnitt[fördjupning.upperBound...].split(separator: "\n")
            .compactMap { Vårdsamverkansområde(namn: $0.trimmingCharacters(in: .whitespaces)) }
    }

    @Test("the seed has one section per goal, in the same order", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func seedOrdning() throws {
        let seed = try Self.seedavsnitt()
        #expect(seed.count == RegionaltMål.barnOchUnga.count)
        for (text, mål) in zip(seed, RegionaltMål.barnOchUnga) {
            #expect(text.contains(mål.id), "seedavsnittet för \(mål.id) nämner inte målet")
        }
    }

    @Test("each goal's id and heading stand in its seed section", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func rubriker() throws {
        let seed = try Self.seedavsnittPerMål()
        for mål in avsnitt {
            let id = mål.mål.id
            let text = try #require(seed[id])
            #expect(text.contains(id))
            // B4.1's heading is split by its number where the columns were interleaved.
            let utanNummer = Seed.normaliserad(text.replacingOccurrences(of: id + " ", with: ""))
            #expect(utanNummer.contains(Seed.normaliserad(mål.mål.rubrik)), "\(id): \(mål.mål.rubrik)")
        }
    }

    @Test("each Fördjupning names the same areas as the seed's, in the same order",
          .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func fördjupadeOmråden() throws {
        let seed = try Self.seedavsnittPerMål()
        var antal = 0
        for mål in avsnitt {
            let text = try #require(seed[mål.mål.id])
            let iSeed = Self.områdesrubriker(text)
            #expect(iSeed.count == Vårdsamverkansområde.allCases.count, "\(mål.mål.id): \(iSeed)")
            #expect(mål.fördjupadeOmråden == iSeed, "\(mål.mål.id)")
            antal += mål.fördjupadeOmråden.count
        }
        #expect(antal == avsnitt.count * Vårdsamverkansområde.allCases.count)
    }

    @Test("every table row of the seed part has the example's numbers", .enabled(if: Seed.finns, "../shared/seeds saknas"))
    func tabeller() throws {
        let rader = try Self.seedavsnitt().joined().split(separator: "\n")
            .map { $0.split(separator: "\t").map(String.init) }
            .filter { $0.count > 2 && $0[1].hasSuffix("%") }
        let tabeller = Rapportinnehåll.samla(avsnitt.map(Rapportinnehåll.målavsnitt)) { del -> Datatabell? in
            if case .datatabell(let tabell) = del { return tabell }
            return nil
        }
        #expect(rader.count == tabeller.map(\.rader.count).reduce(0, +))
        let exempelrader = Dictionary(tabeller.flatMap(\.rader).map { ($0.rubrik, $0) }, uniquingKeysWith: { a, _ in a })
        for rad in rader {
            let exempel = try #require(exempelrader[rad[0]], "raden \(rad[0]) saknas")
            let värden = rad.dropFirst().map { Double($0.dropLast().replacingOccurrences(of: ",", with: ".")) }
            #expect(exempel.värden.map { $0?.värde } == värden, "\(rad[0])")
            #expect(exempel.värden.allSatisfy { $0?.enhet == .procent })
        }
    }
}

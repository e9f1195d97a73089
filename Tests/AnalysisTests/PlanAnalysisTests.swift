import AnalysisLayout
import AnalysisModel
import Examples
import PlanAnalysis
import PlanModel
import Testing

/// The analysis derived from the example plans (`analys-barn-och-unga`: Vänersborg and
/// Tanum against B1.1–B5.1 as of 2022-12-31), checked against numbers counted by hand in
/// examples/Vanersborg.swift and examples/Tanum.swift.
@Suite("The analysis derived from the example plans")
struct PlanAnalysisTests {
    let uppdrag = Exempel.analyser.first { $0.id == "analys-barn-och-unga" }!
    var analys: Planalys { Planalys(uppdrag) }

    @Test("both plans have activities for B1.1, so the work on it is utbrett")
    func b1_1() throws {
        let b1_1 = try #require(analys.resultat(för: "B1.1"))
        #expect(b1_1.organisationer == ["Vänersborgs kommun", "Tanums kommun"])
        #expect(b1_1.antalPlaner == 2)
        #expect(b1_1.omfattning == .utbrett)
        // Vänersborg states six activities for goal 1.1, Tanum eleven.
        #expect(b1_1.antalAktiviteter == 17)
    }

    @Test("28 activities lack an indicator: all 26 of Vänersborg's, and two of Tanum's")
    func utanIndikator() {
        let fynd = analys.fynd.filter { $0.slag == .utanIndikator }
        // Vanersborg.swift has 26 activities and no Indikator at all.
        #expect(fynd.filter { $0.plan == "vanersborg" }.count == 26)
        // Tanum.swift: "Förebyggande arbete inom Barn och ungdomspsykiatrin" (the first of
        // two so named, under 2.1) and "Öppen mottagning" (2.2) have no indicator.
        #expect(fynd.filter { $0.plan == "tanum" }.map(\.text)
            == ["Förebyggande arbete inom Barn och ungdomspsykiatrin", "Öppen mottagning"])
        #expect(fynd.count == 28)
    }

    @Test("B1.2 is the one goal followed up by result indicators only")
    func endastResultat() throws {
        #expect(analys.mål.filter(\.endastResultatindikatorer).map(\.mål.id) == ["B1.2"])
        // Tanum's goal 1.2 names six result indicators; Vänersborg names none.
        let b1_2 = try #require(analys.resultat(för: "B1.2"))
        #expect(b1_2.processindikatorer == 0)
        #expect(b1_2.resultatindikatorer == 6)
    }

    @Test("with a threshold above one half, a goal one plan of two works on is begränsat")
    func tröskel() throws {
        var endaPlanen = uppdrag
        endaPlanen.planer = [Exempel.plan("vanersborg")!, Exempel.plan("helsingborg")!]
        let analys = Planalys(endaPlanen)
        let b1_1 = try #require(analys.resultat(för: "B1.1"))
        #expect(b1_1.organisationer == ["Vänersborgs kommun"])
        #expect(b1_1.omfattning == .begränsat)
        // Helsingborg implements no regional goal of Västra Götaland.
        #expect(analys.fynd(iPlan: "helsingborg").map(\.slag) == Array(repeating: .målUtanAktiviteter, count: 8))
        endaPlanen.tröskelFörUtbrett = 0.5
        #expect(Planalys(endaPlanen).resultat(för: "B1.1")?.omfattning == .utbrett)
    }

    @Test("an activity whose time has passed needs a reported follow-up by the analysis date")
    func uppföljning() {
        func saknas(_ datum: Datum) -> [String] {
            var tidigare = uppdrag
            tidigare.datum = datum
            return Planalys(tidigare).fynd.filter { $0.slag == .uppföljningSaknas && $0.plan == "vanersborg" }.map(\.text)
        }
        // Vänersborg's two activities for 3.2 planned for 2021 and 2022 report nothing.
        #expect(saknas(Datum(2022, 12, 31)) == ["Genomföra kundenkät", "Uppstart av arbete för att öka ungdomsinflytandet"])
        #expect(saknas(Datum(2021, 6, 30)) == [])
    }

    @Test("the report's verksamhetslogik for B1.2 has no process indicators and the regional goal as slutmål")
    func verksamhetslogik() throws {
        let rapport = analys.rapport(labels: Fixture.labels)
        let logiker = Rapportinnehåll.samla(rapport.innehåll) { del -> Verksamhetslogik? in
            if case .verksamhetslogik(let logik) = del { return logik }
            return nil
        }
        #expect(logiker.count == 8)
        let b1_2 = logiker[1]
        #expect(b1_2.slutmål.map(\.ren) == ["Mål B1.2 Alla elever ska lämna grund- och gymnasieskolan med godkända betyg"])
        #expect(b1_2.effekter.map(\.ren).joined().contains("Andel elever utan godkända betyg från åk 9."))
        #expect(b1_2.uppföljning?.ren == "Processindikatorer: 0. Resultatindikatorer: 6.")
    }

    @Test("the chapter of long verksamhetslogik tables is landscape as a whole, one turn there and back")
    func liggandeKapitel() throws {
        let blocks = AnalysrapportLayout(labels: Fixture.labels).document(for: analys.rapport(labels: Fixture.labels)).blocks
        let breaks = blocks.indices.filter { if case .sectionBreak = blocks[$0] { return true } else { return false } }
        let logic = blocks.indices.filter { if case .table(let table) = blocks[$0] { return table.caption == "Verksamhetslogik" } else { return false } }
        #expect(logic.count == 8)
        let turn = try #require(breaks.first)
        #expect(blocks[turn] == .sectionBreak(.landscape))
        // The chapter's heading comes first on the landscape pages, then every logic table, and
        // the chapter runs to the end of the report in landscape, or back to portrait after it.
        guard case .heading(let heading) = blocks[turn + 1] else { Issue.record("no heading after the turn"); return }
        #expect(heading.level == 1)
        #expect(logic.allSatisfy { $0 > turn })
        #expect(breaks.count == 1 || (breaks.count == 2 && blocks[breaks[1]] == .sectionBreak(.portrait) && logic.allSatisfy { $0 < breaks[1] }))
    }
}

import Foundation
import PlanModel
import Testing

@Suite("Time as types")
struct TimeTests {
    @Test func rangesOfEachKind() {
        #expect(Tid.läsår(2022).första == Datum(2022, 8, 1))
        #expect(Tid.läsår(2022).sista == Datum(2023, 6, 30))
        #expect(Tid.termin(.ht, 2021).sista == Datum(2021, 12, 31))
        #expect(Tid.termin(.vt, 2022).första == Datum(2022, 1, 1))
        #expect(Tid.månad(.februari, 2024).sista == Datum(2024, 2, 29))
        #expect(Tid.intervall(.månad(.februari, 2020), .månad(.april, 2020)).sista == Datum(2020, 4, 30))
        #expect(Tid.frånOchMed(.år(2020)).första == Datum(2020, 1, 1))
        #expect(Tid.frånOchMed(.år(2020)).sista == nil)
        #expect(Tid.pågående.första == nil)
        #expect(Tid.år(2021).med("start").första == Datum(2021, 1, 1))
    }

    @Test func isoDates() {
        #expect(Datum(iso: "2020-06-04") == Datum(2020, 6, 4))
        #expect(Datum(iso: "2021-02-29") == nil)
        #expect(Datum(iso: "20-06-04") == nil)
        #expect(Datum(2020, 6, 4).iso == "2020-06-04")
    }

    @Test("every kind of time survives JSON", arguments: [
        Tid.år(2020), .årsintervall(2020, 2022), .läsår(2022), .termin(.ht, 2021), .månad(.maj, 2020),
        .datum(Datum(2022, 9, 28)), .intervall(.månad(.februari, 2020), .månad(.april, 2020)), .frånOchMed(.år(2020)),
        .pågående, .återkommande(.varje(.år)), .återkommande(.antal(2, "grupper", per: .termin)),
        .läsår(2022).med("kontinuerliga dialogmöten"), .fritext("När behov finnes"),
    ])
    func jsonRoundTrip(tid: Tid) throws {
        let data = try JSONEncoder().encode(tid)
        #expect(try JSONDecoder().decode(Tid.self, from: data) == tid)
    }
}

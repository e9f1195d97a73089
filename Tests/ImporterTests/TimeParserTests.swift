@testable import Importer
import PlanModel
import Testing

/// The times plans write, read as typed `Tid` values: the layout's own wording and the
/// spellings of Word plans.
@Suite("Times")
struct TimeParserTests {
    @Test("each spelling becomes its typed time", arguments: [
        ("2021", Tid.år(2021)),
        ("2021–2022", .årsintervall(2021, 2022)),
        ("2021-2022", .årsintervall(2021, 2022)),
        ("läsår 22/23", .läsår(2022)),
        ("Läsår 22/23", .läsår(2022)),
        ("ht 2021", .termin(.ht, 2021)),
        ("våren 2022", .termin(.vt, 2022)),
        ("VT 2022", .termin(.vt, 2022)),
        ("maj 2020", .månad(.maj, 2020)),
        ("Februari–april 2020", .intervall(.månad(.februari, 2020), .månad(.april, 2020))),
        ("2022-09-28", .datum(Datum(2022, 9, 28))),
        ("22-09-28", .datum(Datum(2022, 9, 28))),
        ("21 oktober 2021", .datum(Datum(2021, 10, 21))),
        ("pågående", .pågående),
        ("löpande", .pågående),
        ("Pågående, löpande arbete", .pågående),
        ("varje år", .återkommande(.varje(.år))),
        ("Varje termin", .återkommande(.varje(.termin))),
        ("2 grupper per termin", .återkommande(.antal(2, "grupper", per: .termin))),
        ("2021 och framåt (kontinuerligt)", .frånOchMed(.år(2021)).med("kontinuerligt")),
        ("Vt 2022 (i samband med uppföljning av handlingsplanen)", .termin(.vt, 2022).med("i samband med uppföljning av handlingsplanen")),
        ("Start våren 2021", .termin(.vt, 2021).inledd("start")),
        ("Kontinuerligt 2021 och framåt", .frånOchMed(.år(2021)).inledd("kontinuerligt")),
        ("I samband med uppföljning av handlingsplanen våren 2022", .termin(.vt, 2022).inledd("i samband med uppföljning av handlingsplanen")),
        ("Gruppledarutbildning februari–april 2020 (en person)",
         .intervall(.månad(.februari, 2020), .månad(.april, 2020)).inledd("gruppledarutbildning").med("en person")),
        ("SFI-start 2022", .år(2022).inledd("SFI-start")),
    ])
    func parses(text: String, expected: Tid) {
        #expect(TimeParser.parse(text) == expected)
    }

    @Test("what no type fits is left for free text", arguments: ["När behov finnes", "Start efter sommaren", "2022-02-30", ""])
    func freeText(text: String) {
        #expect(TimeParser.parse(text) == nil)
    }

    @Test("without leads, words before a time leave the text as text")
    func withoutLeads() {
        #expect(TimeParser.parse("Två digitala grupper under 2021", leads: false) == nil)
        #expect(TimeParser.parse("Varje år", leads: false) == .återkommande(.varje(.år)))
    }
}

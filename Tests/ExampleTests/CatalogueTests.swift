import Examples
import PlanModel
import Testing

@Suite("The example catalogue")
struct CatalogueTests {
    @Test func everyEntryHasItsPlansIdAndTheCatalogueHasNoProblems() {
        #expect(Exempel.katalog.map(\.id) == ["vanersborg", "tanum", "helsingborg", "vastra-gotaland"])
        for post in Exempel.katalog { #expect(post.idFel == nil, "\(post.id)") }
        #expect(Exempel.planer.map(\.id) == Exempel.katalog.map(\.id))
        #expect(Handlingsplan.granska(katalog: Exempel.katalog).isEmpty)
    }
}

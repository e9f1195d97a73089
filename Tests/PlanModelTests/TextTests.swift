import Foundation
import PlanModel
import Testing

@Suite("Löptext: running text and its JSON")
struct TextTests {
    @Test func everyKindOfTextSurvivesJSON() throws {
        let text = Löptext {
            "Läs mer under "
            Hänvisning("s. ", till: "mal-1-1")
            " och "
            Betonad("se")
            Fet(" SKR")
            Länk("skr.se", till: "https://skr.se")
        }
        let data = try JSONEncoder().encode(text)
        #expect(try JSONDecoder().decode(Löptext.self, from: data) == text)
        #expect(String(decoding: data, as: UTF8.self).contains(#"{"hänvisning":"s. ","till":"mal-1-1"}"#)
                || String(decoding: data, as: UTF8.self).contains(#"{"till":"mal-1-1","hänvisning":"s. "}"#))
        #expect(text.ren == "Läs mer under s.  och se SKRskr.se")
    }
}

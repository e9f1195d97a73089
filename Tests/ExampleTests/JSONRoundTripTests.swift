import Examples
import Foundation
import PlanModel
import Testing

@Suite("JSON export of the examples")
struct JSONRoundTripTests {
    @Test("round trip is lossless", arguments: Exempel.planer.map(\.id))
    func roundTrip(id: String) throws {
        let plan = try #require(Exempel.plan(id))
        let json = try plan.json()
        let läst = try Handlingsplan(json: json)
        #expect(läst == plan)
        #expect(try läst.json() == json)
    }

    @Test("export has sorted keys, ISO dates and no source locations")
    func exportFormat() throws {
        let plan = try #require(Exempel.plan("vanersborg"))
        let text = try #require(String(data: try plan.json(), encoding: .utf8))
        #expect(text.contains("\"datum\" : \"2020-06-04\""))
        #expect(!text.contains("\"plats\""))
        #expect(!text.contains(".swift"))
    }
}

import DocumentModel
import FollowUpLayout
import Foundation
import PlanModel
import Testing

/// Kolada API responses saved to disk: the shipped sample, broken files, and indicators
/// joined by their Kolada source and the plan's kommunkod.
@Suite struct KoladaTests {
    static let folder = FollowUpTests.root.appendingPathComponent("data/kolada")

    @Test func theShippedSampleLoads() throws {
        let data = try KoladaData.load(folder: Self.folder, shownAs: "data/kolada")
        let values = data.values(kpi: "N15419", municipality: "1435")
        #expect(values.count == 12)
        #expect(values.first == KoladaValue(period: 2019, gender: .total, value: 84.1))
        // Kolada's null stays missing, never 0.
        #expect(values.contains(KoladaValue(period: 2020, gender: .girls, value: nil)))
        #expect(data.isDemonstration(kpi: "N15419", municipality: "1435"))
    }

    static func error(_ json: String) -> String {
        var data = KoladaData()
        do {
            try data.add(Data(json.utf8), file: "data/kolada/trasig.json")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func aBrokenFileNamesTheFileAndTheJSONPath() {
        #expect(Self.error(#"{"values": [{"kpi": "N1", "municipality": "1435", "period": 2020, "values": [{"gender": "T", "value": "sju"}]}]}"#)
                == #"data/kolada/trasig.json: values[0].values[0].value: ska vara ett tal eller null, men är texten "sju""#)
        #expect(Self.error(#"{"values": [{"kpi": "N1", "municipality": "1435", "period": 2020, "values": []}, {"kpi": "N1", "period": 2021, "values": []}]}"#)
                == "data/kolada/trasig.json: values[1].municipality: ska vara en text, men saknas")
        #expect(Self.error(#"{"values": [{"kpi": "N1", "municipality": "1435", "period": 2020, "values": [{"gender": "X", "value": 1}]}]}"#)
                == #"data/kolada/trasig.json: values[0].values[0].gender: okänt kön "X"; tillåtna: T, K, M"#)
        #expect(Self.error(#"{"count": 0}"#) == "data/kolada/trasig.json: values: ska vara en lista, men saknas")
    }

    @Test func aFileThatIsNotJSONIsNamedInSwedishAtItsLineAndColumn() {
        let prefix = "data/kolada/trasig.json"
        #expect(Self.error("{\"values\": [") == "\(prefix):1:13: filen är inte giltig JSON: filen tar slut innan allt som öppnats har "
                + "stängts (en klammer, ett citattecken eller ett värde saknas).")
        #expect(Self.error("{\n  \"värden\": [\n    1,\n    äx\n  ]\n}") == "\(prefix):4:5: filen är inte giltig JSON: här börjar något som inte "
                + "är ett JSON-värde (kanske saknas ett kommatecken, ett citattecken eller en klammer före).")
        #expect(Self.error(#"{"å": "\q"}"#) == "\(prefix):1:8: filen är inte giltig JSON: en text har ett felskrivet \\-tecken eller ett styrtecken.")
        #expect(Self.error(String(repeating: "[", count: 1000)) == "\(prefix):1:514: filen är inte giltig JSON: för många listor och objekt inuti varandra.")
    }

    @Test func aBrokenFileInTheFolderStopsTheLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kolada-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"values": [{"kpi": "N1", "municipality": "1435", "period": "2020", "values": []}]}"#.utf8)
            .write(to: folder.appendingPathComponent("x.json"))
        #expect(throws: KoladaError(file: "data/kolada/x.json", path: "values[0].period", message: "ska vara ett årtal, men är texten \"2020\"")) {
            try KoladaData.load(folder: folder, shownAs: "data/kolada")
        }
    }

    static let plan = Handlingsplan(id: "kolada-test", organisationer: ["Tanums kommun"], titel: "Test", period: .årsintervall(2021, 2023),
                                    kommunkod: "1435") {
        Fokus(.förebyggandeOchFrämjande) {
            Mål("1.1", "Fler elever ska bli behöriga") {
                Aktivitet("Läxhjälp", när: [.pågående]) {
                    Indikator("Elever i åk 9 som är behöriga till ett yrkesprogram", .resultat, källa: .kolada("N15419"),
                              utgångsvärde: Mätvärde(84.1, "%", .år(2019)), målvärde: Mätvärde(90, "%", .år(2023)))
                    Indikator("Ett nyckeltal utan sparade värden", .resultat, källa: .kolada("N00000"))
                }
            }
        }
    }

    @Test func indicatorsGetAChartFromTheirKoladaValuesMarkedAsDemonstrationData() throws {
        let data = try KoladaData.load(folder: Self.folder, shownAs: "data/kolada")
        let document = FollowUpLayout(labels: FollowUpTests.labels, date: Datum(2022, 12, 31), kolada: data).document(for: [Self.plan])
        let charts = document.blocks.compactMap { block -> Chart? in
            if case .figure(let figure) = block, case .chart(let chart) = figure.content, chart.kind == .line { chart } else { nil }
        }
        let chart = try #require(charts.first)
        #expect(chart.categories == ["2019", "2020", "2021", "2022"])
        #expect(chart.series.map(\.name) == ["Totalt", "Flickor", "Pojkar"])
        #expect(chart.series[1].values.map { $0?.value } == [86.0, nil, 85.4, 88.2])
        #expect(chart.series[0].values.map { $0?.text } == ["84,1", "85,5", "83,2", "86"])
        #expect(chart.target == ChartTarget(name: "Målvärde", value: ChartValue(90, "90")))
        #expect(chart.unit == "%")
        #expect(chart.description == "Elever i åk 9 som är behöriga till ett yrkesprogram: Totalt 86 (2022), Flickor 88,2 (2022), Pojkar 84 (2022).")
        let texts = document.blocks.map { block -> String in
            switch block {
            case .paragraph(let inlines): return inlines.map { if case .text(let t) = $0 { t } else if case .emphasis(let i) = $0, case .text(let t)? = i.first { t } else { "" } }.joined()
            case .note(let label, _): return label
            default: return ""
            }
        }
        #expect(texts.contains { $0.hasPrefix("Exempeldata") })
        #expect(texts.contains("Ett nyckeltal utan sparade värden: Uppgift saknas."))
        #expect(texts.contains("Utgångsvärde: 84,1 % (2019)"))
        #expect(!texts.contains { $0.contains("N00000") && $0.contains(": 0") })
    }

    @Test func seriesWrittenInThePlanAreChartedWithTheirTimes() throws {
        let plan = Handlingsplan(id: "serie", organisationer: ["Testkommun"], titel: "Test", period: .årsintervall(2021, 2023)) {
            Fokus(.förebyggandeOchFrämjande) {
                Mål("1.1", "Trygghet") {
                    Aktivitet("Trygghetsvandringar", när: [.pågående]) {
                        Indikator("Elever som känner sig trygga", .resultat, källa: .enkät("Skolenkäten"),
                                  målvärde: Mätvärde(85, "%", .år(2023)), serier: [
                                      Indikatorserie(.flickor, [Mätvärde(71, "%", .termin(.vt, 2022)), Mätvärde(74.5, "%", .termin(.ht, 2022))]),
                                      Indikatorserie(.pojkar, [Mätvärde(80, "%", .termin(.ht, 2022))]),
                                  ])
                    }
                }
            }
        }
        let document = FollowUpLayout(labels: FollowUpTests.labels, date: Datum(2022, 12, 31)).document(for: [plan])
        let chart = try #require(document.blocks.compactMap { block -> Chart? in
            if case .figure(let figure) = block, case .chart(let chart) = figure.content, chart.kind == .line { chart } else { nil }
        }.first)
        #expect(chart.categories == ["våren 2022", "hösten 2022"])
        #expect(chart.series.map(\.name) == ["Flickor", "Pojkar"])
        #expect(chart.series[1].values.map { $0?.value } == [nil, 80])
        #expect(chart.series[0].values.map { $0?.text } == ["71", "74,5"])
        #expect(chart.description == "Elever som känner sig trygga: Flickor 74,5 (hösten 2022), Pojkar 80 (hösten 2022).")
    }
}

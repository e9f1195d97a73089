import FollowUpLayout
import Foundation
import PlanModel

extension CoveragePlan {
    /// A plan with a Kolada indicator that has (demonstration) values and one that has none,
    /// so the follow-up report prints every indicator label.
    static let followUp = Handlingsplan(id: "uppfoljning-kolada", organisationer: ["Testkommun"], titel: "Uppföljning",
                                        period: .årsintervall(2021, 2023), kommunkod: "9999") {
        Fokus(.förebyggandeOchFrämjande) {
            Mål("1.1", "Mål") {
                Aktivitet("Aktivitet", när: [.pågående]) {
                    Indikator("Med värden", .resultat, källa: .kolada("N1"), utgångsvärde: Mätvärde(1, "%", .år(2020)),
                              målvärde: Mätvärde(3, "%", .år(2023)))
                    Indikator("Utan värden", .resultat, källa: .kolada("N2"))
                    Indikator("Planens egna värden", .resultat, källa: .enkät("Skolenkäten"),
                              serier: [Indikatorserie(.flickor, [Mätvärde(70, "%", .år(2021)), Mätvärde(72, "%", .år(2022))])])
                }
            }
        }
    }

    static let kolada: KoladaData = {
        var data = KoladaData()
        let json = #"{"exempeldata": true, "values": [{"kpi": "N1", "municipality": "9999", "period": 2021, "values": [{"gender": "T", "value": 2}, {"gender": "K", "value": 2}, {"gender": "M", "value": 2}]}]}"#
        try? data.add(Data(json.utf8), file: "test.json")
        return data
    }()
}

import AnalysisModel
import PlanModel

// The verksamhetslogik check of one plan: goal by goal, activity by activity, where the
// chain from resources and activities to follow-up is broken.
struct LogicCheck {
    let underlag: PlanUnderlag
    let mål: [RegionaltMål]
    let datum: Datum

    var fynd: [Fynd] {
        mål.flatMap { regionalt -> [Fynd] in
            let planensMål = underlag.mål(för: regionalt.id)
            func fynd(_ slag: Fynd.Slag, _ text: String, _ plats: Källplats) -> Fynd {
                Fynd(slag: slag, plan: underlag.plan.id, mål: regionalt.id, text: text, plats: plats)
            }
            var resultat: [Fynd] = []
            if planensMål.allSatisfy(\.aktiviteter.isEmpty) {
                resultat.append(fynd(.målUtanAktiviteter, "", planensMål.first?.plats ?? underlag.plan.plats))
            }
            for mål in planensMål {
                for aktivitet in mål.aktiviteter {
                    let namn = aktivitet.namn.ren
                    if aktivitet.uppföljandeIndikatorer(i: mål).isEmpty { resultat.append(fynd(.utanIndikator, namn, aktivitet.plats)) }
                    if !aktivitet.harAnsvarig { resultat.append(fynd(.utanAnsvarig, namn, aktivitet.plats)) }
                    if aktivitet.tider(i: mål).isEmpty { resultat.append(fynd(.utanTid, namn, aktivitet.plats)) }
                    if aktivitet.harPasserat(datum, i: mål) && aktivitet.rapporteradeUppföljningar.isEmpty {
                        resultat.append(fynd(.uppföljningSaknas, namn, aktivitet.plats))
                    }
                }
                for indikator in mål.indikatorerUtanAktivitet {
                    resultat.append(fynd(.indikatorUtanAktivitet, indikator.text.ren, indikator.plats))
                }
            }
            return resultat
        }
    }
}

import Foundation
import AnalysisModel
import DocumentModel
import PlanModel

extension Målresultat {
    // Counts what the plans state for `mål`; `tröskel` is the share of plans with
    // activities from which the work counts as utbrett.
    init(mål: RegionaltMål, underlag: [PlanUnderlag], tröskel: Double) {
        var organisationer: [String] = []
        var perTyp: [Aktivitetstyp?: Int] = [:]
        var process = 0
        var resultat = 0
        var logik: [Planlogik] = []
        for plan in underlag {
            let planensMål = plan.mål(för: mål.id)
            guard !planensMål.isEmpty else { continue }
            let aktiviteter = planensMål.flatMap(\.aktiviteter)
            if !aktiviteter.isEmpty { organisationer.append(plan.organisation) }
            for aktivitet in aktiviteter { perTyp[aktivitet.typ, default: 0] += 1 }
            let indikatorer = planensMål.flatMap(\.allaIndikatorer)
            process += indikatorer.filter { $0.typ == .process }.count
            resultat += indikatorer.filter { $0.typ == .resultat }.count
            logik.append(Planlogik(
                plan: plan.plan.id, organisation: plan.organisation,
                ansvariga: unika(aktiviteter.flatMap { $0.rader.compactMap(\.ansvar) }
                    .flatMap { $0.split(separator: ",").map { $0.trimmingSpaces() } }
                    .filter { !$0.isEmpty }),
                aktiviteter: aktiviteter.map(\.namn.ren),
                processindikatorer: unika(indikatorer.filter { $0.typ == .process }.map(\.text.ren)),
                rapporteradeUppföljningar: aktiviteter.map(\.rapporteradeUppföljningar.count).reduce(0, +),
                resultatindikatorer: unika(indikatorer.filter { $0.typ == .resultat }.map(\.text.ren))))
        }
        let andel = underlag.isEmpty ? 0 : Double(organisationer.count) / Double(underlag.count)
        self.init(mål: mål, organisationer: organisationer, antalPlaner: underlag.count,
                  omfattning: organisationer.isEmpty ? .saknas : (andel >= tröskel ? .utbrett : .begränsat),
                  aktiviteterPerTyp: perTyp, processindikatorer: process, resultatindikatorer: resultat, logik: logik)
    }
}

/// `texter` without repeats, in first-seen order; texts differing only in case or spacing
/// ("ABC Samordnare" and "ABC  samordnare") are the same.
func unika(_ texter: [String]) -> [String] {
    var sedda: Set<String> = []
    return texter.filter { text in
        sedda.insert(text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")).inserted
    }
}

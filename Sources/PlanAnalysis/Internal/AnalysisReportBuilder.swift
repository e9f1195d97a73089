import AnalysisLayout
import AnalysisModel
import PlanModel
import Wording

// An analysis as a report in the analysis report model, so the same layout and writers
// render it: what the analysis covers, the work per goal, the verksamhetslogik check per
// plan, and a verksamhetslogik table per goal. Every word from the label file.
struct AnalysisReportBuilder {
    let analys: Planalys
    let labels: Labels

    private var uppdrag: Analysuppdrag { analys.uppdrag }
    private var time: TimeFormatter { TimeFormatter(labels: labels) }
    private var layout: AnalysrapportLayout { AnalysrapportLayout(labels: labels) }
    private var organisations: [String] { uppdrag.planer.map(PlanUnderlag.init).map(\.organisation) }

    func build() -> Analysrapport {
        Analysrapport(
            id: uppdrag.id, titel: uppdrag.titel ?? labels.text(.derivedTitle),
            undertitel: labels.text(.derivedSubtitle, ["organisationer": layout.lista(organisations)]),
            organisationer: organisations, datum: uppdrag.datum,
            innehåll: [about(1), work(2), check(3), logic(4)].map(Rapportinnehåll.kapitel), plats: .okänd)
    }

    // MARK: Chapters

    private func about(_ nummer: Int) -> Rapportkapitel {
        let threshold = layout.text(.procent(uppdrag.tröskelFörUtbrett * 100))
        let plans = uppdrag.planer.map { plan in
            labels.text(.derivedPlanLine, ["organisation": PlanUnderlag(plan).organisation, "titel": plan.titel,
                                           "period": time.text(plan.period)])
        }
        return chapter(nummer, .derivedAboutHeading, [
            paragraph(labels.text(.derivedScope, ["planer": String(uppdrag.planer.count), "mål": String(uppdrag.mål.count),
                                                   "datum": time.text(.datum(uppdrag.datum))])),
            paragraph(labels.text(.derivedThreshold, ["andel": threshold])),
            paragraph(labels.text(.derivedIndicatorKinds)),
            section(labels.text(.derivedPlansHeading), [bullets(plans)]),
        ])
    }

    private func work(_ nummer: Int) -> Rapportkapitel {
        var content: [Rapportinnehåll] = []
        for målgrupp in unika(analys.mål.map(\.mål.målgrupp.rawValue)).compactMap(Målgrupp.init) {
            for omfattning in Omfattning.allCases {
                let rows = analys.mål.filter { $0.mål.målgrupp == målgrupp && $0.omfattning == omfattning }.map { resultat in
                    Målbedömning(Målreferens(resultat.mål), Löptext(resultat.organisationer.isEmpty
                        ? labels.text(.derivedNoPlan)
                        : labels.text(.derivedGoalWork, ["antal": String(resultat.organisationer.count),
                                                         "totalt": String(resultat.antalPlaner),
                                                         "organisationer": layout.lista(resultat.organisationer)])))
                }
                if !rows.isEmpty {
                    content.append(.målöversikt(Målöversikt(målgrupp: målgrupp, omfattning: omfattning, rader: rows, plats: .okänd)))
                }
            }
        }
        let kinds: [Aktivitetstyp?] = Aktivitetstyp.allCases + [nil]
        content.append(.datatabell(Datatabell(
            rubrik: labels.text(.derivedKindsTable), förstaKolumn: labels.text(.columnGoal),
            kolumner: kinds.map { Tabellkolumn(rubrik: $0.map { layout.text(.typ($0)) } ?? labels.text(.derivedNoKind)) }
                + [Tabellkolumn(rubrik: labels.text(.derivedTotal))],
            rader: analys.mål.map { resultat in
                Tabellrad(rubrik: resultat.mål.id,
                          värden: kinds.map { .antal(Double(resultat.aktiviteterPerTyp[$0] ?? 0)) } + [.antal(Double(resultat.antalAktiviteter))],
                          plats: .okänd)
            }, plats: .okänd)))
        content.append(.datatabell(Datatabell(
            rubrik: labels.text(.derivedIndicatorsTable), förstaKolumn: labels.text(.columnGoal),
            kolumner: [Tabellkolumn(rubrik: labels.text(.derivedProcessIndicators)),
                       Tabellkolumn(rubrik: labels.text(.derivedResultIndicators))],
            rader: analys.mål.map { resultat in
                Tabellrad(rubrik: resultat.mål.id,
                          värden: [.antal(Double(resultat.processindikatorer)), .antal(Double(resultat.resultatindikatorer))],
                          plats: .okänd)
            }, plats: .okänd)))
        let onlyResults = analys.mål.filter(\.endastResultatindikatorer).map { goalTitle($0.mål) }
        content.append(section(labels.text(.derivedOnlyResultHeading),
                               [onlyResults.isEmpty ? paragraph(labels.text(.derivedNone)) : bullets(onlyResults)]))
        return chapter(nummer, .derivedWorkHeading, content)
    }

    private func check(_ nummer: Int) -> Rapportkapitel {
        let table = Datatabell(
            rubrik: labels.text(.derivedCheckTable), förstaKolumn: labels.text(.derivedPlanColumn),
            kolumner: Fynd.Slag.allCases.map { Tabellkolumn(rubrik: findingName($0)) },
            rader: uppdrag.planer.map { plan in
                let fynd = analys.fynd(iPlan: plan.id)
                return Tabellrad(rubrik: PlanUnderlag(plan).organisation,
                                 värden: Fynd.Slag.allCases.map { slag in .antal(Double(fynd.filter { $0.slag == slag }.count)) },
                                 plats: .okänd)
            }, plats: .okänd)
        let perPlan = uppdrag.planer.map { plan -> Rapportinnehåll in
            let fynd = analys.fynd(iPlan: plan.id)
            let groups = Fynd.Slag.allCases.compactMap { slag -> Rapportinnehåll? in
                let items = fynd.filter { $0.slag == slag }
                guard !items.isEmpty else { return nil }
                return section(labels.text(.derivedFindingCount, ["rubrik": findingName(slag), "antal": String(items.count)]),
                               [bullets(items.map(findingLine))])
            }
            return section(PlanUnderlag(plan).organisation, groups.isEmpty ? [paragraph(labels.text(.derivedNone))] : groups)
        }
        return chapter(nummer, .derivedCheckHeading, [.datatabell(table)] + perPlan)
    }

    private func logic(_ nummer: Int) -> Rapportkapitel {
        chapter(nummer, .derivedLogicHeading, analys.mål.map { resultat in
            section(goalTitle(resultat.mål), [.verksamhetslogik(logicModel(resultat))])
        })
    }

    /// Resources are the responsible parties, activities the activities, outputs the process
    /// indicators and reported follow-ups, effects the result indicators, and the final goal
    /// the regional goal.
    private func logicModel(_ resultat: Målresultat) -> Verksamhetslogik {
        let logik = resultat.logik
        let resources = logik.filter { !$0.ansvariga.isEmpty }.map { own($0, $0.ansvariga.joined(separator: ", ")) }
        let activities = logik.filter { !$0.aktiviteter.isEmpty }.map { plan in
            Listpunkt(text: Löptext(own(plan, count(plan.aktiviteter.count, .derivedOneActivity, .derivedActivitiesCount))),
                      underpunkter: plan.aktiviteter.map { Listpunkt(text: Löptext($0)) })
        }
        let outputs = unika(logik.flatMap(\.processindikatorer))
            + logik.filter { $0.rapporteradeUppföljningar > 0 }.map {
                own($0, count($0.rapporteradeUppföljningar, .derivedOneFollowUp, .derivedFollowUpsCount))
            }
        return Verksamhetslogik(
            styrningOchLedning: nil,
            resurser: cell(resources.map { Listpunkt(text: Löptext($0)) }),
            aktiviteter: cell(activities),
            prestationer: cell(outputs.map { Listpunkt(text: Löptext($0)) }),
            effekter: cell(unika(logik.flatMap(\.resultatindikatorer)).map { Listpunkt(text: Löptext($0)) }),
            slutmål: [.stycke(text: Löptext(goalTitle(resultat.mål)))],
            uppföljning: Löptext(labels.text(.derivedFollowUpBand, ["process": String(resultat.processindikatorer),
                                                                    "resultat": String(resultat.resultatindikatorer)])),
            plats: .okänd)
    }

    // MARK: Words

    private func findingName(_ slag: Fynd.Slag) -> String {
        switch slag {
        case .utanIndikator: return labels.text(.derivedFindingWithoutIndicator)
        case .utanAnsvarig: return labels.text(.derivedFindingWithoutResponsible)
        case .utanTid: return labels.text(.derivedFindingWithoutTime)
        case .målUtanAktiviteter: return labels.text(.derivedFindingGoalWithoutActivities)
        case .indikatorUtanAktivitet: return labels.text(.derivedFindingUnconnectedIndicator)
        case .uppföljningSaknas: return labels.text(.derivedFindingMissingFollowUp)
        }
    }

    private func findingLine(_ fynd: Fynd) -> String {
        guard !fynd.text.isEmpty else { return analys.resultat(för: fynd.mål).map { goalTitle($0.mål) } ?? fynd.mål }
        return labels.text(.derivedFindingItem, ["mål": fynd.mål, "text": fynd.text])
    }

    private func goalTitle(_ mål: RegionaltMål) -> String {
        labels.text(.goalHeading, ["nummer": mål.id, "rubrik": mål.rubrik])
    }

    /// "1 aktivitet", "6 aktiviteter".
    private func count(_ antal: Int, _ one: LabelKey, _ many: LabelKey) -> String {
        antal == 1 ? labels.text(one) : labels.text(many, ["antal": String(antal)])
    }

    private func own(_ plan: Planlogik, _ text: String) -> String {
        labels.text(.derivedOwnLine, ["organisation": plan.organisation, "text": text])
    }

    // MARK: Building blocks

    private func chapter(_ nummer: Int, _ key: LabelKey, _ content: [Rapportinnehåll]) -> Rapportkapitel {
        Rapportkapitel(nummer: nummer, rubrik: labels.text(key), innehåll: content, plats: .okänd)
    }

    private func section(_ title: String, _ content: [Rapportinnehåll]) -> Rapportinnehåll {
        .avsnitt(Avsnitt(rubrik: title, innehåll: content, plats: .okänd))
    }

    private func paragraph(_ text: String) -> Rapportinnehåll { .text(.stycke(text: Löptext(text))) }

    private func bullets(_ items: [String]) -> Rapportinnehåll {
        .text(.punktlista(punkter: items.map { Listpunkt(text: Löptext($0)) }))
    }

    /// A cell's list, or the label file's "Saknas" where the plans state nothing.
    private func cell(_ items: [Listpunkt]) -> [Textblock] {
        items.isEmpty ? [.stycke(text: Löptext(delar: [.betonad(labels.text(.missing))]))] : [.punktlista(punkter: items)]
    }
}

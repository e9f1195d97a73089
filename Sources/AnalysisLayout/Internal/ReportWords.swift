import AnalysisModel
import PlanModel
import Wording

// The label file's words for the model's closed sets: target groups, kinds of work,
// levels of actors, extents; and the joining of names into "A, B och C".
struct ReportWords {
    let labels: Labels

    func targetGroup(_ målgrupp: Målgrupp) -> String {
        labels.text(målgrupp == .vuxna ? .targetGroupAdults : .targetGroupChildren)
    }

    func focusArea(_ område: Fokusområde) -> String {
        labels.text(.focusHeadingNumbered, ["nummer": String(område.nummer), "namn": område.namn])
    }

    func goalTitle(_ mål: Målreferens) -> String {
        labels.text(.goalHeading, ["nummer": mål.id, "rubrik": mål.rubrik])
    }

    func kind(_ slag: Aktivitetsslag) -> String {
        switch slag {
        case .typ(.kunskapshöjande): return labels.text(.kindKnowledge)
        case .typ(.personellaResurser): return labels.text(.kindStaff)
        case .typ(.samverkansstrukturer): return labels.text(.kindCooperation)
        case .typ(.planerOchRiktlinjer): return labels.text(.kindPlans)
        case .typ(.förändratVerksamhetsarbete): return labels.text(.kindPractice)
        case .arbeteMedAndraMål: return labels.text(.kindOtherGoals)
        }
    }

    func level(_ nivå: Aktörsnivå) -> String {
        switch nivå {
        case .västKomVGR: return labels.text(.levelCounty)
        case .vårdsamverkansområden: return labels.text(.levelAreas)
        case .statenSKR: return labels.text(.levelNational)
        }
    }

    func overviewTitle(_ omfattning: Omfattning, _ målgrupp: Målgrupp) -> String {
        let key: LabelKey = switch omfattning {
        case .utbrett: .extentWidespread
        case .begränsat: .extentLimited
        case .saknas: .extentNone
        }
        return labels.text(key, ["målgrupp": targetGroup(målgrupp)])
    }

    /// "A", "A och B", "A, B och C".
    func list(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return labels.text(.reportListAnd, ["första": names.dropLast().joined(separator: ", "), "sista": last])
    }
}

/// Every fixed word the layouts print, by its key in `templates/labels.sv.yaml`, with the
/// placeholders its text may contain.
///
/// ```swift
/// labels.text(.goalHeading, ["nummer": "1.1", "rubrik": "Föräldrar ska erbjudas stöd"])
/// ```
public enum LabelKey: String, Sendable, CaseIterable {
    case coverAdoptedBy = "omslag.fastställd_av"
    case coverAdopted = "omslag.fastställd"
    case coverRevised = "omslag.reviderad"
    case coverKeywords = "omslag.nyckelord"
    case coverSubject = "omslag.ämne"

    case workingGroupHeading = "rubrik.arbetsgrupp"
    case focusHeadingNumbered = "rubrik.fokusområde_nummer"
    case focusHeadingWithWord = "rubrik.fokusområde_med_ord"
    case goalHeading = "rubrik.mål"
    case developmentNeedsHeading = "rubrik.utvecklingsbehov"
    case shortTermHeading = "rubrik.kortsiktiga_mål"
    case shortTermHeadingWithoutPeriod = "rubrik.kortsiktiga_mål_utan_period"
    case longTermHeading = "rubrik.långsiktiga_mål"
    case indicatorsHeading = "rubrik.mätbara_indikatorer"
    case signaturesHeading = "rubrik.underskrifter"
    case leadLabel = "rubrik.ledtext"

    case columnActivity = "tabell.aktivitet"
    case columnSubGoal = "tabell.delmål"
    case columnWhen = "tabell.när"
    case columnResponsibility = "tabell.ansvar"
    case columnResponsible = "tabell.ansvarig"
    case columnFollowUp = "tabell.uppföljning"
    case columnWhat = "tabell.vad"
    case columnIndicator = "tabell.indikator"
    case activitiesCaption = "tabell.aktiviteter_för_mål"
    case effectGoalColumn = "tabell.effektmål"
    case visionColumn = "tabell.framtidsvision"

    case missing = "text.saknas"
    case revisionMark = "text.reviderat"
    case nameAndTitle = "text.namn_och_titel"
    case datedFollowUp = "text.uppföljning_med_tid"
    case timeWithComment = "text.tid_med_kommentar"
    case statusMark = "text.status"

    case statusDone = "status.genomförd"
    case statusOngoing = "status.pågående"
    case statusNotStarted = "status.ej_påbörjad"
    case statusCancelled = "status.inställd"

    case siteTitle = "webbplats.titel"
    case siteIntro = "webbplats.ingress"
    case sitePlansHeading = "webbplats.planer"
    case sitePlansCaption = "webbplats.plantabell"
    case siteColumnOrganisation = "webbplats.kolumn_organisation"
    case siteColumnPlan = "webbplats.kolumn_plan"
    case siteColumnPeriod = "webbplats.kolumn_period"
    case siteColumnRevised = "webbplats.kolumn_senast_ändrad"
    case siteColumnGoal = "webbplats.kolumn_mål"
    case siteColumnActivityCount = "webbplats.kolumn_antal_aktiviteter"
    case siteGoalsHeading = "webbplats.regionala_mål"
    case siteFocusAreasHeading = "webbplats.fokusområden"
    case siteGoalPageTitle = "webbplats.målsida_titel"
    case siteGoalPageSubtitle = "webbplats.målsida_undertitel"
    case siteFocusPageSubtitle = "webbplats.fokussida_undertitel"
    case siteActivitiesHeading = "webbplats.aktiviteter_i_planerna"
    case siteGoalInPlan = "webbplats.mål_i_plan"
    case siteResponsible = "webbplats.ansvar"
    case siteNoActivities = "webbplats.inga_aktiviteter"
    case siteNoPlans = "webbplats.inga_planer"
    case siteGoalTableCaption = "webbplats.måltabell"
    case siteReadAboutGoal = "webbplats.läs_om_målet"
    case siteOtherGoalsHeading = "webbplats.övriga_mål"
    case siteOtherGoalsCaption = "webbplats.övriga_mål_tabell"

    case timeRange = "tid.intervall"
    case timeFromOnwards = "tid.från_och_med"
    case timeSchoolYear = "tid.läsår"
    case timeTerm = "tid.termin"
    case timeMonth = "tid.månad"
    case timeDate = "tid.datum"
    case timeOngoing = "tid.pågående"
    case timeEvery = "tid.varje"
    case timeCountPer = "tid.antal_per"
    case termSpring = "tid.vt"
    case termAutumn = "tid.ht"
    case unitWeek = "tid.vecka"
    case unitMonth = "tid.månad_enhet"
    case unitTerm = "tid.termin_enhet"
    case unitYear = "tid.år_enhet"
    case monthNames = "tid.månader"

    /// The placeholders the label's text may use.
    public var placeholders: Set<String> {
        switch self {
        case .coverAdoptedBy: return ["av", "datum"]
        case .coverAdopted, .coverRevised: return ["datum"]
        case .coverSubject: return ["period"]
        case .focusHeadingNumbered, .focusHeadingWithWord: return ["nummer", "namn"]
        case .goalHeading: return ["nummer", "rubrik"]
        case .shortTermHeading: return ["period"]
        case .activitiesCaption: return ["mål"]
        case .effectGoalColumn, .visionColumn: return ["tid"]
        case .revisionMark: return ["år"]
        case .nameAndTitle: return ["namn", "titel"]
        case .datedFollowUp: return ["tid", "text"]
        case .timeWithComment: return ["tid", "kommentar"]
        case .statusMark: return ["status"]
        case .siteGoalPageTitle: return ["id", "rubrik"]
        case .siteGoalPageSubtitle: return ["nummer", "namn"]
        case .siteGoalInPlan: return ["mål", "plan"]
        case .siteResponsible: return ["ansvar"]
        case .siteGoalTableCaption, .siteReadAboutGoal: return ["id"]
        case .siteOtherGoalsCaption: return ["nummer", "namn"]
        case .timeRange: return ["från", "till"]
        case .timeFromOnwards: return ["tid"]
        case .timeSchoolYear: return ["start", "slut"]
        case .timeTerm: return ["termin", "år"]
        case .timeMonth: return ["månad", "år"]
        case .timeDate: return ["iso", "dag", "månad", "år"]
        case .timeEvery: return ["enhet"]
        case .timeCountPer: return ["antal", "vad", "enhet"]
        default: return []
        }
    }
}

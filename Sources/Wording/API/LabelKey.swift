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
    case contentsTitle = "omslag.innehåll"

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
    case implementsRegionalGoal = "rubrik.bidrar_till"

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
    case timeWithLead = "text.tid_inledd"
    case signingLine = "text.underskriftslinje"
    case statusMark = "text.status"
    case subGoalLine = "text.delmål"
    case whenLine = "text.när"
    case responsibleLine = "text.ansvar"
    case followUpLabel = "text.uppföljning"
    case indicatorsLabel = "text.indikatorer"

    case indicatorProcess = "indikator.process"
    case indicatorResult = "indikator.resultat"
    case indicatorWithKind = "indikator.med_slag"
    case indicatorWithKindAndSource = "indikator.med_slag_och_källa"
    case indicatorKolada = "indikator.kolada"
    case indicatorBaseline = "indikator.utgångsvärde"
    case indicatorSeries = "indikator.serie"
    case indicatorTarget = "indikator.målvärde"
    case valueWithUnit = "indikator.värde_med_enhet"
    case valueWithTime = "indikator.värde_med_tid"

    case statusDone = "status.genomförd"
    case statusOngoing = "status.pågående"
    case statusNotStarted = "status.ej_påbörjad"
    case statusCancelled = "status.inställd"
    case followUpTitle = "uppföljning.titel"
    case followUpSubtitle = "uppföljning.undertitel"
    case followUpPlanHeading = "uppföljning.plan"
    case followUpSummaryHeading = "uppföljning.sammanfattning"
    case followUpSummaryCaption = "uppföljning.sammanfattning_figur"
    case followUpSummaryDescription = "uppföljning.sammanfattning_beskrivning"
    case followUpSummaryPart = "uppföljning.sammanfattning_del"
    case followUpCount = "uppföljning.antal_med_status"
    case followUpFocusColumn = "uppföljning.kolumn_fokusområde"
    case followUpTotal = "uppföljning.totalt"
    case followUpCountUnit = "uppföljning.enhet_antal"
    case followUpActivityColumn = "uppföljning.kolumn_aktivitet"
    case followUpStatusColumn = "uppföljning.kolumn_status"
    case followUpLatestColumn = "uppföljning.kolumn_senaste"
    case followUpDateColumn = "uppföljning.kolumn_datum"
    case followUpUndated = "uppföljning.odaterad"
    case followUpNoStatus = "uppföljning.status_saknas"
    case followUpNone = "uppföljning.ingen_uppföljning"
    case followUpPassedHeading = "uppföljning.passerade"
    case followUpPassedNone = "uppföljning.passerade_inga"
    case followUpPassedItem = "uppföljning.passerad"
    case followUpIndicatorsHeading = "uppföljning.indikatorer"
    case followUpIndicatorCaption = "uppföljning.indikator_figur"
    case followUpIndicatorDescription = "uppföljning.indikator_beskrivning"
    case followUpIndicatorLatest = "uppföljning.indikator_senaste"
    case followUpIndicatorNoData = "uppföljning.indikator_utan_data"
    case followUpMissing = "uppföljning.uppgift_saknas"
    case followUpYear = "uppföljning.år"
    case followUpValues = "uppföljning.värden_i_tabell"
    case followUpGenderTotal = "uppföljning.kön_totalt"
    case followUpGenderGirls = "uppföljning.kön_flickor"
    case followUpGenderBoys = "uppföljning.kön_pojkar"
    case followUpTargetSeries = "uppföljning.målvärde"
    case followUpDemoData = "uppföljning.exempeldata"
    case followUpSource = "uppföljning.källa"

    case siteTitle = "webbplats.titel"
    case siteIntro = "webbplats.ingress"
    case sitePlansHeading = "webbplats.planer"
    case sitePlansCaption = "webbplats.plantabell"
    case siteColumnOrganisation = "webbplats.kolumn_organisation"
    case siteColumnPlan = "webbplats.kolumn_plan"
    case siteColumnPeriod = "webbplats.kolumn_period"
    case siteColumnRevised = "webbplats.kolumn_senast_ändrad"
    case siteNoDate = "webbplats.datum_saknas"
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
    case siteWhen = "webbplats.när"
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
    case timeEntryDate = "tid.datum_i_uppföljning"
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

    // The analysis report layout.
    case reportSubject = "analys.omslag.ämne"
    case reportKeywords = "analys.omslag.nyckelord"
    case reportCoverDate = "analys.omslag.datum"
    case reportSummaryHeading = "analys.rubrik.sammanfattning"
    case reportChapterHeading = "analys.rubrik.kapitel"
    case reportNumberedSection = "analys.rubrik.numrerat_avsnitt"
    case reportGoalList = "analys.rubrik.mållista"
    case reportBackground = "analys.rubrik.bakgrundsbeskrivning"
    case reportIndicators = "analys.rubrik.indikatorer"
    case reportCountyActivities = "analys.rubrik.länsgemensamma_aktiviteter"
    case reportDeepening = "analys.rubrik.fördjupning"
    case reportObservations = "analys.rubrik.observationer"
    case reportContact = "analys.rubrik.kontakt"
    case reportCompiledBy = "analys.rubrik.sammanställt_av"
    case reportGoalContext = "analys.text.målgrupp_och_fokusområde"
    case reportNoCountyActivities = "analys.text.inga_länsgemensamma_aktiviteter"
    case reportDoneMark = "analys.text.genomförd"
    case reportActivityWithTime = "analys.text.insats_med_tid"
    case reportUpcoming = "analys.text.kommande_aktiviteter"
    case reportUpcomingSingular = "analys.text.kommande_aktivitet"
    case reportLabelled = "analys.text.etikett"
    case reportIndirect = "analys.text.bidrar_indirekt"
    case reportListAnd = "analys.text.och"
    case reportFigure = "analys.text.figur"
    case reportFigureAbsent = "analys.text.figur_saknas"
    case reportNote = "analys.text.not"
    case reportSource = "analys.text.källa"
    case reportContactLine = "analys.text.kontakt"
    case reportCompiledByLine = "analys.text.utförare"
    case targetGroupAdults = "analys.målgrupp.vuxna"
    case targetGroupChildren = "analys.målgrupp.barn_och_unga"
    case extentWidespread = "analys.omfattning.utbrett"
    case extentLimited = "analys.omfattning.begränsat"
    case extentNone = "analys.omfattning.saknas"
    case kindKnowledge = "analys.slag.kunskapshöjande"
    case kindStaff = "analys.slag.personella_resurser"
    case kindCooperation = "analys.slag.samverkansstrukturer"
    case kindPlans = "analys.slag.planer_och_riktlinjer"
    case kindPractice = "analys.slag.förändrat_verksamhetsarbete"
    case kindOtherGoals = "analys.slag.arbete_med_andra_mål"
    case levelCounty = "analys.nivå.västkom_vgr"
    case levelAreas = "analys.nivå.vårdsamverkansområden"
    case levelNational = "analys.nivå.staten_skr"
    case columnGoal = "analys.tabell.mål"
    case columnWork = "analys.tabell.arbete"
    case columnKind = "analys.tabell.typ"
    case columnDescription = "analys.tabell.beskrivning"
    case logicModelCaption = "analys.verksamhetslogik.tabell"
    case logicPrerequisites = "analys.verksamhetslogik.förutsättningar"
    case logicOperations = "analys.verksamhetslogik.verksamhet"
    case logicResults = "analys.verksamhetslogik.resultat"
    case logicResources = "analys.verksamhetslogik.resurser"
    case logicActivities = "analys.verksamhetslogik.aktiviteter"
    case logicOutputs = "analys.verksamhetslogik.prestationer"
    case logicEffects = "analys.verksamhetslogik.effekter"
    case logicFinalGoal = "analys.verksamhetslogik.slutmål"
    case logicGovernance = "analys.verksamhetslogik.styrning_och_ledning"
    case logicFollowUp = "analys.verksamhetslogik.uppföljning"
    case logicBand = "analys.verksamhetslogik.band"
    case interviewCaption = "analys.intervjuer.tabell"
    case interviewGroup = "analys.intervjuer.grupp"
    case interviewPerspective = "analys.intervjuer.perspektiv"
    case interviewPersons = "analys.intervjuer.personer"
    case interviewRole = "analys.intervjuer.roll"
    case numberDecimalSeparator = "analys.tal.decimaltecken"
    case numberThousandsSeparator = "analys.tal.tusentalsavgränsare"
    case numberPercent = "analys.tal.procent"
    case numberMillionKronor = "analys.tal.msek"
    case numberEstimate = "analys.tal.cirka"

    // The analysis derived from plans.
    case derivedTitle = "analys.härledd.titel"
    case derivedSubtitle = "analys.härledd.undertitel"
    case derivedAboutHeading = "analys.härledd.om_analysen"
    case derivedScope = "analys.härledd.omfattar"
    case derivedThreshold = "analys.härledd.tröskel"
    case derivedIndicatorKinds = "analys.härledd.indikatorslag"
    case derivedPlansHeading = "analys.härledd.planer"
    case derivedPlanLine = "analys.härledd.plan"
    case derivedWorkHeading = "analys.härledd.arbete_per_mål"
    case derivedGoalWork = "analys.härledd.planer_med_aktiviteter"
    case derivedNoPlan = "analys.härledd.ingen_plan"
    case derivedKindsTable = "analys.härledd.aktiviteter_per_typ"
    case derivedNoKind = "analys.härledd.utan_typ"
    case derivedTotal = "analys.härledd.totalt"
    case derivedIndicatorsTable = "analys.härledd.indikatorer_per_mål"
    case derivedProcessIndicators = "analys.härledd.processindikatorer"
    case derivedResultIndicators = "analys.härledd.resultatindikatorer"
    case derivedOnlyResultHeading = "analys.härledd.endast_resultat"
    case derivedNone = "analys.härledd.inga"
    case derivedCheckHeading = "analys.härledd.granskning"
    case derivedCheckTable = "analys.härledd.fynd_per_plan"
    case derivedPlanColumn = "analys.härledd.plan_kolumn"
    case derivedFindingCount = "analys.härledd.fynd_antal"
    case derivedFindingItem = "analys.härledd.fynd_rad"
    case derivedFindingWithoutIndicator = "analys.härledd.fynd.utan_indikator"
    case derivedFindingWithoutResponsible = "analys.härledd.fynd.utan_ansvarig"
    case derivedFindingWithoutTime = "analys.härledd.fynd.utan_tid"
    case derivedFindingGoalWithoutActivities = "analys.härledd.fynd.mål_utan_aktiviteter"
    case derivedFindingUnconnectedIndicator = "analys.härledd.fynd.indikator_utan_aktivitet"
    case derivedFindingMissingFollowUp = "analys.härledd.fynd.uppföljning_saknas"
    case derivedLogicHeading = "analys.härledd.verksamhetslogik_per_mål"
    case derivedOwnLine = "analys.härledd.per_organisation"
    case derivedActivitiesCount = "analys.härledd.antal_aktiviteter"
    case derivedOneActivity = "analys.härledd.en_aktivitet"
    case derivedFollowUpsCount = "analys.härledd.antal_uppföljningar"
    case derivedOneFollowUp = "analys.härledd.en_uppföljning"
    case derivedFollowUpBand = "analys.härledd.uppföljning"

    /// The placeholders the label's text must use, or the document loses what they stand
    /// for (the adoption date, a goal's number). A date may be written with `{iso}` or
    /// with its parts, so none of its placeholders is required.
    public var requiredPlaceholders: Set<String> {
        switch self {
        case .timeDate, .timeEntryDate: return []
        default: return placeholders
        }
    }

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
        case .timeWithComment, .timeWithLead: return ["tid", "kommentar"]
        case .statusMark: return ["status"]
        case .implementsRegionalGoal: return ["id", "rubrik"]
        case .subGoalLine: return ["text"]
        case .whenLine: return ["när"]
        case .responsibleLine: return ["ansvar"]
        case .indicatorWithKind: return ["text", "slag"]
        case .indicatorWithKindAndSource: return ["text", "slag", "källa"]
        case .indicatorKolada: return ["id"]
        case .indicatorBaseline, .indicatorTarget: return ["värde"]
        case .indicatorSeries: return ["kön", "värden"]
        case .valueWithUnit: return ["tal", "enhet"]
        case .valueWithTime: return ["värde", "tid"]
        case .siteGoalPageTitle: return ["id", "rubrik"]
        case .siteGoalPageSubtitle: return ["nummer", "namn"]
        case .siteGoalInPlan: return ["mål", "plan"]
        case .siteResponsible: return ["ansvar"]
        case .siteWhen: return ["när"]
        case .siteGoalTableCaption, .siteReadAboutGoal: return ["id"]
        case .siteOtherGoalsCaption: return ["nummer", "namn"]
        case .timeRange: return ["från", "till"]
        case .timeFromOnwards: return ["tid"]
        case .timeSchoolYear: return ["start", "slut"]
        case .timeTerm: return ["termin", "år"]
        case .timeMonth: return ["månad", "år"]
        case .timeDate, .timeEntryDate: return ["iso", "dag", "månad", "år"]
        case .timeEvery: return ["enhet"]
        case .timeCountPer: return ["antal", "vad", "enhet"]
        case .reportSummaryHeading, .reportFigure: return ["rubrik"]
        case .reportCoverDate: return ["datum"]
        case .reportChapterHeading, .reportNumberedSection: return ["nummer", "rubrik"]
        case .reportGoalList, .extentWidespread, .extentLimited, .extentNone: return ["målgrupp"]
        case .reportGoalContext: return ["målgrupp", "fokusområde"]
        case .reportActivityWithTime: return ["text", "tid"]
        case .reportLabelled: return ["etikett"]
        case .reportIndirect: return ["mål"]
        case .reportListAnd: return ["första", "sista"]
        case .reportContactLine: return ["namn", "epost"]
        case .reportCompiledByLine: return ["namn", "webbplats"]
        case .logicBand: return ["rubrik", "text"]
        case .numberPercent, .numberMillionKronor, .numberEstimate: return ["tal"]
        case .derivedSubtitle: return ["organisationer"]
        case .derivedScope: return ["planer", "mål", "datum"]
        case .derivedThreshold: return ["andel"]
        case .derivedPlanLine: return ["organisation", "titel", "period"]
        case .derivedGoalWork: return ["antal", "totalt", "organisationer"]
        case .derivedFindingCount: return ["rubrik", "antal"]
        case .derivedFindingItem: return ["mål", "text"]
        case .derivedOwnLine: return ["organisation", "text"]
        case .derivedActivitiesCount, .derivedFollowUpsCount: return ["antal"]
        case .derivedFollowUpBand: return ["process", "resultat"]
        case .followUpSubtitle, .followUpSummaryCaption: return ["datum"]
        case .followUpPlanHeading: return ["titel", "organisation"]
        case .followUpSummaryDescription: return ["värden"]
        case .followUpSummaryPart: return ["fokusområde", "värden"]
        case .followUpCount: return ["antal", "status"]
        case .followUpPassedItem: return ["aktivitet", "mål", "tid"]
        case .followUpIndicatorCaption, .followUpIndicatorNoData: return ["indikator"]
        case .followUpIndicatorDescription: return ["indikator", "värden"]
        case .followUpIndicatorLatest: return ["serie", "värde", "period"]
        case .followUpSource: return ["id"]
        default: return []
        }
    }
}

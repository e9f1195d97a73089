import PlanModel
import Testing

@Suite("Validation: every problem, with the file and line that caused it")
struct ValidationTests {
    private func plan(layout: Tabellayout = .delmål, titel: String = "Plan", id: String = "plan",
                      fastställd: Fastställande? = nil, revideringar: [Datum] = [],
                      fil: String = #fileID, rad: Int = #line,
                      @Samla<any Fokusdel> _ mål: () -> [any Fokusdel]) -> Handlingsplan {
        let innehåll = mål()
        return Handlingsplan(id: id, organisationer: ["Testkommun"], titel: titel, period: .årsintervall(2020, 2022),
                             fastställd: fastställd, revideringar: revideringar, tabellayout: layout,
                             fil: fil, rad: rad) {
            Fokus(.förebyggandeOchFrämjande) { innehåll }
        }
    }

    private func only(_ allvarlighet: Diagnos.Allvarlighet, in plan: Handlingsplan) -> [Diagnos] {
        plan.validera().filter { $0.allvarlighet == allvarlighet }
    }

    @Test func duplicateGoalNumberPointsAtTheSecondGoal() throws {
        let första = Mål("1.1", "Första")
        let rad = #line + 1
        let andra = Mål("1.1", "Andra")
        let fel = only(.fel, in: plan { första; andra })
        #expect(fel.count == 1)
        let diagnos = try #require(fel.first)
        #expect(diagnos.meddelande.hasPrefix("Målnummer 1.1 finns redan"))
        #expect(diagnos.plats.fil == #fileID)
        #expect(diagnos.plats.rad == rad)
    }

    @Test func goalNumberMustBelongToItsFocusArea() throws {
        let rad = #line + 1
        let mål = Mål("2.1", "Fel område")
        let diagnos = try #require(only(.fel, in: plan { mål }).first)
        #expect(diagnos.meddelande.contains("hör inte till fokusområde 1"))
        #expect(diagnos.plats.rad == rad)
    }

    @Test func revisionBeforeAdoptionIsAnError() throws {
        let rad = #line + 1
        let planen = plan(fastställd: Fastställande(Datum(2021, 6, 1)), revideringar: [Datum(2021, 1, 1)]) { Mål("1.1", "Mål") }
        let diagnos = try #require(only(.fel, in: planen).first)
        #expect(diagnos.meddelande == "Revideringen 2021-01-01 är daterad före fastställandet 2021-06-01.")
        #expect(diagnos.plats.rad == rad)
    }

    @Test func emptyTitleIsAnError() {
        let fel = only(.fel, in: plan(titel: "  ") { Mål("1.1", "Mål") })
        #expect(fel.map(\.meddelande) == ["Planen saknar titel."])
    }

    @Test func planWithoutGoalsIsAnError() {
        let planen = Handlingsplan(id: "tom", organisationer: [], titel: "Tom", period: .år(2020)) {
            Stycke("Bara text.")
        }
        #expect(only(.fel, in: planen).map(\.meddelande) == ["Planen har inga mål. Lägg till minst ett Mål eller Tema i ett Fokus."])
    }

    @Test func idMustBeSafeAsAFileName() {
        #expect(only(.fel, in: plan(id: "../x") { Mål("1.1", "Mål") }).count == 1)
        #expect(Handlingsplan.ärGiltigtId("vastra-gotaland"))
        #expect(!Handlingsplan.ärGiltigtId("Vänersborg"))
        #expect(!Handlingsplan.ärGiltigtId("a--b"))
    }

    @Test func impossibleDateIsAnError() throws {
        let rad = #line + 2
        let mål = Mål("1.1", "Mål") {
            Aktivitet("A", när: [.datum(Datum(2021, 2, 30))], ansvar: "X")
        }
        let diagnos = try #require(only(.fel, in: plan { mål }).first)
        #expect(diagnos.meddelande == "Datumet 2021-02-30 finns inte.")
        #expect(diagnos.plats.rad == rad)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let planen = plan(titel: "", fastställd: Fastställande(Datum(2021, 6, 1)), revideringar: [Datum(2021, 1, 1)]) {
            Mål("1.1", "A")
            Mål("1.1", "B")
            Mål("3.1", "C")
        }
        #expect(only(.fel, in: planen).count == 4)
    }

    @Test func activityWithoutResponsiblePartyOrSubGoalWarns() throws {
        let rad = #line + 2
        let mål = Mål("1.1", "Mål") {
            Aktivitet("Utan ansvar") { Delmål(nil, när: [.år(2021)]) }
        }
        let varningar = only(.varning, in: plan { mål })
        #expect(varningar.map(\.meddelande) == [
            "Aktiviteten \"Utan ansvar\" saknar ansvarig.",
            "Aktiviteten \"Utan ansvar\" saknar delmål.",
        ])
        #expect(varningar.allSatisfy { $0.plats.rad == rad })
    }

    @Test func activityWithoutIndicatorWarnsInTheIndicatorLayout() {
        let planen = plan(layout: .vadOchIndikator) {
            Mål("1.1", "Mål") { Aktivitet("Utan indikator", när: [.pågående], ansvar: "Kommunen") }
        }
        #expect(only(.varning, in: planen).map(\.meddelande) == ["Aktiviteten \"Utan indikator\" saknar indikator."])
    }

    @Test func timeOutsideThePlanPeriodWarns() throws {
        let rad = #line + 3
        let mål = Mål("1.1", "Mål") {
            Aktivitet("Sent") {
                Delmål("D", när: [.år(2023)], ansvar: "X")
            }
        }
        let diagnos = try #require(only(.varning, in: plan { mål }).first)
        #expect(diagnos.meddelande == "Tiden för \"Sent\" ligger utanför planens period.")
        #expect(diagnos.plats.rad == rad)
    }

    @Test func followUpBeforeTheActivityStartsWarns() throws {
        let rad = #line + 4
        let mål = Mål("1.1", "Mål") {
            Aktivitet("Tidig uppföljning") {
                Delmål("D", när: [.läsår(2021)], ansvar: "X") {
                    Uppföljning(.månad(.maj, 2021), "För tidigt.")
                }
            }
        }
        let diagnos = try #require(only(.varning, in: plan { mål }).first)
        #expect(diagnos.meddelande == "Uppföljningen av \"Tidig uppföljning\" är daterad före aktivitetens start (2021-08-01).")
        #expect(diagnos.plats.rad == rad)
    }

    @Test func missingThemeIndicatorsWarn() {
        let planen = plan(layout: .teman) {
            Tema("Tema") {
                KortsiktigaMål(.år(2021)) { Aktivitet("A"); Indikatorer.saknas }
                LångsiktigaMål { "Mål"; Indikatorer { Indikator("I", .resultat) } }
            }
        }
        #expect(only(.varning, in: planen).map(\.meddelande) == ["Temat \"Tema\" saknar indikatorer för de kortsiktiga målen."])
    }

    @Test func diagnosticPrintsAsFileLineSeverityMessage() {
        let diagnos = Diagnos(.varning, "Text.", plats: Källplats(fil: "/repo/examples/Plan.swift", rad: 12))
        #expect(diagnos.text(relativTill: "/repo") == "examples/Plan.swift:12: varning: Text.")
    }

    // MARK: Regional goals, catalogue, locations

    private static let b1_1 = RegionaltMål("B1.1", .barnOchUnga, .förebyggandeOchFrämjande, "Föräldrastöd")
    private static let b1_2 = RegionaltMål("B1.2", .barnOchUnga, .förebyggandeOchFrämjande, "Skolgång")
    private static let b2_1 = RegionaltMål("B2.1", .barnOchUnga, .tillgängligaTidigaInsatser, "Rätt insatser")
    private static let v1_1 = RegionaltMål("V1.1", .vuxna, .förebyggandeOchFrämjande, "Vuxnas hälsa")

    @Test func regionalGoalOfTheOtherTargetGroupWarnsAtItsGoal() throws {
        let rad = #line + 1
        let vuxenmål = Mål("1.3", "Vuxenmål", genomför: Self.v1_1)
        let planen = plan { Mål("1.1", "Ett", genomför: Self.b1_1); Mål("1.2", "Två", genomför: Self.b1_2); vuxenmål }
        let varningar = only(.varning, in: planen).filter { $0.meddelande.contains("V1.1") }
        #expect(varningar.count == 1)
        let diagnos = try #require(varningar.first)
        #expect(diagnos.meddelande.hasPrefix("Mål 1.3 genomför det regionala målet V1.1, som gäller vuxna, men planens övriga mål gäller barn och unga."))
        #expect(diagnos.plats.fil == #fileID)
        #expect(diagnos.plats.rad == rad)
    }

    @Test func regionalGoalOfAnotherFocusAreaWarnsAtItsGoal() throws {
        let rad = #line + 1
        let mål = Mål("1.1", "Ett", genomför: Self.b1_1, Self.b2_1)
        let varningar = only(.varning, in: plan { mål }).filter { $0.meddelande.contains("B2.1") }
        let diagnos = try #require(varningar.first)
        #expect(varningar.count == 1)
        #expect(diagnos.meddelande.contains("står i fokusområde 1 (Förebyggande och främjande arbete) men genomför B2.1 i fokusområde 2"))
        #expect(diagnos.meddelande.contains("Flytta målet till rätt Fokus"))
        #expect(diagnos.plats.fil == #fileID)
        #expect(diagnos.plats.rad == rad)
    }

    @Test func aGoalMayImplementSeveralRegionalGoals() {
        let mål = Mål("1.1", "Ett", genomför: Self.b1_1, Self.b1_2)
        #expect(mål.regionalaMålId == ["B1.1", "B1.2"])
        #expect(plan { mål }.validera().filter { $0.meddelande.contains("regionala") } == [])
    }

    @Test func twoPlansWithOneIdIsAnErrorAtTheLaterPlan() throws {
        let första = plan(id: "samma") { Mål("1.1", "Ett") }
        let rad = #line + 1
        let andra = plan(id: "samma") { Mål("1.1", "Ett") }
        let fel = Handlingsplan.granska(katalog: [första, andra, plan(id: "annan") { Mål("1.1", "Ett") }])
        #expect(fel.count == 1)
        let diagnos = try #require(fel.first)
        #expect(diagnos.allvarlighet == .fel)
        #expect(diagnos.meddelande == "Planens id \"samma\" används redan av planen på rad \(första.plats.rad). "
                + "Två planer med samma id skulle skriva över varandras filer; ge planen ett eget id.")
        #expect(diagnos.plats.fil == #fileID)
        #expect(diagnos.plats.rad == rad)
    }

    @Test func duplicateGoalMessageNamesTheEarlierLineWithoutAPath() throws {
        let rad = #line + 1
        let första = Mål("1.1", "Första")
        let andra = Mål("1.1", "Andra")
        let diagnos = try #require(only(.fel, in: plan { första; andra }).first)
        #expect(diagnos.meddelande == "Målnummer 1.1 finns redan på rad \(rad). Ge målet ett eget nummer eller ta bort dubbletten.")
    }

    @Test func locationsAreShortAndShownRelativeToThePackageRoot() {
        let mål = Mål("1.1", "Mål")
        #expect(mål.plats.fil == "PlanModelTests/ValidationTests.swift")
        let root = String(#filePath.dropLast("Tests/PlanModelTests/ValidationTests.swift".count))
        #expect(mål.plats.relativ(till: root) == "Tests/PlanModelTests/ValidationTests.swift:\(mål.plats.rad)")
        #expect(Källplats(fil: "Okänd/Finns.swift", rad: 3).relativ(till: root) == "Okänd/Finns.swift:3")
    }
}

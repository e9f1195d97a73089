import AnalysisLayout
import AnalysisModel
import DocumentModel
import FollowUpLayout
import Examples
import Foundation
import PlanAnalysis
import PlanLayout
import PlanModel
import RegionVastraGotaland
import SiteLayout
import Testing
import Wording

/// The label file in the repository, as communication staff edit it.
enum LabelFixture {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates/labels.sv.yaml")

    static func text() throws -> String { try String(contentsOf: url, encoding: .utf8) }

    static func labels() throws -> Labels { try Labels(yaml: text(), file: "templates/labels.sv.yaml") }
}

@Suite("The label file")
struct LabelFileTests {
    @Test func everyLabelInTheFileIsUsedByTheLayouts() throws {
        let usage = LabelUsage()
        let labels = try LabelFixture.labels().recording(into: usage)
        let layout = HandlingsplanLayout(labels: labels)
        for plan in Exempel.planer + CoveragePlan.plans { _ = layout.document(for: plan) }
        // The reports, the example analysis, an analysis of every plan against every
        // regional goal (which has goals no plan works on) and one of no plans at all.
        let everyGoal = Analysuppdrag(id: "alla-mal", planer: Exempel.planer, mål: RegionaltMål.alla, datum: Datum(2022, 12, 31))
        let nothing = Analysuppdrag(id: "inga-planer", planer: [], mål: [], datum: Datum(2022, 12, 31))
        let reports = Exempel.rapporter + (Exempel.analyser + [everyGoal, nothing]).map { Planalys($0).rapport(labels: labels) }
        for rapport in reports { _ = AnalysrapportLayout(labels: labels).document(for: rapport) }
        // The regional site's pages, with the plans and with none (a goal no plan implements).
        for plans in [Exempel.planer + CoveragePlan.plans, []] {
            _ = RegionalSiteLayout(labels: labels).pages(plans: plans, regionalGoals: RegionaltMål.barnOchUnga)
        }
        // The yearly follow-up, with a plan whose Kolada indicators have data and one without.
        let followUp = FollowUpLayout(labels: labels, date: Datum(2022, 12, 31), kolada: CoveragePlan.kolada)
        _ = followUp.document(for: Exempel.planer + CoveragePlan.plans)
        _ = followUp.document(for: [CoveragePlan.followUp])
        _ = layout.document(for: CoveragePlan.followUp)
        let unused = Set(LabelKey.allCases).subtracting(usage.used).map(\.rawValue).sorted()
        #expect(unused == [], "Etiketter som ingen layout använder")
    }

    @Test func layoutSourceHasNoWordsOfItsOwn() throws {
        // Every word the layout prints must come from the label file: string literals in
        // the code that builds documents may hold punctuation, placeholder names and anchor
        // affixes only. (Messages about the label file itself are for staff, not documents.)
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let allowed: Set<String> = ["", " ", ", ", ".", " – ", ". ", "(", ")", "-", "fokusomrade-", "mal-",
                                    "-kortsiktiga", "-langsiktiga", "-kortsiktiga-indikatorer", "-langsiktiga-indikatorer",
                                    "nummer", "namn", "rubrik", "mål", "år", "av", "datum", "period", "tid", "text",
                                    "status", "titel", "från", "till", "start", "slut", "termin", "månad", "iso", "dag",
                                    "enhet", "antal", "vad", "kommentar", "0", ",",
                                    // The analysis layouts' placeholders and the minus sign.
                                    "målgrupp", "fokusområde", "etikett", "första", "sista", "epost", "webbplats", "tal",
                                    "organisationer", "organisation", "planer", "andel", "totalt", "process", "resultat", "−",
                                    // The plan fields' placeholders (FieldText).
                                    "id", "slag", "källa", "värde", "när", "ansvar",
                                    // The follow-up report's placeholders, list separator and anchor affixes.
                                    "värden", "kön", "aktivitet", "indikator", "serie", "; ", "sammanfattning", "uppfoljning-",
                                    "-sammanfattning", "-fokus-", "-fokus--mal-", "-passerade", "-indikatorer"]
        var found: [String] = []
        let sources = ["PlanLayout/Internal/PlanDocumentBuilder.swift", "PlanLayout/Internal/FieldText.swift", "Wording/API/TimeFormatter.swift",
                       "AnalysisLayout/Internal/ReportDocumentBuilder.swift", "AnalysisLayout/Internal/TableLayout.swift",
                       "AnalysisLayout/Internal/ReportWords.swift", "Wording/API/NumberText.swift",
                       "PlanAnalysis/Internal/AnalysisReportBuilder.swift", "FollowUpLayout/Internal/FollowUpBuilder.swift"]
        for name in sources {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for literal in stringLiterals(in: String(line)) where !allowed.contains(literal) {
                    found.append("\(name): \"\(literal)\"")
                }
            }
        }
        #expect(found == [], "Ord i layoutens kod som borde stå i etikettfilen")
    }

    private func stringLiterals(in line: String) -> [String] {
        let parts = line.components(separatedBy: "\"")
        guard parts.count >= 3 else { return [] }
        return stride(from: 1, to: parts.count - 1, by: 2).map { parts[$0] }
            .map { $0.replacingOccurrences(of: "\\\\\\([^)]*\\)", with: "", options: .regularExpression) }
    }

    @Test func yamlSyntaxErrorNamesFileLineAndColumn() throws {
        let broken = try LabelFixture.text().replacingOccurrences(of: "  arbetsgrupp: \"Arbetsgrupp\"", with: "  arbetsgrupp: \"Arbetsgrupp")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: broken, file: "templates/labels.sv.yaml") }
        #expect(error.file == "templates/labels.sv.yaml")
        #expect(error.line != nil && error.column != nil)
        #expect(error.description.hasPrefix("templates/labels.sv.yaml:"))
    }

    @Test func unknownKeyIsReportedWhereItStands() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: "  arbetsgrupp:", with: "  arbetsgrup:")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  arbetsgrup:") }! + 1
        #expect(error.line == line)
        #expect(error.column == 3)
        #expect(error.message.contains("Okänd etikett \"rubrik.arbetsgrup\""))
    }

    @Test func missingKeyIsNamed() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: "  saknas: \"Saknas\"\n", with: "")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        #expect(error.message.hasPrefix("Etiketter saknas: text.saknas."))
    }

    @Test func unknownPlaceholderIsNamed() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: "\"Reviderat {år}\"", with: "\"Reviderat {året}\"")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        #expect(error.message == "Okänd platshållare {året} i \"text.reviderat\"; tillåtna: {år}.")
    }

    /// The line of the label `key: "…"` in `text`.
    private func line(of prefix: String, in text: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) }! + 1
    }

    @Test func anOpenQuoteIsReportedOnItsOwnLineInSwedishWithEveryOtherMistake() throws {
        let text = try LabelFixture.text()
            .replacingOccurrences(of: "  arbetsgrupp: \"Arbetsgrupp\"", with: "  arbetsgrupp: \"Arbetsgrupp")
            .replacingOccurrences(of: "  delmål: \"Delmål\"", with: "  delmål: \"Delmål")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        #expect(error.line == line(of: "  arbetsgrupp:", in: text))
        #expect(error.column == 16)
        #expect(error.message.contains("stängs aldrig"))
        #expect(error.further.map(\.line) == [line(of: "  delmål:", in: text)])
    }

    @Test func yamlErrorsAreInSwedish() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: "  arbetsgrupp: \"Arbetsgrupp\"", with: "  arbetsgrupp: Arbets: grupp")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        #expect(error.line == line(of: "  arbetsgrupp:", in: text))
        #expect(error.message.hasPrefix("YAML-fel: Ett kolon (:) i en text utan citattecken."))
        #expect(!error.message.contains("mapping"))
    }

    @Test func curlyQuotesEmptyLabelsAndMissingPlaceholdersAreAllReported() throws {
        let text = try LabelFixture.text()
            .replacingOccurrences(of: "  arbetsgrupp: \"Arbetsgrupp\"", with: "  arbetsgrupp: ”Arbetsgrupp”")
            .replacingOccurrences(of: "  delmål: \"Delmål\"", with: "  delmål: \"\"")
            .replacingOccurrences(of: "  fastställd: \"Fastställd {datum}\"", with: "  fastställd: \"Fastställd\"")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        let all = [error] + error.further
        #expect(all.count == 3, "\(error)")
        #expect(all.contains { $0.line == line(of: "  arbetsgrupp:", in: text) && $0.message.contains("typografiska citattecken") })
        #expect(all.contains { $0.line == line(of: "  delmål:", in: text) && $0.message.contains("är tom") })
        #expect(all.contains { $0.line == line(of: "  fastställd:", in: text) && $0.message.contains("{datum} saknas") })
        #expect(error.description.split(separator: "\n").count == 3)
    }

    @Test func placeholdersAreFilledIn() throws {
        let labels = try LabelFixture.labels()
        #expect(labels.text(.goalHeading, ["nummer": "1.1", "rubrik": "Föräldrar"]) == "Mål 1.1 Föräldrar")
        #expect(labels.inlines(.datedFollowUp, ["tid": [.strong([.text("Maj 2020")])], "text": [.text("Klart.")]])
            == [.strong([.text("Maj 2020")]), .text(": "), .text("Klart.")])
    }
}

@Suite("The label file's month names")
struct MonthNameTests {
    @Test func twelveNamesAreRequired() throws {
        let text = try LabelFixture.text().replacingOccurrences(of: ", december\"", with: "\"")
        let error = try #require(throws: TemplateError.self) { try Labels(yaml: text, file: "labels.yaml") }
        #expect(error.message == "\"tid.månader\" ska innehålla tolv månadsnamn med komma emellan.")
        #expect(error.line != nil)
    }

    @Test("an organisation's partial label file replaces only its entries")
    func partialFile() throws {
        let own = try LabelFixture.labels().overridden(by: "omslag:\n  reviderad: \"Uppdaterad {datum}\"\n",
                                                       file: "templates/vanersborg/labels.sv.yaml")
        let metadata = HandlingsplanLayout(labels: own).document(for: vänersborg).metadata
        #expect(metadata.adoption == "Fastställd av närsjukvårdsgrupp barn och unga i Vänersborg 2020-06-04")
        #expect(metadata.revisions == "Uppdaterad 2021-09-20, 2022-11-21")
        #expect(own.text(.missing) == "Saknas", "entries the file leaves out keep the shared text")
        let error = try #require(throws: TemplateError.self) {
            try LabelFixture.labels().overridden(by: "omslag:\n  reviderd: \"x\"\n", file: "egen.yaml")
        }
        #expect(error.message.contains("Okänd etikett \"omslag.reviderd\""))
    }
}

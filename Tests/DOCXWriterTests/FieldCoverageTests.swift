import Foundation
import PlanModel
import Rendering
import Testing

/// Every field a process leader can write reaches every document: for each table layout, a
/// plan fills every field of the model with a distinct sentinel, and every sentinel must
/// appear in the text, the web page and the Word document.
///
/// Where each field goes (all layouts unless said):
/// - cover: titel, undertitel, organisationer, förvaltningar, period, fastställd (av, datum),
///   revideringar; signatures close the document (namn, titel, förvaltning);
/// - chapters, fokusområden and goals are headings (nummer, rubrik), their text follows;
/// - under a goal's heading: "Bidrar till regionalt mål {id} {rubrik}" per regional goal
///   (in italics; a link on the regional site), the goal's text, then the lead
///   ("Lokal handlingsplan: …");
/// - delmål layout: the activity cell holds namn, vad and the activity's indicators; each
///   row its delmål, när, ansvar and follow-ups; Tanum's layout: the *Vad* cell holds vad
///   and the rows' delmål; the theme layout lists each activity with its rows as lines
///   (Delmål:, När:, Ansvar:, Uppföljning:) and its indicators;
/// - a goal's `Indikatorer`, `KortsiktigaMål` period and `LångsiktigaMål` follow its activities
///   under "Mätbara indikatorer för uppföljning" and "Långsiktiga mål";
/// - an indicator: "{text} ({slag} · {källa})", then "Utgångsvärde: …" and "Målvärde: …";
/// - a link's address: the href on the web, a relationship in Word, the text writer's URL.
/// Not printed on paper, by design: the plan's `id` (file names), its `mallmapp` (template
/// folder), an activity's `typ` (analysis only), a regional goal's own text (its page on the
/// regional site), the page orientation (a layout choice, not text), the short title (the
/// title again, shortened for Word's running header), the plan's `kommunkod` (joins Kolada
/// figures in the follow-up report), and source locations.
@Suite struct FieldCoverageTests {
    @Test(arguments: [Tabellayout.delmål, .vadOchIndikator, .teman])
    func everySentinelAppearsInEveryFormat(layout: Tabellayout) throws {
        let plan = SentinelPlan.plan(layout)
        let walk = ModelWalk(plan)
        #expect(walk.unfilled == [], "Fält i modellen som sentinelplanen inte fyller: lägg till dem i SentinelPlan")
        #expect(walk.foreignStrings == [], "Texter i sentinelplanen som inte är sentineler")
        #expect(Set(walk.sentinels).count == walk.sentinels.count, "Sentinelerna ska vara olika")
        #expect(walk.sentinels.count > 50)

        let renderer = Renderer(templates: ExampleFiles.templates)
        let text = try String(decoding: renderer.render(plan, as: .txt), as: UTF8.self)
        let html = try String(decoding: renderer.render(plan, as: .html), as: UTF8.self)
        let docx = try UnpackedDOCX(renderer.render(plan, as: .docx))
        let word = try docx.part("word/document.xml").wordText + docx.text("word/_rels/document.xml.rels")
        for (format, output) in [("txt", text), ("html", html), ("docx", word)] {
            let missing = walk.sentinels.filter { !output.contains($0) }
            #expect(missing == [], "Saknas i \(format) (\(layout))")
        }
        // The kinds of indicators are words, not sentinels: each stands beside its source.
        for output in [text, html, try docx.part("word/document.xml").wordText] {
            #expect(output.contains("SNT062 (resultat · Kolada SNT063)"))
            #expect(output.contains("SNT071 (process · SNT072)"))
            #expect(output.contains("Utgångsvärde: 79 SNT064 (2022)"))
            #expect(output.contains("Målvärde: 85,5 SNT065 (2025)"))
        }
    }

    @Test func typedIndicatorsInTheSubGoalLayoutShowKindSourceBaselineAndTarget() throws {
        // Written as a process leader would: indicators typed in an activity and in the goal.
        let plan = Handlingsplan(id: "nykommun", organisationer: ["Nya kommunen"], titel: "Handlingsplan",
                                 period: .årsintervall(2023, 2025), tabellayout: .delmål) {
            Fokus(.förebyggandeOchFrämjande) {
                Mål("1.3", "Barn och unga ska ha en god skolgång") {
                    Aktivitet("Närvaroteam i grundskolan") {
                        Delmål("Alla skolor har en närvaroplan", när: [.läsår(2023)], ansvar: "Elevhälsan")
                        Indikator("Andel elever som känner sig trygga i skolan", .resultat, källa: .enkät("Skolenkäten"),
                                  utgångsvärde: Mätvärde(79, "%", .år(2022)), målvärde: Mätvärde(85, "%", .år(2025)))
                    }
                    Indikatorer {
                        Indikator("Andel elever i åk 9 som är behöriga till ett yrkesprogram", .resultat,
                                  källa: .kolada("N15419"), utgångsvärde: Mätvärde(81.5, "%", .år(2022)))
                        Indikator("Antal närvaroplaner", .process)
                    }
                }
            }
        }
        let renderer = Renderer(templates: ExampleFiles.templates)
        let text = try String(decoding: renderer.render(plan, as: .txt), as: UTF8.self)
        // Table cells carry soft hyphens on the web; read the words without them.
        let html = try String(decoding: renderer.render(plan, as: .html), as: UTF8.self)
            .replacingOccurrences(of: "\u{AD}", with: "").replacingOccurrences(of: "&shy;", with: "")
        let word = try UnpackedDOCX(renderer.render(plan, as: .docx)).part("word/document.xml").wordText
        // The text writer wraps lines; read it as one line.
        let unwrapped = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for output in [unwrapped, html, word] {
            #expect(output.contains("Andel elever som känner sig trygga i skolan (resultat · Skolenkäten)"))
            #expect(output.contains("Utgångsvärde: 79 % (2022)"))
            #expect(output.contains("Målvärde: 85 % (2025)"))
            #expect(output.contains("Mätbara indikatorer för uppföljning"))
            #expect(output.contains("Andel elever i åk 9 som är behöriga till ett yrkesprogram (resultat · Kolada N15419)"))
            #expect(output.contains("Utgångsvärde: 81,5 % (2022)"))
            #expect(output.contains("Antal närvaroplaner (process)"))
        }
    }

    @Test(arguments: [Tabellayout.delmål, .vadOchIndikator, .teman])
    func everyFieldHasAPlaceInTheOpenDataSchema(layout: Tabellayout) throws {
        // The schema forbids unknown keys, so a field the model gains without a place in
        // schema/handlingsplan.schema.json fails here; the export also reads back unchanged.
        let plan = SentinelPlan.plan(layout, implementing: SentinelPlan.regionalGoalWithRealId)
        let json = try plan.json()
        #expect(try Handlingsplan(json: json) == plan)
        let file = try Repository.temporaryDirectory("schema").appendingPathComponent("sentinel.json")
        try json.write(to: file)
        let python = try Tool.require("python3", package: "python3")
        let result = try Tool.run(python, [Repository.root.appendingPathComponent("scripts/validate_json.py").path,
                                           Repository.root.appendingPathComponent("schema/handlingsplan.schema.json").path,
                                           file.path])
        #expect(result.status == 0, "\(result.text)\(result.errors)")
    }

    @Test func aFieldWithoutSentinelFailsTheWalk() {
        var plan = SentinelPlan.plan(.delmål)
        plan.undertitel = nil
        plan.innehåll.append(.text(.stycke(text: "inte en sentinel")))
        let walk = ModelWalk(plan)
        #expect(walk.unfilled == ["Handlingsplan.undertitel"])
        #expect(walk.foreignStrings == ["inte en sentinel"])
    }
}

/// Walks a value's stored properties with `Mirror`: collects every string, and notes every
/// optional or collection property (by type and name) that is never filled anywhere, so a
/// field added to the model fails the coverage test until the sentinel plan fills it.
struct ModelWalk {
    private(set) var sentinels: [String] = []
    private(set) var foreignStrings: [String] = []
    private var seen: Set<String> = []
    private var filled: Set<String> = []
    /// Fields deliberately outside the test (see FieldCoverageTests).
    private static let exempt: Set<String> = [
        "Handlingsplan.id", "Handlingsplan.kommunkod", "RegionaltMål.text", "Handlingsplan.orientering",
        "Handlingsplan.kortTitel", "Handlingsplan.mallmapp",
    ]

    init(_ plan: Handlingsplan) { visit(plan, owner: nil) }

    var unfilled: [String] { seen.subtracting(filled).subtracting(Self.exempt).sorted() }

    private mutating func visit(_ value: Any, owner: String?) {
        if value is Källplats { return }
        if let string = value as? String {
            let trimmed = string.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("SNT") || trimmed.hasPrefix("https://example.se/SNT") { sentinels.append(trimmed) }
            else if !trimmed.isEmpty { foreignStrings.append(string) }
            return
        }
        let mirror = Mirror(reflecting: value)
        let typeName = String(describing: type(of: value))
        for child in mirror.children {
            switch mirror.displayStyle {
            case .struct?, .class?:
                guard let label = child.label else { continue }
                let field = "\(typeName).\(label)"
                if Self.exempt.contains(field) { continue }
                seen.insert(field)
                if !Self.isEmpty(child.value) { filled.insert(field) }
                visit(child.value, owner: field)
            default:
                visit(child.value, owner: owner)
            }
        }
    }

    private static func isEmpty(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional?, .collection?, .set?, .dictionary?: return mirror.children.isEmpty
        default: return false
        }
    }
}

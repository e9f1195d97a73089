import DocumentModel
import Examples
@testable import HTMLWriter
import Mustache
import PlanModel
import RegionVastraGotaland
import Rendering
import SiteLayout
import Testing

/// The page's values are texts and contents entries that swift-mustache renders at fewer
/// runtime casts than Strings and dictionaries; every feature a template may use renders
/// them as it would render the same values as Strings, lists and dictionaries.
@Suite("Page values: rendered as swift-mustache renders Strings, lists and dictionaries")
struct PageValueTests {
    private static let templates = [
        "{{sprak}}|{{titel}}|{{undertitel}}|{{{dokument}}}|{{sok}}|{{#sok}}S{{/sok}}{{^sok}}N{{/sok}}|{{datum}}|{{resurser}}|{{sidtyp}}",
        "{{#period}}[{{.}}|{{titel}}|{{uppercased(.)}}|{{nyckelord}}]{{/period}}{{^period}}ingen{{/period}}{{utskriftstitel}}",
        "{{uppercased(titel)}}|{{lowercased(titel)}}|{{capitalized(titel)}}|{{reversed(titel)}}|{{empty(titel)}}|{{^empty(beskrivning)}}{{beskrivning}}{{/empty(beskrivning)}}",
        "{{#organisationer}}{{.}}{{index()}}{{first()}}{{last()}}{{odd()}}{{/organisationer}}{{#omslagsrader}}<{{.}}>{{/omslagsrader}}",
        "{{#reversed(organisationer)}}{{.}},{{/reversed(organisationer)}}{{#sorted(organisationer)}}{{.}};{{/sorted(organisationer)}}"
            + "{{count(organisationer)}}{{first(organisationer)}}{{last(organisationer)}}{{empty(organisationer)}}",
        "{{#innehall}}{{rubrik}}#{{ankare}}{{titel}}{{count(underrubriker)}}{{#underrubriker}}<{{rubrik}} {{sidtyp}} {{index()}}>{{/underrubriker}}{{/innehall}}",
        "{{#first(innehall)}}{{rubrik}}{{/first(innehall)}}{{#last(innehall)}}{{ankare}}{{/last(innehall)}}{{count(innehall)}}{{#reversed(innehall)}}{{ankare}}{{/reversed(innehall)}}",
        "{{#titel}}{{#organisationer}}{{.}}{{titel}}{{/organisationer}}{{/titel}}{{titel.text}}{{.titel}}{{innehall.rubrik}}{{rubrik}}",
        "{{#startsida}}{{.}}{{organisation}}{{/startsida}}{{^startsida}}{{organisation}}{{/startsida}}{{#logotyp}}{{.}}{{/logotyp}}{{faststalld}}{{reviderad}}{{andrad}}",
    ]

    @Test("every section, inverted section, transform and lookup renders the same as over plain values, on every example page")
    func sameAsPlainValues() throws {
        let labels = try Package.templates().labels
        let site = RegionalSiteLayout(labels: labels).pages(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga).map(\.document)
        let plans = try Exempel.planer.map { try Package.renderer().document(for: $0) }
        let settings = [PageSettings(date: nil), PageSettings(date: "2023-01-15", kind: .start, startPage: "index.html", search: true,
                                                              assetFolder: "vanersborg/", organisation: "Västra Götalandsregionen")]
        for text in Self.templates {
            let template = try MustacheTemplate(string: ByteHTMLContentType.pragma + text)
            for document in plans + site {
                for setting in settings {
                    let context = PageContext(for: document, body: "<p>B</p>", settings: setting, logo: setting.search ? "logo.svg" : nil)
                    #expect(template.render(context) == template.render(context.dictionary), "\(text)")
                }
            }
        }
    }

    @Test("absent values are absent, not empty")
    func absent() {
        let context = PageContext(for: Document(metadata: Metadata(title: "T"), blocks: []), body: "", settings: PageSettings(date: nil), logo: nil)
        #expect(context.child(named: "period") == nil && context.child(named: "datum") == nil && context.child(named: "logotyp") == nil)
        #expect(context.child(named: "rubrik") == nil && context.child(named: "okand") == nil)
        #expect(Set(context.dictionary.keys) == ["sprak", "titel", "organisationer", "omslagsrader", "nyckelord", "sidtyp", "sok", "resurser",
                                                  "organisation", "innehall", "utskriftstitel", "dokument"])
    }
}

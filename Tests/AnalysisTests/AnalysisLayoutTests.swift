import AnalysisLayout
import AnalysisModel
import DocumentModel
import PlanModel
import Testing
import TextWriter

@Suite("The analysis report layout")
struct AnalysisLayoutTests {
    let layout = AnalysrapportLayout(labels: Fixture.labels)

    @Test("numbers are written the Swedish way: decimal comma, non-breaking space, unit, ~ for estimates",
          arguments: [
              (Tal.msek(6450), "6\u{00A0}450\u{00A0}MSEK"),
              (.cirka(.msek(1034)), "~1\u{00A0}034\u{00A0}MSEK"),
              (.cirka(.procent(42.5, decimaler: 1)), "~42,5\u{00A0}%"),
              (.cirka(.msek(2, decimaler: 1)), "~2,0\u{00A0}MSEK"),
              (.procent(14), "14\u{00A0}%"),
              (.antal(2200), "2\u{00A0}200"),
              (.antal(1_234_567.891, decimaler: 2), "1\u{00A0}234\u{00A0}567,89"),
              (.antal(0.05, decimaler: 2), "0,05"),
              (.antal(-3), "−3"),
          ])
    func tal(_ tal: Tal, _ text: String) {
        #expect(layout.text(tal) == text)
    }

    /// A small report with one of each part that needs a particular block.
    let rapport = Analysrapport(id: "prov", titel: "Prov", utförare: Utförare("Utvärderarna", webbplats: "example.se"),
                                kontakter: [Kontakt("Anna Andersson", epost: "anna@example.se")], period: .år(2021)) {
        Rapportkapitel(1, "Kapitel", ingress: "Ingressen.") {
            Citat("Ett citat.")
            Not("En not.")
            Källa("En källa.")
            Fotnot("*", "En fotnot.")
            Figur("Ett diagram")
            Nyckeltal(.msek(6450), "fördelades")
            Datatabell("Smal", kolumner: [Kolumn("A"), Kolumn("B")]) { Rad("Rad", .procent(1), nil) }
        }
    }

    @Test("quotes are quote blocks, notes and sources note blocks, footnotes paragraphs with their mark")
    func block() {
        let blocks = layout.document(for: rapport).blocks
        #expect(blocks.contains(.quote([.paragraph([.text("Ett citat.")])])))
        #expect(blocks.contains(.note(label: "Not", [.paragraph([.text("En not.")])])))
        #expect(blocks.contains(.note(label: "Källa", [.paragraph([.text("En källa.")])])))
        #expect(blocks.contains(.paragraph([.text("* "), .text("En fotnot.")])))
        #expect(blocks.contains(.figure(Figure(caption: "Figur: Ett diagram",
                                               content: .absent(note: "Diagrammet finns i originalrapporten och återges inte här.")))))
        #expect(blocks.contains(.paragraph([.strong([.text("6\u{00A0}450\u{00A0}MSEK")]), .text(" fördelades")])))
        // A narrow table stays on the portrait page.
        #expect(!blocks.contains(.sectionBreak(.landscape)))
    }

    @Test("the cover names the evaluator, and the contacts close the document")
    func omslag() throws {
        let dokument = layout.document(for: rapport)
        #expect(dokument.metadata.coverNotes == ["Sammanställt av: Utvärderarna, example.se"])
        #expect(dokument.metadata.period == "2021")
        #expect(dokument.blocks.suffix(2) == [
            .heading(Heading(level: 1, text: [.text("Kontakt")], anchor: "kontakt")),
            .bulletList([ListItem([.paragraph([.text("Anna Andersson, anna@example.se")])])]),
        ])
    }

    @Test("an area's list gives times in parentheses, what comes next under its label, and goals it serves indirectly")
    func områdespunkter() {
        let rapport = Analysrapport(id: "prov", titel: "Prov") {
            Rapportkapitel(1, "Kapitel") {
                Målavsnitt(RegionaltMål("V3.1", .vuxna, .enskildasDelaktighet, "Personer ska ha en SIP")) {
                    Fördjupning {
                        Områdesaktiviteter(.simba) {
                            Insats("Genomfört inspirationsdagar", .år(2018), .år(2019), detalj: "Många kom.")
                            Kommande("Mer.", ental: true)
                            Etiketterad("Lokal handlingsplan", "Framtagen.")
                            BidrarIndirekt(RegionaltMål("V4.2", .vuxna, .utsattaGrupper, "x"), RegionaltMål("V5.1", .vuxna, .ledningStyrningOrganisation, "y"))
                        }
                    }
                }
            }
        }
        let text = TextWriter(width: 1000).write(layout.document(for: rapport))
        #expect(text.contains("- Genomfört inspirationsdagar (2018, 2019). Många kom."))
        #expect(text.contains("- Kommande aktivitet: Mer."))
        #expect(text.contains("- Lokal handlingsplan: Framtagen."))
        #expect(text.contains("- Vårdsamverkansområdet uppger att arbetet med mål V4.2 och V5.1 indirekt bidrar till detta mål."))
        #expect(text.contains("Det saknas länsgemensamma aktiviteter för detta mål."))
        #expect(text.contains("Vuxna – 3. Enskildas delaktighet och rättigheter"))
    }

    @Test("the report renders as text within its width, with every chapter and goal heading")
    func text() {
        let text = TextWriter(width: 80).write(Fixture.dokument)
        #expect(text.components(separatedBy: "\n").allSatisfy { $0.count <= 80 })
        for kapitel in ["1 Kort om handlingsplan för psykisk hälsa", "5 Aktiviteter inom handlingsplanens mål 2018-2021", "7 Appendix"] {
            #expect(text.contains("\n" + kapitel + "\n"), "\(kapitel)")
        }
        #expect(text.contains("Sammanfattning: I rapporten presenteras observationer inom tre områden"))
        #expect(Fixture.dokument == AnalysrapportLayout(labels: Fixture.labels).document(for: Fixture.rapport))
    }
}

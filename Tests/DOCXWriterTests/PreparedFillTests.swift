@testable import DOCXWriter
import DocumentModel
import OOXML
import Testing

/// Covers and headers prepared once per run write the bytes that filling their tree and
/// serialising it write, whatever the values.
@Suite struct PreparedFillTests {
    /// Values to fill with: all given, several lines and characters to escape, and none.
    static let valueSets: [[Placeholder: String]] = [
        Placeholder.values(for: Metadata(
            title: "Det goda livet", subtitle: "Handlingsplan", organisations: ["Tanums kommun", "Västra Götalandsregionen"],
            coverNotes: ["Ett", "Två"], period: "2021–2023", adoption: "Fastställd 2021-05-01", revisions: "Reviderad 2022"))
            .merging([.undertitel: "<Barn & unga> \"alla\"\tmed tab", .omslagstext: "\nFörst en tom rad\n"]) { $1 },
        Placeholder.values(for: Metadata(title: "Plan", subtitle: nil, organisations: ["Vänersborgs kommun"], period: "2024")),
        Dictionary(uniqueKeysWithValues: Placeholder.allCases.map { ($0, "") }),
        [:],
    ]

    /// The nodes written inside `w:body` as the prepared fill writes them, and as the tree
    /// filled and serialised: bytes, whether nothing is left, whether a tab is left.
    static func compare(_ nodes: [Node], sourceLocation: SourceLocation = #_sourceLocation) {
        let prepared = PreparedFill(nodes)
        for values in valueSets {
            let filler = PlaceholderFiller(values: values)
            let tree = nodes.flatMap { node -> [Node] in
                guard case .element(let element) = node else { return [node] }
                return filler.fill([element]).map(Node.element)
            }
            let filled = filler.fill(prepared)
            let expected = XMLWriter.fragment(diagnostics: Diagnostics()) { Element("w:body", [], tree).write(to: $0) }
            let written = XMLWriter.fragment(diagnostics: Diagnostics()) { xml in
                xml.start("w:body")
                filled.write(to: xml, diagnostics: Diagnostics())
                xml.end()
            }
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                    "values \(values)", sourceLocation: sourceLocation)
            #expect(filled.isEmpty == tree.isEmpty, sourceLocation: sourceLocation)
            #expect(filled.hasTabs == RunningHeaders.hasTabs(Element("w:body", [], tree)), sourceLocation: sourceLocation)
        }
    }

    static func run(_ text: String, _ attributes: [Attribute] = []) -> Node {
        .element(Element("w:r", elements: [Element("w:rPr", elements: [Element("w:b")]), Element("w:t", attributes, [.text(text)])]))
    }

    static func paragraph(_ children: [Node]) -> Node {
        .element(Element("w:p", [], [.element(Element("w:pPr", elements: [Element("w:pStyle", val: "Title")]))] + children))
    }

    @Test func theBuiltInReferencesCoverAndHeaders() throws {
        let reference = ReferenceDocument.builtIn.content
        #expect(!PlaceholderFiller.names(in: Element("w:body", elements: reference.cover)).isEmpty)
        Self.compare(reference.cover.map(Node.element))
        for part in reference.parts where part.isHeaderOrFooter {
            guard case .xml(let xml) = part.content else { continue }
            Self.compare(xml.root.children)
        }
    }

    @Test func placeholdersSplitOverRunsAndBesideWords() {
        Self.compare([
            Self.paragraph([Self.run("Plan: {{ti"), Self.run("te"), Self.run("l}} för "), Self.run("{{period}}")]),
            Self.paragraph([Self.run("{{ Fastställd }}", [Attribute("xml:space", "preserve")])]),
            Self.paragraph([Self.run("{{organisationer}}"), Self.run(" & {{okänd}} {{ej avslutad")]),
            Self.paragraph([Self.run("{{undertitel}}{{omslagstext}}"), Self.run("  ")]),
            Self.paragraph([Self.run("Inga platshållare"), .element(Element("w:r", elements: [Element("w:tab")]))]),
        ])
    }

    @Test func emptyValuesRemoveParagraphsUnlessTheyMustStay() {
        let sectionEnd = Node.element(Element("w:pPr", elements: [Element("w:sectPr")]))
        let drawing = Node.element(Element("w:r", elements: [Element("w:drawing")]))
        Self.compare([
            Self.paragraph([Self.run("{{reviderad}}"), .element(Element("w:r", elements: [Element("w:ptab")]))]),
            .element(Element("w:p", [], [sectionEnd, Self.run("{{reviderad}}")])),
            Self.paragraph([drawing, Self.run("{{omslagstext}}")]),
            Self.paragraph([Self.run("Reviderad: {{reviderad}}")]),
            .text("\n"),
        ])
        // Only paragraphs that may go: with nothing given, nothing is left.
        Self.compare([Self.paragraph([Self.run("{{reviderad}}")]), Self.paragraph([Self.run(" {{undertitel}} ")])])
    }

    @Test func elementsLeftEmptyAndNestedParagraphs() {
        let removable = Self.paragraph([Self.run("{{reviderad}}")])
        let box = Self.paragraph([.element(Element("w:r", elements: [Element("w:drawing", elements: [
            Element("w:txbxContent", [], [removable, Self.paragraph([Self.run("{{titel}}")])]),
        ])])), Self.run("Efter rutan {{period}}")])
        let cell = Element("w:tc", [], [.element(Element("w:tcPr")), removable])
        let table = Element("w:tbl", elements: [Element("w:tr", elements: [cell, Element("w:tc", [], [removable])])])
        let content = Element("w:sdt", elements: [Element("w:sdtPr"), Element("w:sdtContent", [], [removable, .text("")])])
        Self.compare([.element(table), box, .element(content), .element(Element("w:sdtContent", [], [removable]))])
        // A paragraph that may go inside another that may go.
        Self.compare([.element(Element("w:p", [], [removable, Self.run("{{undertitel}}"), .element(Element("w:r", elements: [Element("w:tab")]))]))])
        // A `w:t` outside a paragraph is left as it is.
        Self.compare([.element(Element("w:sdt", elements: [Element("w:t", [Attribute("w:x", "a\"b")], [.text("{{titel}}")])]))])
    }
}

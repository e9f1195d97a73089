import DocumentModel
import OOXML
import Foundation

// The reference's headers and footers, made for each orientation's own text width: a
// paragraph with tabs gets its right (and centre) tab stops at that section's width, and
// absolute position tabs (`w:ptab`, which LibreOffice places at the portrait margin on a
// landscape page) become ordinary tabs to those stops. Landscape sections refer to copies
// of the parts made for their width; the header's title shortens to fit one line.
struct RunningHeaders {
    /// The header and footer parts of portrait and landscape pages, placeholders filled.
    let parts: [(name: String, type: String, xml: XMLPart, relationships: [Relationship])]
    /// Relationships of the main document to the landscape copies.
    let relationships: [Relationship]
    /// For landscape sections: the reference's relationship id → the copy's.
    let landscapeIds: [String: String]

    /// Suffix of a landscape copy's part name.
    static let landscapeSuffix = "-liggande"
    /// Width of an average character of 9 pt header text, in twips.
    static let characterWidth = 95

    init(reference: ReferenceContent, metadata: Metadata, taken: Set<String>) {
        let portrait = SectionProperties(reference: reference.mainSection, orientation: .portrait, continuation: false)
        let landscape = SectionProperties(reference: reference.mainSection, orientation: .landscape, continuation: false)
        var values = Placeholder.values(for: metadata)
        values[.titel] = Self.title(metadata, textWidth: portrait.textWidth)
        let filler = PlaceholderFiller(values: values)
        var parts: [(name: String, type: String, xml: XMLPart, relationships: [Relationship])] = []
        var relationships: [Relationship] = []
        var landscapeIds: [String: String] = [:]
        var takenIds = taken
        // Drawing ids are unique in the whole document; the copies number theirs after
        // every id the reference's cover, headers and footers use.
        var drawingId = Self.highestDrawingId(in: reference)
        for part in reference.parts where part.isHeaderOrFooter {
            guard case .xml(var xml) = part.content, let type = part.contentType else { continue }
            if let filled = filler.fill([xml.root]).first { xml.root = filled }
            let upright = Self.retabbed(xml, width: portrait.textWidth, styles: reference.styles)
            parts.append((part.name, type, upright, part.relationships))
            guard Self.hasTabs(xml.root),
                  let original = reference.relationships.first(where: {
                      !$0.isExternal && PackagePath.resolve($0.target, from: DOCXPackage.documentPart) == part.name
                  })
            else { continue }
            let name = Self.landscapeName(part.name)
            var id = original.id + "L"
            while takenIds.contains(id) { id += "x" }
            takenIds.insert(id)
            let copy = Self.renumberedDrawings(Self.retabbed(xml, width: landscape.textWidth, styles: reference.styles), after: &drawingId)
            parts.append((name, type, copy, part.relationships))
            relationships.append(Relationship(id: id, type: original.type, target: PackagePath.target(name, from: DOCXPackage.documentPart)))
            landscapeIds[original.id] = id
        }
        self.parts = parts
        self.relationships = relationships
        self.landscapeIds = landscapeIds
    }

    /// "word/header1.xml" → "word/header1-liggande.xml".
    static func landscapeName(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name + landscapeSuffix }
        return String(name[..<dot]) + landscapeSuffix + String(name[dot...])
    }

    /// The plan's short title, else its title, shortened at a word to fit one header line
    /// beside the organisation's name.
    static func title(_ metadata: Metadata, textWidth: Int) -> String {
        if let short = metadata.shortTitle, !short.isEmpty { return short }
        let room = textWidth / characterWidth - (metadata.organisations.first?.count ?? 0) - 4
        guard metadata.title.count > room, room > 10 else { return metadata.title }
        var shortened = ""
        for word in metadata.title.split(separator: " ") {
            let next = shortened.isEmpty ? String(word) : shortened + " " + word
            if next.count + 1 > room { break }
            shortened = next
        }
        return shortened.trimmingCharacters(in: CharacterSet(charactersIn: " –-,:")) + "…"
    }

    /// The highest `wp:docPr` id of the reference's cover, headers and footers.
    static func highestDrawingId(in reference: ReferenceContent) -> Int {
        let roots = reference.cover + reference.parts.compactMap { part -> Element? in
            guard part.isHeaderOrFooter, case .xml(let xml) = part.content else { return nil }
            return xml.root
        }
        return roots.flatMap { $0.descendants("wp:docPr") + ($0.name == "wp:docPr" ? [$0] : []) }
            .compactMap { $0[attribute: "id"].flatMap(Int.init) }.max() ?? 0
    }

    /// The part with each drawing's `wp:docPr` given the next free id; the picture itself
    /// (its relationship to the image, its alt text) stays the same.
    static func renumberedDrawings(_ xml: XMLPart, after last: inout Int) -> XMLPart {
        var copy = xml
        var next = last
        copy.root = xml.root.mapDescendants { element in
            guard element.name == "wp:docPr" else { return [.element(element)] }
            var renumbered = element
            next += 1
            renumbered[attribute: "id"] = String(next)
            return [.element(renumbered)]
        }
        last = next
        return copy
    }

    private static func hasTabs(_ element: Element) -> Bool {
        !element.descendants("w:ptab").isEmpty || !element.descendants("w:tab").isEmpty
    }

    /// Every paragraph with tabs gets its tab stops at `width`.
    static func retabbed(_ xml: XMLPart, width: Int, styles: StyleSheet) -> XMLPart {
        var copy = xml
        copy.root = xml.root.mapDescendants { element in
            guard element.name == "w:p", hasTabs(element) else { return [.element(element)] }
            return [.element(retabbed(paragraph: element, width: width, styles: styles))]
        }
        return copy
    }

    private static func retabbed(paragraph: Element, width: Int, styles: StyleSheet) -> Element {
        var properties = paragraph.first("w:pPr") ?? Element("w:pPr")
        let style = properties.first("w:pStyle")?[attribute: "w:val"]
        let inherited = style.map { styles.tabStops(ofStyle: $0) } ?? []
        let own = properties.first("w:tabs")?.all("w:tab") ?? []
        let centred = paragraph.descendants("w:ptab").contains { $0[attribute: "w:alignment"] == "center" }
            || (inherited + own).contains { $0[attribute: "w:val"] == "center" }
        var stops: [Element] = []
        var cleared: Set<String> = []
        for stop in inherited + own {
            guard let position = stop[attribute: "w:pos"], cleared.insert(position).inserted else { continue }
            stops.append(Element("w:tab", [Attribute("w:val", "clear"), Attribute("w:pos", position)]))
        }
        if centred { stops.append(Element("w:tab", [Attribute("w:val", "center"), Attribute("w:pos", String(width / 2))])) }
        stops.append(Element("w:tab", [Attribute("w:val", "right"), Attribute("w:pos", String(width))]))
        // A stop both cleared and set (the same position) is only set.
        let set = Set(stops.filter { $0[attribute: "w:val"] != "clear" }.compactMap { $0[attribute: "w:pos"] })
        stops = stops.filter { $0[attribute: "w:val"] != "clear" || !set.contains($0[attribute: "w:pos"] ?? "") }
        properties = SchemaOrder.replacing("w:tabs", with: Element("w:tabs", elements: stops), in: properties,
                                           order: ParagraphProperties.order)
        var copy = paragraph.mapDescendants { element in
            element.name == "w:ptab" ? [.element(Element("w:tab"))] : [.element(element)]
        }
        if let index = copy.children.firstIndex(where: { if case .element(let e) = $0 { e.name == "w:pPr" } else { false } }) {
            copy.children[index] = .element(properties)
        } else {
            copy.children.insert(.element(properties), at: 0)
        }
        return copy
    }
}

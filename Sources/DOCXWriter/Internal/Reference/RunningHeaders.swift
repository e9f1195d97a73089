import CacheFiles
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
    let parts: [(name: String, type: String, content: Content, relationships: [Relationship])]
    /// Relationships of the main document to the landscape copies.
    let relationships: [Relationship]
    /// For landscape sections: the reference's relationship id → the copy's.
    let landscapeIds: [String: String]

    /// Suffix of a landscape copy's part name.
    static let landscapeSuffix = "-liggande"
    /// Width of an average character of 9 pt header text, in twips.
    static let characterWidth = 95

    /// What the headers and footers of every document share, made once per run
    /// (`ReferenceParts.prepared()`): each part retabbed for portrait and landscape pages,
    /// its drawings renumbered, and what holds no placeholder filled already.
    struct Templates: Sendable {
        let portrait: SectionProperties
        let landscapeWidth: Int
        let styles: StyleSheet
        let parts: [Template]
        let drawingId: Int

        init(reference: ReferenceContent) {
            portrait = SectionProperties(reference: reference.mainSection, orientation: .portrait, continuation: false)
            landscapeWidth = SectionProperties(reference: reference.mainSection, orientation: .landscape, continuation: false).textWidth
            styles = reference.styles
            // Drawing ids are unique in the whole document; the copies number theirs after
            // every id the reference's cover, headers and footers use.
            drawingId = RunningHeaders.highestDrawingId(in: reference)
            var next = drawingId
            var parts: [Template] = []
            for part in reference.parts where part.isHeaderOrFooter {
                guard case .xml(let xml) = part.content, let type = part.contentType else { continue }
                let original = !RunningHeaders.hasTabs(xml.root) ? nil : reference.relationships.first {
                    !$0.isExternal && PackagePath.resolve($0.target, from: DOCXPackage.documentPart) == part.name
                }
                var prepared: Template.Copies?
                // Filling and retabbing touch different things (texts; tab stops), so filling
                // a retabbed paragraph is retabbing the filled one; but a paragraph holding
                // another (a text box) has the tabs of what filling leaves of it.
                if !xml.root.descendants("w:p").contains(where: { !$0.descendants("w:p").isEmpty }) {
                    var landscape: Prepared?
                    let first = next
                    if original != nil {
                        let retabbed = RunningHeaders.retabbed(xml, width: landscapeWidth, styles: styles)
                        landscape = Prepared(RunningHeaders.renumberedDrawings(retabbed, after: &next))
                    }
                    prepared = Template.Copies(upright: Prepared(RunningHeaders.retabbed(xml, width: portrait.textWidth, styles: styles)),
                                               landscape: landscape, firstDrawingId: first, lastDrawingId: next)
                }
                parts.append(Template(name: part.name, type: type, relationships: part.relationships, xml: xml, original: original,
                                      prepared: prepared))
            }
            self.parts = parts
        }
    }

    /// One header or footer part of the reference.
    struct Template: Sendable {
        let name: String
        let type: String
        let relationships: [Relationship]
        /// The part as the reference has it.
        let xml: XMLPart
        /// The main document's relationship to it, when it has tabs: landscape pages get a copy.
        let original: Relationship?
        /// Its copies ready to fill, unless its paragraphs nest.
        let prepared: Copies?
        /// The part name of its landscape copy, and that as the main document's relationship target.
        let landscapeName: String
        let landscapeTarget: String

        init(name: String, type: String, relationships: [Relationship], xml: XMLPart, original: Relationship?, prepared: Copies?) {
            self.name = name
            self.type = type
            self.relationships = relationships
            self.xml = xml
            self.original = original
            self.prepared = prepared
            landscapeName = RunningHeaders.landscapeName(name)
            landscapeTarget = PackagePath.target(landscapeName, from: DOCXPackage.documentPart)
        }

        struct Copies: Sendable {
            let upright: Prepared
            /// Its drawings numbered from `firstDrawingId`, as they are when every earlier
            /// part with tabs has its landscape copy too.
            let landscape: Prepared?
            let firstDrawingId: Int
            let lastDrawingId: Int
        }
    }

    /// A part whose root's children are prepared for filling.
    struct Prepared: Sendable {
        /// The part with its root's attributes and namespaces, without the children `children` writes.
        let part: XMLPart
        let children: PreparedFill

        init(_ part: XMLPart) {
            self.part = XMLPart(root: Element(part.root.name, part.root.attributes), namespaces: part.namespaces)
            children = PreparedFill(part.root.children)
        }

        func filled(_ filler: PlaceholderFiller) -> Content {
            let filled = filler.fill(children)
            return .prepared(part, filled, hasTabs: filled.hasTabs)
        }
    }

    /// A header or footer part for one document.
    enum Content {
        /// Filled as a whole tree (a part whose paragraphs nest, which is not prepared).
        case tree(XMLPart)
        /// A prepared part's root with its children filled.
        case prepared(XMLPart, PreparedFill.Filled, hasTabs: Bool)

        /// Whether a paragraph of it has tabs.
        var hasTabs: Bool {
            switch self {
            case .tree(let part): RunningHeaders.hasTabs(part.root)
            case .prepared(_, _, let hasTabs): hasTabs
            }
        }

        /// Adds the part to `package` as `name`, of `type`.
        func add(to package: inout PackageBuilder, as name: String, type: String, diagnostics: Diagnostics) throws(WriteFailure) {
            switch self {
            case .tree(let part):
                try package.add(name, type: type, part)
            case .prepared(let part, let children, _):
                try package.add(name, type: type, part) { children.write(to: $0, diagnostics: diagnostics) }
            }
        }
    }

    /// The parts for a document with these `placeholders` (`Placeholder.values(for: metadata)`).
    init(templates: Templates, placeholders: [Placeholder: String], metadata: Metadata, taken: Set<String>) {
        var values = placeholders
        values[.titel] = Self.title(metadata, textWidth: templates.portrait.textWidth)
        let filler = PlaceholderFiller(values: values)
        var parts: [(name: String, type: String, content: Content, relationships: [Relationship])] = []
        var relationships: [Relationship] = []
        var landscapeIds: [String: String] = [:]
        var takenIds = taken
        var drawingId = templates.drawingId
        for template in templates.parts {
            func filled() -> XMLPart {
                var xml = template.xml
                if let root = filler.fill([xml.root]).first { xml.root = root }
                return xml
            }
            let upright = template.prepared?.upright.filled(filler)
                ?? .tree(Self.retabbed(filled(), width: templates.portrait.textWidth, styles: templates.styles))
            parts.append((template.name, template.type, upright, template.relationships))
            // Filling can remove a paragraph, and with it the part's last tab.
            guard let original = template.original, upright.hasTabs else { continue }
            var id = original.id + "L"
            while takenIds.contains(id) { id += "x" }
            takenIds.insert(id)
            let copy: Content
            if let prepared = template.prepared, let landscape = prepared.landscape, drawingId == prepared.firstDrawingId {
                copy = landscape.filled(filler)
                drawingId = prepared.lastDrawingId
            } else {
                copy = .tree(Self.renumberedDrawings(Self.retabbed(filled(), width: templates.landscapeWidth, styles: templates.styles),
                                                     after: &drawingId))
            }
            parts.append((template.landscapeName, template.type, copy, template.relationships))
            relationships.append(Relationship(id: id, type: original.type, target: template.landscapeTarget))
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

    static func hasTabs(_ element: Element) -> Bool {
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

// The templates as a cache entry holds them (`DeflatedPartsCache`): the sections' measures,
// then for each header and footer part of the reference its name, the main document's
// relationship to it and its prepared copies. The parts' trees and relationships
// are the reference's own, taken from it again.
extension RunningHeaders.Templates {
    func encode(to encoder: inout CacheEncoder) {
        portrait.encode(to: &encoder)
        encoder.write(signed: landscapeWidth)
        encoder.write(signed: drawingId)
        encoder.write(parts.count)
        for part in parts {
            encoder.write(part.name)
            encoder.write(part.original != nil)
            if let original = part.original { encoder.write(original) }
            encoder.write(part.prepared != nil)
            guard let prepared = part.prepared else { continue }
            Self.encode(prepared.upright, to: &encoder)
            encoder.write(prepared.landscape != nil)
            if let landscape = prepared.landscape { Self.encode(landscape, to: &encoder) }
            encoder.write(signed: prepared.firstDrawingId)
            encoder.write(signed: prepared.lastDrawingId)
        }
    }

    /// The templates `encode(to:)` wrote for `reference`, or nil when they are not for its
    /// header and footer parts and relationships; the decoder's `failed` tells the rest.
    init?(decoding decoder: inout CacheDecoder, reference: ReferenceContent) {
        portrait = SectionProperties(decoding: &decoder)
        landscapeWidth = decoder.signed()
        styles = reference.styles
        drawingId = decoder.signed()
        // The parts `init(reference:)` makes templates of, in its order.
        let sources = reference.parts.compactMap { part -> (part: CarriedPart, xml: XMLPart, type: String)? in
            guard part.isHeaderOrFooter, case .xml(let xml) = part.content, let type = part.contentType else { return nil }
            return (part, xml, type)
        }
        guard decoder.read() == sources.count else { return nil }
        var parts: [RunningHeaders.Template] = []
        for (source, xml, type) in sources {
            guard decoder.string() == source.name else { return nil }
            let original = decoder.bool() ? decoder.relationship() : nil
            if let original, !reference.relationships.contains(where: { $0.id == original.id }) { return nil }
            var prepared: RunningHeaders.Template.Copies?
            if decoder.bool() {
                let upright = Self.prepared(&decoder)
                let landscape = decoder.bool() ? Self.prepared(&decoder) : nil
                prepared = RunningHeaders.Template.Copies(upright: upright, landscape: landscape,
                                                          firstDrawingId: decoder.signed(), lastDrawingId: decoder.signed())
            }
            parts.append(RunningHeaders.Template(name: source.name, type: type, relationships: source.relationships, xml: xml,
                                                 original: original, prepared: prepared))
        }
        self.parts = parts
    }

    private static func encode(_ prepared: RunningHeaders.Prepared, to encoder: inout CacheEncoder) {
        encoder.write(prepared.part)
        prepared.children.encode(to: &encoder)
    }

    private static func prepared(_ decoder: inout CacheDecoder) -> RunningHeaders.Prepared {
        RunningHeaders.Prepared(part: decoder.part(), children: PreparedFill(decoding: &decoder))
    }
}

extension RunningHeaders.Prepared {
    /// A part prepared before: its root without children, and those children prepared.
    fileprivate init(part: XMLPart, children: PreparedFill) {
        self.part = part
        self.children = children
    }
}

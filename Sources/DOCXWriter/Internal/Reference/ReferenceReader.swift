import DocumentModel
import Foundation
import OOXML

// Reads a reference document (.docx) as Word or LibreOffice saved it: follows the package's
// relationships to the main document, styles, numbering, settings, font table and theme;
// splits the body into the cover (first section) and the rest, whose first table is the
// sample of the tables' look; carries headers, footers and images; and checks what staff may have got wrong (placeholders, alt text), naming the file.
struct ReferenceReader {
    let file: String
    private var archive = PackageReader()
    private var carried: [CarriedPart] = []
    private var carriedNames: Set<String> = []

    init(file: String) { self.file = file }

    /// The checked source of the reference with the bytes `data`, and its style sheet.
    mutating func read(_ data: Data) throws(TemplateError) -> (source: ReferenceSource, styles: StyleSheet) {
        try unpack(data)
        try refuseMacros()
        let rootRelationships = try relationships(of: "")
        guard let main = rootRelationships.first(where: { $0.type == Relationship.officeDocument && !$0.isExternal }) else {
            throw failure("filen saknar huvuddokument; spara den som Word-dokument (.docx) i Word eller LibreOffice.")
        }
        let mainName = PackagePath.resolve(main.target, from: "")
        let mainType = archive.overrides[mainName] ?? ""
        guard mainType.contains("wordprocessingml") else {
            throw failure("filen är inget Word-dokument (huvuddelen har typen \"\(mainType)\").")
        }
        let document = try parse(mainName, normalising: true)
        if document.namespaces.contains(where: { $0.uri == Namespace.strictW }) {
            throw failure("dokumentet är sparat som Strict Open XML; spara det som vanligt Word-dokument (.docx).")
        }
        guard document.root.name == "w:document", let body = document.root.first("w:body") else {
            throw failure("\(mainName) har ingen dokumentkropp (w:body).")
        }
        let documentRelationships = try relationships(of: mainName)
        func part(_ type: String) throws(TemplateError) -> XMLPart? {
            guard let relationship = documentRelationships.first(where: { $0.type == type && !$0.isExternal }) else { return nil }
            return try parse(PackagePath.resolve(relationship.target, from: mainName), normalising: true)
        }

        let children = body.elements
        let mainSection = children.last { $0.name == "w:sectPr" } ?? DefaultReference.section(headers: [])
        let content = children.filter { $0.name != "w:sectPr" }
        let coverEnd = content.firstIndex { $0.name == "w:p" && $0.first("w:pPr")?.first("w:sectPr") != nil }
        let cover = coverEnd.map { Array(content[...$0]) } ?? content
        let rest = coverEnd.map { Array(content[($0 + 1)...]) } ?? []

        let stylesPart = try part(Relationship.styles)
        let numberingPart = try part(Relationship.numbering)
        // Made here to find the contents heading by its style, and handed on with the source.
        let styles = StyleSheet(reference: stylesPart)

        var used: [String] = []
        for element in cover + [mainSection] { collectRelationshipIds(element, into: &used) }
        var carriedRelationships: [Relationship] = []
        for id in used {
            guard let relationship = documentRelationships.first(where: { $0.id == id }) else {
                throw failure("\(mainName) hänvisar till relationen \(id), som saknas i dokumentet.")
            }
            if relationship.isExternal {
                try checkExternal(relationship, in: "försättsbladet eller sidinställningarna (\(mainName))")
                carriedRelationships.append(relationship)
            } else {
                let name = PackagePath.resolve(relationship.target, from: mainName)
                try carry(name)
                carriedRelationships.append(Relationship(id: relationship.id, type: relationship.type,
                                                         target: PackagePath.target(name, from: DOCXPackage.documentPart)))
            }
        }

        try checkStructure(cover, place: "försättsbladet", ignorable: Self.ignorable(document.root))
        try checkPlaceholders(in: cover, place: "försättsbladet")
        try checkAltText(in: cover, place: "försättsbladet")
        for part in carried {
            guard case .xml(let xml) = part.content, part.isHeaderOrFooter else { continue }
            let place = (part.contentType == ContentType.header ? "sidhuvudet" : "sidfoten") + " (\(part.name))"
            let root = part.contentType == ContentType.header ? "w:hdr" : "w:ftr"
            guard xml.root.name == root else {
                throw failure("\(place) är ingen giltig del: den ska börja med <\(root)> men börjar med <\(xml.root.name)>. "
                    + "Spara referensdokumentet på nytt i Word eller LibreOffice.")
            }
            try checkStructure(xml.root.elements, place: place, ignorable: Self.ignorable(xml.root))
            if xml.root.children.contains(where: { if case .text = $0 { true } else { false } }) {
                throw failure("\(place) har text utanför stycken. Spara referensdokumentet på nytt i Word eller LibreOffice.")
            }
            try checkPlaceholders(in: [xml.root], place: place)
            try checkAltText(in: [xml.root], place: place)
        }

        let tableOfContents = Self.tableOfContents(in: rest, styles: styles)
        let bookmarkIds = (cover + [tableOfContents?.heading].compactMap { $0 })
            .flatMap { $0.descendants("w:bookmarkStart") }.compactMap { $0[attribute: "w:id"].flatMap(Int.init) }
        return (ReferenceSource(
            cover: cover, coverEndsSection: coverEnd != nil, mainSection: mainSection,
            documentNamespaces: document.namespaces, documentRootAttributes: document.root.attributes,
            tableOfContents: tableOfContents.map { ($0.heading, $0.instruction) }, firstFreeBookmarkId: (bookmarkIds.max() ?? -1) + 1,
            styles: stylesPart, numbering: numberingPart, tableSample: rest.first { $0.name == "w:tbl" },
            settings: try part(Relationship.settings), fontTable: try part(Relationship.fontTable),
            theme: try part(Relationship.theme), relationships: carriedRelationships, parts: carried), styles)
    }

    // MARK: Package

    private mutating func unpack(_ data: Data) throws(TemplateError) {
        do {
            archive = try PackageReader(data)
        } catch {
            throw failure(error.message)
        }
    }

    private func relationships(of part: String) throws(TemplateError) -> [Relationship] {
        do {
            return try archive.relationships(of: part)
        } catch {
            throw failure(error.message)
        }
    }

    /// A part as a tree; `normalising` puts property lists in schema order (parts whose
    /// content is copied into the output).
    private func parse(_ name: String, normalising: Bool = false) throws(TemplateError) -> XMLPart {
        do {
            var part = try archive.part(name)
            if normalising { part.root = SchemaOrder.normalised(part.root) }
            return part
        } catch {
            throw failure(error.message)
        }
    }

    /// Copies a part and, recursively, what it refers to.
    private mutating func carry(_ name: String) throws(TemplateError) {
        guard carriedNames.insert(name).inserted else { return }
        guard let data = archive.data(name) else { throw failure("delen \(name) saknas i dokumentet.") }
        let fileExtension = PackagePath.fileExtension(name)
        let defaultType = archive.defaults[fileExtension] ?? ContentType.images[fileExtension] ?? "application/octet-stream"
        let type = archive.overrides[name]
        let isXML = (type ?? defaultType).hasSuffix("xml")
        let relationships = isXML ? try self.relationships(of: name) : []
        for relationship in relationships {
            if relationship.isExternal {
                try checkExternal(relationship, in: name)
            } else {
                try carry(PackagePath.resolve(relationship.target, from: name))
            }
        }
        carried.append(CarriedPart(name: name, contentType: type, defaultType: defaultType,
                                   content: isXML ? .xml(try parse(name, normalising: true)) : .binary(data),
                                   relationships: relationships))
    }

    private func collectRelationshipIds(_ element: Element, into ids: inout [String]) {
        for attribute in element.attributes where attribute.name.hasPrefix("r:") && !ids.contains(attribute.value) {
            ids.append(attribute.value)
        }
        for child in element.elements { collectRelationshipIds(child, into: &ids) }
    }

    // MARK: Checks

    /// Macros never reach the documents: a reference document saved as .docm (or with a
    /// VBA project inside) is refused rather than stripped, so staff learn it once and the
    /// template in the repository is the file that is actually used.
    private func refuseMacros() throws(TemplateError) {
        let types = archive.overrides.map { ($0.key, $0.value) } + archive.defaults.map { ("*.\($0.key)", $0.value) }
        let macro = archive.partNames.first { name in
            let lowered = name.lowercased()
            return lowered.hasSuffix("vbaproject.bin") || lowered.hasSuffix("vbadata.xml") || lowered.contains("/activex/")
        } ?? types.first { $0.1.lowercased().contains("macroenabled") || $0.1.lowercased().contains("vba") }?.0
        if let macro {
            throw failure("referensdokumentet innehåller makron (\(macro)). Makron hör inte hemma i planernas dokument: "
                + "spara det som Word-dokument (.docx), inte som dokument med makron (.docm), och ta bort makrona.")
        }
    }

    /// An external relationship is allowed only as a hyperlink `LinkPolicy` accepts: an
    /// external picture, template or frame would be fetched when the document is opened,
    /// from a server or from the reader's own disk (`file://`).
    private func checkExternal(_ relationship: Relationship, in place: String) throws(TemplateError) {
        if relationship.type == Relationship.hyperlink, LinkPolicy.address(relationship.target) != nil { return }
        let what = relationship.type == Relationship.hyperlink ? "en länk som inte är tillåten" : "en extern fil"
        throw failure("\(place) hänvisar till \(what) (\(relationship.target)), som skulle hämtas eller öppnas när dokumentet "
            + "öppnas. Bädda in bilden i dokumentet i stället (Infoga > Bild > Från fil) eller ta bort länken; "
            + "länkar får bara gå till adresser som börjar med https:, http:, mailto: eller tel:.")
    }

    /// The elements a cover, header or footer holds at its top level.
    private static let blockElements: Set<String> = [
        "w:p", "w:tbl", "w:sdt", "w:customXml", "w:bookmarkStart", "w:bookmarkEnd", "w:permStart", "w:permEnd",
        "w:proofErr", "w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:moveFromRangeStart", "w:moveFromRangeEnd",
        "w:moveToRangeStart", "w:moveToRangeEnd", "w:commentRangeStart", "w:commentRangeEnd", "w:altChunk",
        "mc:AlternateContent",
    ]

    /// The prefixes a part's root declares `mc:Ignorable`.
    private static func ignorable(_ root: Element) -> Set<String> {
        Set((root[attribute: "mc:Ignorable"] ?? "").split(separator: " ").map(String.init))
    }

    /// Top-level elements must be ones Word puts there: anything else would be copied
    /// into every document and make it invalid.
    private func checkStructure(_ elements: [Element], place: String, ignorable: Set<String>) throws(TemplateError) {
        for element in elements where !Self.blockElements.contains(element.name) {
            let parts = element.name.split(separator: ":")
            let prefix = parts.count == 2 ? String(parts[0]) : ""
            // Elements of the namespaces Word adds (w14, w15 …), and of any the part marks
            // ignorable, are for readers that know them; the others skip them.
            if ignorable.contains(prefix) || (!["w", "mc", ""].contains(prefix) && Namespace.uriByPrefix[prefix] != nil) { continue }
            throw failure("\(place) innehåller <\(element.name)>, som inte hör hemma där i ett Word-dokument. "
                + "Ta bort det eller spara referensdokumentet på nytt i Word eller LibreOffice.")
        }
    }

    private func checkPlaceholders(in elements: [Element], place: String) throws(TemplateError) {
        for element in elements {
            for name in PlaceholderFiller.names(in: element) where Placeholder(name: name) == nil {
                let known = Placeholder.allCases.map(\.written).joined(separator: ", ")
                throw failure("okänd platshållare {{\(name)}} i \(place). Kända platshållare: \(known).")
            }
        }
    }

    // Every picture needs a description for screen readers, unless it is marked decorative.
    private func checkAltText(in elements: [Element], place: String) throws(TemplateError) {
        for element in elements {
            for drawing in element.descendants("w:drawing") {
                for properties in drawing.descendants("wp:docPr") {
                    let description = (properties[attribute: "descr"] ?? "").trimmingSpaces()
                    let decorative = properties.descendants("adec:decorative").contains { $0[attribute: "val"] == "1" }
                    guard description.isEmpty && !decorative else { continue }
                    let name = properties[attribute: "name"] ?? "utan namn"
                    throw failure("bilden \"\(name)\" i \(place) saknar alternativtext. Högerklicka på bilden i Word, "
                        + "välj Visa alternativtext och skriv vad bilden visar, eller markera den som dekorativ. "
                        + "I LibreOffice: högerklicka på bilden, välj Egenskaper…, fliken Alternativ, och skriv vad bilden visar "
                        + "i fältet Alternativ (endast text).")
                }
            }
        }
    }

    private func failure(_ message: String) -> TemplateError {
        TemplateError(file: file, message: message)
    }

    // MARK: Table of contents

    /// The first table-of-contents field after the cover, and the heading paragraph before it.
    static func tableOfContents(in elements: [Element], styles: StyleSheet) -> TableOfContentsTemplate? {
        var heading: Element?
        for paragraph in paragraphs(in: elements) {
            let instruction = (paragraph.descendants("w:fldSimple").first?[attribute: "w:instr"]
                ?? firstFieldInstruction(in: paragraph))
                .trimmingSpaces()
            if instruction.uppercased().hasPrefix("TOC") {
                return TableOfContentsTemplate(heading: heading, instruction: " \(instruction) ")
            }
            if paragraph.first("w:pPr")?.first("w:pStyle")?[attribute: "w:val"] == styles[.tocHeading] {
                heading = paragraph
            }
        }
        return nil
    }

    /// The instruction of the paragraph's first complex field: the `w:instrText` between its
    /// `begin` and `separate` marks (the entries after it hold PAGEREF fields of their own).
    private static func firstFieldInstruction(in paragraph: Element) -> String {
        var instruction = ""
        var inside = false
        func visit(_ element: Element) -> Bool {
            for child in element.elements {
                switch child.name {
                case "w:fldChar":
                    let type = child[attribute: "w:fldCharType"]
                    if type == "begin" && !inside { inside = true } else if inside && type != "begin" { return true }
                case "w:instrText" where inside:
                    instruction += child.text
                default:
                    if visit(child) { return true }
                }
            }
            return false
        }
        _ = visit(paragraph)
        return instruction
    }

    // Paragraphs of the body, including those in content controls (Word wraps its table of
    // contents in one), in order.
    private static func paragraphs(in elements: [Element]) -> [Element] {
        elements.flatMap { element -> [Element] in
            switch element.name {
            case "w:p": return [element]
            case "w:sdt": return paragraphs(in: element.first("w:sdtContent")?.elements ?? [])
            default: return []
            }
        }
    }
}

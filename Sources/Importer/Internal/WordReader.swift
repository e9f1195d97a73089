import Foundation
import OOXML
import PlanModel

// Reads the main document of a .docx into `WordBlock`s with the project's libxml2 and libzip
// (through OOXML): styles give names and heading levels, numbering.xml tells bullets from
// numbers, relationships give link targets.
struct WordReader {
    /// Why the file is not a readable Word document, in Swedish.
    struct Failure: Error {
        let message: String
    }

    private var styleNames: [String: String] = [:]
    private var styleLevels: [String: Int] = [:]
    private var styleNumbering: [String: String] = [:]
    private var orderedLists: [String: Set<Int>] = [:]  // numId → levels that are numbered
    private var links: [String: String] = [:]

    /// What the importer reads of a document: its body, whether any of its sections has
    /// turned pages, and the text of its first page header.
    struct Document {
        var blocks: [WordBlock]
        var landscape: Bool
        var header: [WordParagraph]
    }

    static func read(_ data: Data) throws(Failure) -> Document {
        let package: PackageReader
        do { package = try PackageReader(data) } catch { throw Failure(message: error.message) }
        do {
            guard let main = try package.relationships(of: "").first(where: { $0.type == Relationship.officeDocument && !$0.isExternal }) else {
                throw Failure(message: "filen saknar huvuddokument; spara den som Word-dokument (.docx) i Word eller LibreOffice.")
            }
            let mainName = PackagePath.resolve(main.target, from: "")
            guard (package.overrides[mainName] ?? "").contains("wordprocessingml") else {
                throw Failure(message: "filen är inget Word-dokument (huvuddelen är av fel typ).")
            }
            let document = try package.part(mainName)
            if document.namespaces.contains(where: { $0.uri == Namespace.strictW }) {
                throw Failure(message: "dokumentet är sparat som Strict Open XML; spara det som vanligt Word-dokument (.docx).")
            }
            guard document.root.name == "w:document", let body = document.root.first("w:body") else {
                throw Failure(message: "\(mainName) har ingen dokumentkropp (w:body).")
            }
            var reader = WordReader()
            let relationships = try package.relationships(of: mainName)
            for relationship in relationships where relationship.type == Relationship.hyperlink {
                reader.links[relationship.id] = relationship.target
            }
            func part(_ type: String) throws(PackageReader.Failure) -> XMLPart? {
                guard let relationship = relationships.first(where: { $0.type == type && !$0.isExternal }) else { return nil }
                return try package.part(PackagePath.resolve(relationship.target, from: mainName))
            }
            if let styles = try part(Relationship.styles) { reader.readStyles(styles.root) }
            if let numbering = try part(Relationship.numbering) { reader.readNumbering(numbering.root) }
            let landscape = body.descendants("w:pgSz").contains { $0[attribute: "w:orient"] == "landscape" }
            var header: [WordParagraph] = []
            if let reference = body.descendants("w:headerReference").first(where: { $0[attribute: "w:type"] != "first" }),
               let id = reference[attribute: "r:id"], let relationship = relationships.first(where: { $0.id == id && !$0.isExternal }) {
                let part = try package.part(PackagePath.resolve(relationship.target, from: mainName))
                header = reader.blocks(part.root.elements).compactMap { block in
                    if case .paragraph(let paragraph) = block { return paragraph }
                    return nil
                }
            }
            return Document(blocks: reader.blocks(body.elements), landscape: landscape, header: header)
        } catch let failure as Failure {
            throw failure
        } catch let failure as PackageReader.Failure {
            throw Failure(message: failure.message)
        } catch {
            throw Failure(message: "filen kunde inte läsas.")
        }
    }

    // MARK: Styles and numbering

    private mutating func readStyles(_ root: Element) {
        for style in root.all("w:style") where style[attribute: "w:type"] == "paragraph" {
            guard let id = style[attribute: "w:styleId"] else { continue }
            let name = (style.first("w:name")?[attribute: "w:val"] ?? id).lowercased()
            styleNames[id] = name
            if let level = style.first("w:pPr")?.first("w:outlineLvl")?[attribute: "w:val"].flatMap(Int.init), level < 9 {
                styleLevels[id] = level + 1
            } else if let level = Self.headingLevel(named: name) {
                styleLevels[id] = level
            }
            if let numId = style.first("w:pPr")?.first("w:numPr")?.first("w:numId")?[attribute: "w:val"] {
                styleNumbering[id] = numId
            }
        }
    }

    private static func headingLevel(named name: String) -> Int? {
        for prefix in ["heading ", "rubrik "] where name.hasPrefix(prefix) {
            return Int(name.dropFirst(prefix.count))
        }
        return nil
    }

    /// "heading1" → "heading 1".
    private static func spaced(_ id: String) -> String {
        guard let digits = id.firstIndex(where: \.isNumber) else { return id }
        return id[..<digits] + " " + id[digits...]
    }

    private mutating func readNumbering(_ root: Element) {
        var abstractOrdered: [String: Set<Int>] = [:]
        for abstract in root.all("w:abstractNum") {
            guard let id = abstract[attribute: "w:abstractNumId"] else { continue }
            var levels: Set<Int> = []
            for level in abstract.all("w:lvl") {
                let format = level.first("w:numFmt")?[attribute: "w:val"] ?? "bullet"
                if format != "bullet" && format != "none", let index = level[attribute: "w:ilvl"].flatMap(Int.init) {
                    levels.insert(index)
                }
            }
            abstractOrdered[id] = levels
        }
        for num in root.all("w:num") {
            guard let id = num[attribute: "w:numId"], let abstract = num.first("w:abstractNumId")?[attribute: "w:val"] else { continue }
            orderedLists[id] = abstractOrdered[abstract] ?? []
        }
    }

    // MARK: Blocks

    private func blocks(_ elements: [Element]) -> [WordBlock] {
        elements.flatMap { element -> [WordBlock] in
            switch element.name {
            case "w:p": return [.paragraph(paragraph(element))]
            case "w:tbl": return [.table(table(element))]
            case "w:sdt": return blocks(element.first("w:sdtContent")?.elements ?? [])
            case "w:customXml", "w:ins", "w:smartTag": return blocks(element.elements)
            default: return []
            }
        }
    }

    private func table(_ element: Element) -> WordTable {
        var rows: [[WordCell]] = []
        func collectRows(_ elements: [Element]) {
            for child in elements {
                switch child.name {
                case "w:tr": rows.append(cells(child.elements))
                case "w:sdt": collectRows(child.first("w:sdtContent")?.elements ?? [])
                case "w:customXml", "w:ins": collectRows(child.elements)
                default: break
                }
            }
        }
        collectRows(element.elements)
        return WordTable(rows: rows.filter { !$0.isEmpty })
    }

    private func cells(_ elements: [Element]) -> [WordCell] {
        elements.flatMap { child -> [WordCell] in
            switch child.name {
            case "w:tc":
                let properties = child.first("w:tcPr")
                let merge = properties?.first("w:vMerge")
                let span = properties?.first("w:gridSpan")?[attribute: "w:val"].flatMap(Int.init) ?? 1
                return [WordCell(blocks: blocks(child.elements), span: max(1, span),
                                 continuesAbove: merge != nil && merge?[attribute: "w:val"] != "restart")]
            case "w:sdt": return cells(child.first("w:sdtContent")?.elements ?? [])
            case "w:customXml", "w:ins": return cells(child.elements)
            default: return []
            }
        }
    }

    private func paragraph(_ element: Element) -> WordParagraph {
        let properties = element.first("w:pPr")
        let styleId = properties?.first("w:pStyle")?[attribute: "w:val"] ?? "Normal"
        let style = styleNames[styleId] ?? styleId.lowercased()
        // Without a styles part the id is all there is ("Heading1", "Rubrik1").
        var level = styleLevels[styleId] ?? (styleNames[styleId] == nil ? Self.headingLevel(named: Self.spaced(style)) : nil)
        if let outline = properties?.first("w:outlineLvl")?[attribute: "w:val"].flatMap(Int.init) {
            level = outline < 9 ? outline + 1 : nil
        }
        var list: (level: Int, ordered: Bool)?
        let numbering = properties?.first("w:numPr")
        if let numId = numbering?.first("w:numId")?[attribute: "w:val"] ?? styleNumbering[styleId], numId != "0" {
            let ilvl = numbering?.first("w:ilvl")?[attribute: "w:val"].flatMap(Int.init) ?? 0
            list = (ilvl, orderedLists[numId]?.contains(ilvl) ?? false)
        }
        if level != nil { list = nil }
        var collector = TextCollector(links: links)
        collector.collect(element.elements, format: Format())
        let text = collector.finished
        return WordParagraph(style: style, headingLevel: level, list: list, text: text,
                             endsSection: properties?.first("w:sectPr") != nil,
                             onlyInternalLinks: !text.isEmpty && text.allSatisfy { part in
                                 if case .länk(_, let adress) = part { return adress.hasPrefix("#") }
                                 return part.ren.trimmingCharacters(in: .whitespaces).isEmpty
                             })
    }
}

// Formatting of a run as the plan keeps it.
private struct Format: Equatable {
    var bold = false
    var italic = false
    var link: String?
}

// Walks the inline content of a paragraph: runs, hyperlinks, content controls, tracked
// insertions (kept) and deletions (dropped), fields (their result, not their instruction).
private struct TextCollector {
    let links: [String: String]
    private(set) var parts: [Textdel] = []
    private var pending = ""
    private var pendingFormat = Format()
    private var fieldDepth = 0
    private var inInstruction = false

    init(links: [String: String]) { self.links = links }

    mutating func collect(_ elements: [Element], format: Format) {
        for element in elements {
            switch element.name {
            case "w:r":
                run(element, format: format)
            case "w:hyperlink":
                var inner = format
                if let id = element[attribute: "r:id"], let target = links[id] {
                    inner.link = target
                } else if let anchor = element[attribute: "w:anchor"] {
                    inner.link = "#" + anchor
                }
                collect(element.elements, format: inner)
            case "w:sdt":
                collect(element.first("w:sdtContent")?.elements ?? [], format: format)
            case "w:ins", "w:smartTag", "w:customXml", "w:fldSimple", "w:moveTo":
                collect(element.elements, format: format)
            default:
                break  // w:del, w:moveFrom, bookmarks, proofing marks, properties
            }
        }
    }

    var finished: [Textdel] {
        var copy = self
        copy.flush()
        return copy.parts
    }

    private mutating func run(_ element: Element, format: Format) {
        var format = format
        if let properties = element.first("w:rPr") {
            if let bold = properties.first("w:b") { format.bold = Self.isOn(bold) }
            if let italic = properties.first("w:i") { format.italic = Self.isOn(italic) }
        }
        for child in element.elements {
            switch child.name {
            case "w:fldChar":
                switch child[attribute: "w:fldCharType"] {
                case "begin": fieldDepth += 1; inInstruction = true
                case "separate": inInstruction = false
                case "end": fieldDepth = max(0, fieldDepth - 1); inInstruction = false
                default: break
                }
            case "w:t" where !inInstruction:
                append(child.text, format)
            case "w:tab" where !inInstruction:
                append("\t", format)
            case "w:br", "w:cr":
                if !inInstruction && child[attribute: "w:type"] != "page" && child[attribute: "w:type"] != "column" { append("\n", format) }
            case "w:noBreakHyphen":
                append("-", format)
            case "w:sym":
                if let code = child[attribute: "w:char"].flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(code) {
                    append(String(Character(scalar)), format)
                }
            default:
                break  // w:softHyphen, w:delText, w:instrText, properties, drawings
            }
        }
    }

    private static func isOn(_ element: Element) -> Bool {
        !["0", "false", "off"].contains(element[attribute: "w:val"] ?? "1")
    }

    private mutating func append(_ text: String, _ format: Format) {
        let clean = text.replacingOccurrences(of: "\u{00AD}", with: "").replacingOccurrences(of: "\u{2060}", with: "")
        guard !clean.isEmpty else { return }
        if format != pendingFormat { flush(); pendingFormat = format }
        pending += clean
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        let part: Textdel
        if let link = pendingFormat.link {
            part = .länk(pending, adress: link)
        } else if pendingFormat.italic {
            // Bold and italic is emphasis inside bold text (an activity's name in its band).
            part = .betonad(pending)
        } else if pendingFormat.bold {
            part = .fet(pending)
        } else {
            part = .text(pending)
        }
        // Runs split mid-word by the editing program join again.
        if let last = parts.last, let joined = Self.join(last, part) {
            parts[parts.count - 1] = joined
        } else {
            parts.append(part)
        }
        pending = ""
    }

    private static func join(_ a: Textdel, _ b: Textdel) -> Textdel? {
        switch (a, b) {
        case let (.text(x), .text(y)): return .text(x + y)
        case let (.fet(x), .fet(y)): return .fet(x + y)
        case let (.betonad(x), .betonad(y)): return .betonad(x + y)
        case let (.länk(x, p), .länk(y, q)) where p == q: return .länk(x + y, adress: p)
        default: return nil
        }
    }
}

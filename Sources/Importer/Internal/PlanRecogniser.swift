import Foundation
import PlanModel

// Turns the blocks of a Word plan into DSL source, recognising the parts by their content:
// the cover lines, headings of chapters, fokusområden, goals and themes, the working group,
// activity tables by their header row, follow-ups and times. Every guess becomes a comment
// in the source and a line in the report.
struct PlanRecogniser {
    let file: String
    let id: String
    let layoutOverride: Tabellayout?

    private var blocks: [WordBlock] = []
    private var position = 0
    private var tableNumber = 0
    private var paragraphNumber = 0
    private(set) var report: [String] = []

    private var tabellayout: Tabellayout = .delmål
    private var fokusrubrik: Fokusrubrik = .nummer
    private var underskrifter: [String] = []
    private var headerNotes: [String] = []
    /// The regional goals named in the goal being read ("Bidrar till regionalt mål B1.1 …").
    private var regionalGoals: [String] = []
    private(set) var usesRegionalGoals = false
    /// Every goal and theme, each written as a constant of its own after the plan (the
    /// compiler type-checks each constant by itself, so a big plan builds in time linear in
    /// its size), and the numbers that name them: fokusområde, then goal within it.
    private var goalConstants: [String] = []
    private var fokusNumber = 0
    private var goalNumber = 0

    init(file: String, id: String, layout: Tabellayout?) {
        self.file = file
        self.id = id
        self.layoutOverride = layout
    }

    private enum Context { case top, kapitel, fokus, mål, kortsiktig, långsiktig }

    // MARK: Whole plan

    /// With `landscape`, the document has turned pages, and the plan says so (`orientering`).
    /// The running header's title (after its tab) is the plan's short title where it differs.
    mutating func source(_ blocks: [WordBlock], landscape: Bool = false, header: [WordParagraph] = []) -> String {
        self.blocks = blocks
        let cover = readCover()
        var body = ""
        while position < blocks.count {
            body += content(untilLevel: 0, context: .top, indent: "    ")
        }
        if let layoutOverride { tabellayout = layoutOverride }
        if landscape {
            note("dokumentet", "det har liggande sidor; planen skrivs med orientering: .liggande")
            headerNotes.append("Word-filen har liggande sidor, så planen har orientering: .liggande.")
        }
        guard cover.titel != nil || !body.isEmpty else { return "" }

        // The regional goals (`.b1_1`) are defined beside the examples.
        var out = (usesRegionalGoals ? "import RegionVastraGotaland\n" : "") + "import PlanModel\n\n"
        out += "/// \(cover.titel ?? id): importerad ur \(URL(fileURLWithPath: file).lastPathComponent) med `render import`.\n"
        for note in headerNotes { out += "// Gissning: \(note)\n" }
        if (body + goalConstants.joined()).contains("Aktivitet(") {
            out += "// Komplettera: aktiviteternas typ (typ: .kunskapshöjande …) står inte i Word-filen.\n"
        }
        out += "public let \(Self.identifier(id)): Handlingsplan = Handlingsplan(\n"
        var arguments = ["id: \(SwiftSource.string(id))",
                         "organisationer: [\(cover.organisationer.map(SwiftSource.string).joined(separator: ", "))]",
                         "titel: \(SwiftSource.string(cover.titel ?? id))"]
        if let undertitel = cover.undertitel { arguments.append("undertitel: \(SwiftSource.string(undertitel))") }
        arguments.append("period: \(SwiftSource.tid(cover.period ?? .fritext("Saknas")))")
        if let fastställd = cover.fastställd {
            arguments.append("fastställd: Fastställande(" + (fastställd.av.map { "av: \(SwiftSource.string($0)), " } ?? "")
                             + SwiftSource.datum(fastställd.datum) + ")")
        }
        if !cover.revideringar.isEmpty {
            arguments.append("revideringar: [\(cover.revideringar.map(SwiftSource.datum).joined(separator: ", "))]")
        }
        if !cover.förvaltningar.isEmpty {
            arguments.append("förvaltningar: [\(cover.förvaltningar.map(SwiftSource.string).joined(separator: ", "))]")
        }
        if !underskrifter.isEmpty {
            arguments.append("underskrifter: [\n" + underskrifter.map { "        \($0),\n" }.joined() + "    ]")
        }
        arguments.append("tabellayout: .\(tabellayout.rawValue)")
        if fokusrubrik == .medOrd { arguments.append("fokusrubrik: .medOrd") }
        if landscape { arguments.append("orientering: .liggande") }
        if let line = header.first(where: { $0.plain.contains("\t") }),
           let kortTitel = line.plain.split(separator: "\t").last.map({ $0.trimmingCharacters(in: .whitespaces) }),
           !kortTitel.isEmpty, kortTitel != cover.titel, !cover.organisationer.contains(kortTitel) {
            arguments.append("kortTitel: \(SwiftSource.string(kortTitel))")
            note("sidhuvudet", "sidhuvudets titel \"\(kortTitel)\" skiljer sig från titeln och blir planens kortTitel")
        }
        out += arguments.map { "    " + $0 }.joined(separator: ",\n") + "\n) {\n" + body + "}\n"
        return out + goalConstants.map { "\n" + $0 }.joined()
    }

    static func identifier(_ id: String) -> String {
        let words = id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var name = words.enumerated().map { index, word in index == 0 ? word.lowercased() : word.capitalized }.joined()
        if name.isEmpty || name.first!.isNumber { name = "plan" + name }
        return name
    }

    // MARK: Cover

    private struct Cover {
        var organisationer: [String] = []
        var titel: String?
        var undertitel: String?
        var period: Tid?
        var fastställd: Fastställande?
        var revideringar: [Datum] = []
        var förvaltningar: [String] = []
    }

    private mutating func readCover() -> Cover {
        var cover = Cover()
        var lines: [WordParagraph] = []
        while position < blocks.count, case .paragraph(let paragraph) = blocks[position],
              paragraph.headingLevel == nil, !Self.isTableOfContents(paragraph) {
            position += 1
            paragraphNumber += 1
            if !paragraph.plain.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(paragraph) }
            if paragraph.endsSection { break }
        }
        // A title written as the first heading, followed by the cover's lines (a Markdown
        // or web page saved as Word).
        if !lines.contains(where: { $0.style == "title" || $0.style == "rubrik" }),
           position < blocks.count, case .paragraph(var heading) = blocks[position], heading.headingLevel != nil {
            var end = position + 1
            var coverLines: [WordParagraph] = []
            while end < blocks.count, case .paragraph(let next) = blocks[end], next.headingLevel == nil {
                coverLines.append(next)
                end += 1
            }
            if coverLines.contains(where: { Self.isCoverLine($0.plain) }) {
                heading.style = "title"
                lines.append(heading)
                lines += coverLines.filter { !$0.plain.trimmingCharacters(in: .whitespaces).isEmpty }
                position = end
                note("försättsbladet", "rubriken \"\(heading.plain)\" är planens titel")
                headerNotes.append("rubriken \"\(heading.plain)\" är planens titel, följd av försättsbladets rader.")
            }
        }
        lines.removeAll { $0.onlyInternalLinks || $0.style.contains("caption") }
        var beforeTitle: [String] = []
        for line in lines {
            var text = line.plain.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("Gäller "), TimeParser.parse(String(text.dropFirst("Gäller ".count))) != nil {
                text = String(text.dropFirst("Gäller ".count))
            }
            if line.style == "title" || line.style == "rubrik", cover.titel == nil {
                cover.titel = text
            } else if text.hasPrefix("Fastställd av "), let (av, datum) = Self.splitTrailingDate(String(text.dropFirst("Fastställd av ".count))) {
                cover.fastställd = Fastställande(av: av, datum)
            } else if text.hasPrefix("Fastställd "), let datum = Self.date(String(text.dropFirst("Fastställd ".count))) {
                cover.fastställd = Fastställande(datum)
            } else if text.hasPrefix("Reviderad ") {
                let dates = text.dropFirst("Reviderad ".count).split(separator: ",").compactMap { Self.date(String($0)) }
                cover.revideringar = dates
            } else if cover.titel == nil {
                beforeTitle.append(contentsOf: text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
            } else if cover.period == nil, let period = TimeParser.parse(text) {
                cover.period = period
            } else if Self.isAdministrations(text) {
                cover.förvaltningar.append(text)
            } else if cover.undertitel == nil && cover.period == nil {
                cover.undertitel = text
            } else {
                cover.förvaltningar.append(text)
            }
        }
        if cover.titel == nil, !beforeTitle.isEmpty {
            cover.titel = beforeTitle.removeLast()
            headerNotes.append("titeln är den sista raden före innehållet, \"\(cover.titel!)\".")
            note("försättsbladet", "titeln gissad: \"\(cover.titel!)\"")
        }
        cover.organisationer = beforeTitle.filter { !$0.isEmpty }
        // The layout writes the administrations as one line, separated by spaces.
        if cover.förvaltningar.count == 1, cover.förvaltningar[0].split(separator: " ").allSatisfy({ $0 == $0.uppercased() }) {
            cover.förvaltningar = cover.förvaltningar[0].split(separator: " ").map(String.init)
        }
        // A title that names the period ("… 2020-2022 för barn och unga") stands for it.
        if cover.period == nil, let titel = cover.titel,
           let match = titel.firstMatch(of: /(\d{4})\s*[-–]\s*(\d{4})/), let from = Int(match.1), let to = Int(match.2), from < to {
            cover.period = .årsintervall(from, to)
            headerNotes.append("perioden \(from)–\(to) är tagen ur titeln.")
            note("försättsbladet", "perioden \(from)–\(to) tagen ur titeln")
        }
        if cover.period == nil {
            headerNotes.append("planens period hittades inte på försättsbladet.")
            note("försättsbladet", "perioden saknas; skriven som .fritext(\"Saknas\")")
        }
        if cover.organisationer.isEmpty {
            note("försättsbladet", "ingen organisation hittades")
        }
        return cover
    }

    /// The administrations' abbreviations on one line, as the layout writes them: "AMF SFF SOF".
    private static func isAdministrations(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count > 1 && words.allSatisfy { $0.count <= 6 && $0.allSatisfy { $0.isUppercase } }
    }

    private static func isCoverLine(_ text: String) -> Bool {
        text.hasPrefix("Fastställd") || text.hasPrefix("Reviderad") || text.hasPrefix("Gäller ")
    }

    private static func date(_ text: String) -> Datum? {
        TimeParser.date(text.trimmingCharacters(in: .whitespaces))
    }

    private static func splitTrailingDate(_ text: String) -> (String, Datum)? {
        guard let space = text.lastIndex(of: " "), let datum = date(String(text[text.index(after: space)...])) else { return nil }
        return (String(text[..<space]), datum)
    }

    private static func isTableOfContents(_ paragraph: WordParagraph) -> Bool {
        paragraph.style.hasPrefix("toc") || paragraph.style.hasPrefix("innehåll") || paragraph.style.hasPrefix("contents")
    }

    // MARK: Content

    /// The content up to the next heading at `untilLevel` or above.
    private mutating func content(untilLevel: Int, context: Context, indent: String) -> String {
        var out = ""
        while position < blocks.count {
            switch blocks[position] {
            case .table(let table):
                position += 1
                tableNumber += 1
                out += self.table(table, context: context, indent: indent)
            case .paragraph(let paragraph):
                if Self.isTableOfContents(paragraph) || paragraph.onlyInternalLinks {
                    position += 1
                    continue
                }
                if let level = paragraph.headingLevel {
                    if level <= untilLevel { return out }
                    position += 1
                    paragraphNumber += 1
                    out += heading(paragraph.plain.trimmingCharacters(in: .whitespacesAndNewlines), level: level,
                                   context: context, indent: indent)
                } else {
                    out += textBlock(context: context, indent: indent)
                }
            }
        }
        return out
    }

    private static var fokusPattern: Regex<(Substring, Substring?, Substring, Substring)> { /^(Fokusområde\s+)?([1-5])\.?\s+(.+)$/ }
    private static var målPattern: Regex<(Substring, Substring, Substring)> { /^Mål\s+(\d+(?:\.\d+)*)\.?\s+(.+)$/ }
    private static var kapitelPattern: Regex<(Substring, Substring, Substring)> { /^(\d+(?:\.\d+)*)\.?\s+(.+)$/ }

    private mutating func heading(_ text: String, level: Int, context: Context, indent: String) -> String {
        guard !text.isEmpty else { return "" }
        let lower = text.lowercased()
        if lower == "innehåll" || lower == "innehållsförteckning" { return "" }
        if lower == "arbetsgrupp" || lower == "arbetsgruppen", context == .top || context == .kapitel {
            return workingGroup(indent: indent)
        }
        if lower == "underskrifter" {
            // The layout sets the signatures in a table, two a row, a cell each: the line
            // to sign on, "Namn, titel", then the administration.
            if position < blocks.count, case .table(let table) = blocks[position] {
                position += 1
                tableNumber += 1
                for cell in table.rows.joined() {
                    let lines = cell.paragraphs.map { $0.plain.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty && !$0.allSatisfy { $0 == "_" } }
                    guard let first = lines.first, let comma = first.range(of: ", ") else { continue }
                    var signature = "Underskrift(\(SwiftSource.string(String(first[..<comma.lowerBound]))), titel: \(SwiftSource.string(String(first[comma.upperBound...])))"
                    if lines.count > 1 { signature += ", förvaltning: \(SwiftSource.string(lines[1]))" }
                    underskrifter.append(signature + ")")
                }
            } else {
                readSignatures()
            }
            return ""
        }
        if lower.hasPrefix("utvecklingsbehov") && context == .mål {
            return content(untilLevel: level, context: .mål, indent: indent)
        }
        if lower.hasPrefix("kortsiktiga mål") && (context == .mål) {
            tabellayout = .teman
            let rest = text.dropFirst("kortsiktiga mål och aktiviteter".count).trimmingCharacters(in: .whitespaces)
            let period = rest.isEmpty ? nil : (TimeParser.parse(rest) ?? .fritext(rest))
            let inner = content(untilLevel: level, context: .kortsiktig, indent: indent + "    ")
            return indent + "KortsiktigaMål(\(period.map(SwiftSource.tid) ?? "")) {\n" + inner + indent + "}\n"
        }
        if lower == "långsiktiga mål" && context == .mål {
            let inner = content(untilLevel: level, context: .långsiktig, indent: indent + "    ")
            return indent + "LångsiktigaMål {\n" + inner + indent + "}\n"
        }
        if lower.hasPrefix("mätbara indikatorer") || lower == "indikatorer", context == .kortsiktig || context == .långsiktig {
            return indicators(untilLevel: level, indent: indent)
        }
        if context != .mål, context != .kortsiktig, context != .långsiktig, let match = text.wholeMatch(of: Self.fokusPattern),
           let number = Int(match.2), let område = Fokusområde(rawValue: number),
           match.1 != nil || match.3 == område.namn || followingGoalNumbers(level: level, prefix: "\(number).") {
            if match.1 != nil { fokusrubrik = .medOrd }
            let name = String(match.3)
            let rubrik = name == område.namn ? "" : ", rubrik: \(SwiftSource.string(name))"
            fokusNumber += 1
            goalNumber = 0
            let inner = content(untilLevel: level, context: .fokus, indent: indent + "    ")
            return indent + "Fokus(.\(Self.caseName(område))\(rubrik)) {\n" + inner + indent + "}\n"
        }
        if context == .fokus || context == .kapitel || context == .top, let match = text.wholeMatch(of: Self.målPattern) {
            let name = nextGoalName("mål")
            let (inner, goals) = goalContent(untilLevel: level, indent: "")
            goalConstants.append("private let \(name) = Mål(\(SwiftSource.string(String(match.1))), \(SwiftSource.string(String(match.2)))\(goals)) {\n" + inner + "}\n")
            return indent + name + "\n"
        }
        if context == .fokus {
            let name = nextGoalName("tema")
            let (inner, goals) = goalContent(untilLevel: level, indent: "")
            goalConstants.append("private let \(name) = Tema(\(SwiftSource.string(text))\(goals)) {\n" + inner + "}\n")
            return indent + name + "\n"
        }
        if context == .top || context == .kapitel, position < blocks.count, case .table(let table) = blocks[position],
           let source = effectGoals(table, rubrik: text, indent: indent) {
            position += 1
            tableNumber += 1
            return source
        }
        if context == .top || context == .kapitel {
            var rubrik = text
            var nummer = ""
            if let match = text.wholeMatch(of: Self.kapitelPattern) {
                rubrik = String(match.2)
                nummer = ", nummer: \(SwiftSource.string(String(match.1)))"
            }
            var inner = content(untilLevel: level, context: .kapitel, indent: indent + "    ")
            // The layout sets a fokusområde at level 2 at the deepest, so a chapter at that
            // level without text of its own holds the fokusområden that follow it.
            while level == 2, inner.isEmpty || inner.contains("Fokus("), position < blocks.count, case .paragraph(let next) = blocks[position],
                  next.headingLevel == level, isFokusHeading(next.plain.trimmingCharacters(in: .whitespacesAndNewlines), level: level) {
                position += 1
                paragraphNumber += 1
                inner += heading(next.plain.trimmingCharacters(in: .whitespacesAndNewlines), level: level, context: .kapitel, indent: indent + "    ")
            }
            return indent + "Kapitel(\(SwiftSource.string(rubrik))\(nummer)) {\n" + inner + indent + "}\n"
        }
        note("stycke \(paragraphNumber)", "rubriken \"\(text)\" kan inte stå här i planen; den är kvar som fetstilt stycke")
        return indent + "// Gissning: rubriken \"\(text)\" står kvar som fetstilt stycke.\n"
            + indent + "Stycke { Fet(\(SwiftSource.string(text))) }\n"
    }

    /// Whether the heading at `position` names a fokusområde, as `heading` reads it.
    private func isFokusHeading(_ text: String, level: Int) -> Bool {
        guard let match = text.wholeMatch(of: Self.fokusPattern), let number = Int(match.2),
              let område = Fokusområde(rawValue: number) else { return false }
        return match.1 != nil || match.3 == område.namn || followingGoalNumbers(level: level, from: position + 1, prefix: "\(number).")
    }

    /// The name of the next goal's or theme's constant: "mål1_2" for the second goal of
    /// the first fokusområde (0 before any fokusområde).
    private mutating func nextGoalName(_ kind: String) -> String {
        goalNumber += 1
        return "\(kind)\(fokusNumber)_\(goalNumber)"
    }

    /// A goal's content, and the `genomför:` argument of the regional goals it names.
    private mutating func goalContent(untilLevel level: Int, indent: String) -> (String, String) {
        let outer = regionalGoals
        regionalGoals = []
        let inner = content(untilLevel: level, context: .mål, indent: indent + "    ")
        let goals = regionalGoals.isEmpty ? "" : ", genomför: " + regionalGoals.map { "." + $0 }.joined(separator: ", ")
        regionalGoals = outer
        return (inner, goals)
    }

    /// Whether a goal heading "Mål 1.x" follows before the next heading at `level`.
    private func followingGoalNumbers(level: Int, from start: Int? = nil, prefix: String) -> Bool {
        for block in blocks[min(start ?? position, blocks.count)...] {
            guard case .paragraph(let paragraph) = block, let headingLevel = paragraph.headingLevel else { continue }
            if headingLevel <= level { return false }
            if let match = paragraph.plain.wholeMatch(of: Self.målPattern), match.1.hasPrefix(prefix) { return true }
        }
        return false
    }

    private static func caseName(_ område: Fokusområde) -> String {
        switch område {
        case .förebyggandeOchFrämjande: return "förebyggandeOchFrämjande"
        case .tillgängligaTidigaInsatser: return "tillgängligaTidigaInsatser"
        case .enskildasDelaktighet: return "enskildasDelaktighet"
        case .utsattaGrupper: return "utsattaGrupper"
        case .ledningStyrningOrganisation: return "ledningStyrningOrganisation"
        }
    }

    // MARK: Paragraphs and lists

    private mutating func nextParagraph() -> WordParagraph? {
        guard position < blocks.count, case .paragraph(let paragraph) = blocks[position],
              paragraph.headingLevel == nil else { return nil }
        return paragraph
    }

    private mutating func textBlock(context: Context, indent: String) -> String {
        guard let paragraph = nextParagraph() else { return "" }
        if paragraph.list != nil {
            let items = listItems()
            switch context {
            case .kortsiktig:
                var out = ""
                for item in items { out += activity(item, indent: indent) }
                return out
            case .långsiktig:
                return items.map { indent + SwiftSource.löptext($0.text, indent: indent) + "\n" }.joined()
            case .top, .kapitel, .fokus, .mål:
                return list(items, ordered: paragraph.list!.ordered, indent: indent)
            }
        }
        position += 1
        paragraphNumber += 1
        let parts = Self.trimmed(paragraph.text)
        guard !parts.isEmpty, !Self.isMissing(parts) else { return "" }
        // A table's caption: the table itself says what it holds.
        if paragraph.style == "caption", position < blocks.count, case .table = blocks[position] { return "" }
        if context == .mål, parts.count == 1, let match = paragraph.plain.prefixMatch(of: #/(?:Bidrar till|Genomför) regionalt mål ([A-ZÅÄÖ]+\d+(?:\.\d+)*) /#) {
            // The regional goal's member in the DSL: "B1.1" → `.b1_1`.
            regionalGoals.append(match.1.lowercased().replacingOccurrences(of: ".", with: "_"))
            usesRegionalGoals = true
            return ""
        }
        if context == .mål, case .fet(let label)? = parts.first, label.trimmingCharacters(in: .whitespaces) == "Lokal handlingsplan:" {
            let rest = Self.trimmed(Array(parts.dropFirst()))
            return indent + "Ledtext(\(SwiftSource.löptext(rest, indent: indent)))\n"
        }
        if context == .kortsiktig || context == .långsiktig {
            note("stycke \(paragraphNumber)", "stycket står i ett tema utan att vara en punkt; det blir en aktivitet")
            return indent + "// Gissning: stycket blir en aktivitet.\n" + indent + "Aktivitet(\(SwiftSource.löptext(parts, indent: indent)))\n"
        }
        return indent + stycke(parts, indent: indent) + "\n"
    }

    private func stycke(_ parts: [Textdel], indent: String) -> String {
        if parts.count == 1, case .text(let text) = parts[0] { return "Stycke(\(SwiftSource.string(text)))" }
        return "Stycke {\n" + SwiftSource.textParts(parts, indent: indent + "    ") + indent + "}"
    }

    struct Item {
        var text: [Textdel]
        var more: [[Textdel]] = []
        var children: [Item] = []
    }

    /// Consecutive list paragraphs as a tree by their list level; paragraphs between items
    /// that belong to the item (Word's list continuation) are kept with it.
    private mutating func listItems() -> [Item] {
        var flat: [(level: Int, item: Item)] = []
        while let paragraph = nextParagraph() {
            if let list = paragraph.list {
                flat.append((list.level, Item(text: Self.trimmed(paragraph.text))))
            } else if !flat.isEmpty, paragraph.style.contains("list") || paragraph.style.contains("lista") {
                flat[flat.count - 1].item.more.append(Self.trimmed(paragraph.text))
            } else {
                break
            }
            position += 1
            paragraphNumber += 1
        }
        func build(_ slice: ArraySlice<(level: Int, item: Item)>) -> [Item] {
            var items: [Item] = []
            var index = slice.startIndex
            guard let base = slice.map(\.level).min() else { return [] }
            while index < slice.endIndex {
                var item = slice[index].item
                var end = index + 1
                while end < slice.endIndex, slice[end].level > base { end += 1 }
                item.children = build(slice[(index + 1)..<end])
                items.append(item)
                index = end
            }
            return items
        }
        return build(flat[...])
    }

    private func list(_ items: [Item], ordered: Bool, indent: String) -> String {
        indent + (ordered ? "NumreradLista" : "Punktlista") + " {\n" + listBody(items, indent: indent + "    ") + indent + "}\n"
    }

    private func listBody(_ items: [Item], indent: String) -> String {
        items.map { item in
            if item.children.isEmpty {
                if item.text.count == 1, case .text(let text) = item.text[0] { return indent + SwiftSource.string(text) + "\n" }
                return indent + "Punkt {\n" + SwiftSource.textParts(item.text, indent: indent + "    ") + indent + "}\n"
            }
            return indent + "Punkt(\(SwiftSource.löptext(item.text, indent: indent))) {\n" + listBody(item.children, indent: indent + "    ") + indent + "}\n"
        }.joined()
    }

    // A theme's short-term activity: the item's first paragraph is its name, then what it is,
    // then its rows as the layout lists them ("Delmål: …", "När: …", "Ansvar: …",
    // "Uppföljning:" with a paragraph per follow-up) and its indicators under "Indikatorer:".
    private mutating func activity(_ item: Item, indent: String) -> String {
        let inner = indent + "    "
        var what = ""
        var rows: [Row] = []
        var stage = 0  // 1 delmål, 2 när, 3 ansvar, 4 uppföljning: a field at or before the stage starts a row
        var hasIndicators = false
        func field(_ order: Int) {
            if rows.isEmpty || order <= stage { rows.append(Row()) }
            stage = order
        }
        for parts in item.more {
            let plain = parts.map(\.ren).joined()
            if parts == [.fet("Uppföljning:")] {
                field(4)
            } else if parts == [.fet("Indikatorer:")] {
                hasIndicators = true
                stage = 5
            } else if plain.hasPrefix("Delmål: "), case .text(let first)? = parts.first {
                field(1)
                rows[rows.count - 1].text = [.text(String(first.dropFirst("Delmål: ".count)))] + parts.dropFirst()
            } else if plain.hasPrefix("När: ") {
                field(2)
                rows[rows.count - 1].när = Self.times(String(plain.dropFirst("När: ".count))).map(SwiftSource.tid)
            } else if plain.hasPrefix("Ansvar: ") {
                field(3)
                rows[rows.count - 1].ansvar = SwiftSource.string(String(plain.dropFirst("Ansvar: ".count)))
            } else if stage == 4 {
                var row = rows[rows.count - 1]
                row.uppföljning.append(followUp(parts, location: "stycke \(paragraphNumber)", row: &row, indent: inner + "    "))
                rows[rows.count - 1] = row
            } else {
                what += inner + stycke(parts, indent: inner) + "\n"
            }
        }
        var body = what
        if !item.children.isEmpty {
            if hasIndicators {
                let (lines, comments) = indicatorLines(item.children.map { ($0.text, $0.more.map { $0.map(\.ren).joined() }) },
                                                       location: "stycke \(paragraphNumber)", indent: inner)
                body += comments.map { inner + $0 + "\n" }.joined() + lines
            } else {
                body += list(item.children, ordered: false, indent: inner)
            }
        }
        for row in rows {
            body += row.comments.map { inner + $0 + "\n" }.joined()
            var head = "Delmål(\(row.text.map { SwiftSource.löptext($0, indent: inner) } ?? "nil")"
            if !row.när.isEmpty { head += ", när: [\(row.när.joined(separator: ", "))]" }
            if let ansvar = row.ansvar { head += ", ansvar: \(ansvar)" }
            body += inner + head + ")"
            if !row.uppföljning.isEmpty {
                body += " {\n" + row.uppföljning.map { inner + "    " + $0 + "\n" }.joined() + inner + "}"
            }
            body += "\n"
        }
        let head = indent + "Aktivitet(\(SwiftSource.löptext(item.text, indent: indent)))"
        return body.isEmpty ? head + "\n" : head + " {\n" + body + indent + "}\n"
    }

    /// Times the layout joined with commas: the whole line where it is one time
    /// ("pågående, löpande arbete"), else each part; free text where a part is no time.
    private static func times(_ text: String) -> [Tid] {
        if let tid = TimeParser.parse(text) { return [tid] }
        let parts = text.components(separatedBy: ", ")
        let parsed = parts.compactMap { TimeParser.parse($0) }
        return parsed.count == parts.count ? parsed : [.fritext(text)]
    }

    private mutating func indicators(untilLevel: Int, indent: String) -> String {
        var entries: [(text: [Textdel], values: [String])] = []
        while let paragraph = nextParagraph() {
            if paragraph.list != nil {
                entries += listItems().map { ($0.text, $0.more.map { $0.map(\.ren).joined() }) }
            } else {
                position += 1
                paragraphNumber += 1
                let parts = Self.trimmed(paragraph.text)
                if Self.isMissing(parts) { return indent + "Indikatorer.saknas\n" }
                if Self.isIndicatorValue(paragraph.plain), !entries.isEmpty {
                    entries[entries.count - 1].values.append(paragraph.plain)
                } else if !parts.isEmpty {
                    entries.append((parts, []))
                }
            }
        }
        guard !entries.isEmpty else { return indent + "Indikatorer.saknas\n" }
        let (lines, comments) = indicatorLines(entries, location: "stycke \(paragraphNumber)", indent: indent + "    ")
        return comments.map { indent + $0 + "\n" }.joined() + indent + "Indikatorer {\n" + lines + indent + "}\n"
    }

    private static func isIndicatorValue(_ text: String) -> Bool {
        text.hasPrefix("Utgångsvärde: ") || text.hasPrefix("Målvärde: ")
    }

    /// Indicators as the layout prints them: "text (process · källa)", then the lines
    /// "Utgångsvärde: 79 % (2022)" and "Målvärde: …". Without a kind in the text the
    /// indicator is a process indicator, and that guess is told.
    private mutating func indicatorLines(_ entries: [(text: [Textdel], values: [String])], location: String,
                                         indent: String) -> (String, [String]) {
        var guessed = 0
        let lines = entries.map { entry -> String in
            var parts = entry.text
            var kind = "process"
            var source: String?
            if case .text(let last)? = parts.last, last.hasSuffix(")"),
               let match = last.firstMatch(of: #/\s\((process|resultat)(?: · (.+))?\)$/#) {
                kind = String(match.1)
                source = match.2.map(String.init)
                let rest = String(last[..<match.range.lowerBound])
                if rest.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = .text(rest) }
            } else {
                guessed += 1
            }
            var arguments = [SwiftSource.löptext(parts, indent: indent), "." + kind]
            if let source {
                if let kolada = source.wholeMatch(of: #/Kolada (.+)/#) {
                    arguments.append("källa: .kolada(\(SwiftSource.string(String(kolada.1))))")
                } else {
                    arguments.append("källa: \(SwiftSource.string(source))")
                }
            }
            for value in entry.values {
                for (label, name) in [("Utgångsvärde: ", "utgångsvärde"), ("Målvärde: ", "målvärde")] where value.hasPrefix(label) {
                    arguments.append("\(name): \(Self.measurement(String(value.dropFirst(label.count))))")
                }
            }
            return indent + "Indikator(\(arguments.joined(separator: ", ")))\n"
        }.joined()
        guard guessed > 0 else { return (lines, []) }
        note(location, "indikatorns typ står inte i dokumentet; \(guessed) indikator(er) är satta till .process")
        return (lines, ["// Gissning: \(guessed) indikator(er) utan typ i dokumentet är satta till .process."])
    }

    /// "79 % (2022)", "85,5 SNT065 (2025)", "12" as a `Mätvärde`.
    private static func measurement(_ text: String) -> String {
        var rest = text.trimmingCharacters(in: .whitespaces)
        var time: Tid?
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let inside = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            if let parsed = TimeParser.parse(inside) {
                time = parsed
                rest = rest[..<open].trimmingCharacters(in: .whitespaces)
            }
        }
        let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
        let number = words.first.map { $0.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: ",", with: ".") }
            .flatMap(Double.init)
        guard let number else { return "Mätvärde(0, \(SwiftSource.string(rest)))" }
        var arguments = [number == number.rounded() ? String(Int(number)) : String(number)]
        if words.count > 1 { arguments.append(SwiftSource.string(words[1])) } else if time != nil { arguments.append("nil") }
        if let time { arguments.append(SwiftSource.tid(time)) }
        return "Mätvärde(\(arguments.joined(separator: ", ")))"
    }

    // MARK: Working group and signatures

    private mutating func workingGroup(indent: String) -> String {
        var rows: [String] = []
        while let paragraph = nextParagraph() {
            if paragraph.list == nil && !paragraph.plain.isEmpty && !rows.isEmpty { break }
            position += 1
            paragraphNumber += 1
            guard !paragraph.plain.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            rows.append(member(paragraph))
        }
        return indent + "Arbetsgrupp {\n" + rows.map { indent + "    " + $0 + "\n" }.joined() + indent + "}\n"
    }

    private mutating func member(_ paragraph: WordParagraph) -> String {
        var parts = paragraph.text
        var reviderat: Int?
        if case .betonad(let mark)? = parts.last, let match = mark.wholeMatch(of: /\(Reviderat (\d{4})\)/) {
            reviderat = Int(match.1)
            parts.removeLast()
            parts = Self.trimmed(parts)
        }
        let missing = Self.isMissing(Array(parts.suffix(1)))
        if missing { parts.removeLast() }
        var line = parts.map(\.ren).joined()
        if reviderat != nil, line.hasSuffix(" ") { line.removeLast() }
        var förvaltning = line
        var rest = ""
        for separator in [" – ", " - ", ": "] {
            if let range = line.range(of: separator) {
                förvaltning = String(line[..<range.lowerBound])
                rest = String(line[range.upperBound...])
                break
            }
        }
        if missing, line.hasSuffix(" –") || line.hasSuffix(" -") { förvaltning = String(line.dropLast(2)) }
        var names: [String] = []
        var anmärkning: String?
        if !rest.isEmpty {
            let (namePart, remark) = rest.range(of: ". ").map { (String(rest[..<$0.lowerBound]), String(rest[$0.upperBound...])) } ?? (rest, "")
            let candidates = namePart.components(separatedBy: ", ")
            if candidates.allSatisfy(Self.looksLikeName) {
                names = candidates
                anmärkning = remark.isEmpty ? nil : remark
            } else {
                anmärkning = rest
            }
        }
        var arguments = [SwiftSource.string(förvaltning.trimmingCharacters(in: .whitespaces))] + names.map(SwiftSource.string)
        if let reviderat { arguments.append("reviderat: \(reviderat)") }
        if let anmärkning { arguments.append("anmärkning: \(SwiftSource.string(anmärkning))") }
        return "Medlemmar(\(arguments.joined(separator: ", ")))"
    }

    private static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return !words.isEmpty && words.count <= 5 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "**Namn, titel**" lines, each optionally followed by the signer's administration.
    private mutating func readSignatures() {
        var hasAdministration = true
        while let paragraph = nextParagraph() {
            let parts = Self.trimmed(paragraph.text)
            if parts.isEmpty {
                position += 1
                continue
            }
            if parts.count == 1, case .fet(let line) = parts[0], let comma = line.range(of: ", ") {
                underskrifter.append("Underskrift(\(SwiftSource.string(String(line[..<comma.lowerBound]))), titel: \(SwiftSource.string(String(line[comma.upperBound...]))))")
                hasAdministration = false
            } else if !hasAdministration, let last = underskrifter.popLast() {
                underskrifter.append(String(last.dropLast()) + ", förvaltning: \(SwiftSource.string(paragraph.plain)))")
                hasAdministration = true
            } else {
                return
            }
            position += 1
            paragraphNumber += 1
        }
    }

    // MARK: Tables

    private enum Column: Equatable { case aktivitet, delmål, vad, indikator, när, ansvar, uppföljning }

    private mutating func table(_ table: WordTable, context: Context, indent: String) -> String {
        guard var header = table.rows.first else { return "" }
        // The band layout: "Aktivitet" across the table, then the columns of the activities'
        // rows; each activity is a band row naming it. A Markdown route drops the span and
        // leaves the other header cells empty.
        let bands = table.rows.count > 1 && Self.isBand(header)
            && Self.column(header[0].plain.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) == .aktivitet
            && !table.rows[1].contains { Self.column($0.plain.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) == .aktivitet }
        if bands { header = table.rows[1] }
        var columns: [Column?] = []
        var loose: [String] = []
        for cell in header {
            let text = cell.plain.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            var column = Self.column(text)
            if column == nil {
                column = [("aktivitet", Column.aktivitet), ("delmål", .delmål), ("indikator", .indikator),
                          ("när", .när), ("tid", .när), ("ansvar", .ansvar), ("uppföljning", .uppföljning), ("vad", .vad)]
                    .first { text.contains($0.0) }?.1
                if column != nil { loose.append(text) }
            }
            columns += Array(repeating: column, count: cell.span)
        }
        guard context == .mål, bands || columns.contains(.aktivitet),
              columns.contains(.när) || columns.contains(.ansvar) || columns.contains(.uppföljning) else {
            return unknownTable(table, indent: indent)
        }
        var out = ""
        if !loose.isEmpty {
            note("tabell \(tableNumber), rad 1", "kolumnrubrikerna \(loose.map { "\"\($0)\"" }.joined(separator: ", ")) tolkade ungefärligt")
            out += indent + "// Gissning: tabell \(tableNumber) har kolumnrubrikerna \(loose.joined(separator: ", ")), tolkade ungefärligt.\n"
        }
        let whatAndIndicator = columns.contains(.vad) || columns.contains(.indikator)
        if whatAndIndicator { tabellayout = .vadOchIndikator }

        // The grid, with merged cells resolved to the cell that starts them.
        var activities: [(name: WordCell, first: [Column: WordCell], rows: [[Column: WordCell]], row: Int)] = []
        for (rowIndex, row) in table.rows.enumerated().dropFirst(bands ? 2 : 1) {
            if bands {
                if Self.isBand(row) {
                    activities.append((row[0], [:], [], rowIndex + 1))
                    continue
                }
                if !activities.isEmpty {
                    var cells: [Column: WordCell] = [:]
                    var column = 0
                    for cell in row {
                        if column < columns.count, let role = columns[column], !cell.continuesAbove, cells[role] == nil { cells[role] = cell }
                        column += cell.span
                    }
                    if activities[activities.count - 1].rows.isEmpty { activities[activities.count - 1].first = cells }
                    activities[activities.count - 1].rows.append(cells)
                    continue
                }
                note("tabell \(tableNumber), rad \(rowIndex + 1)", "raden står före första aktiviteten och läses som en egen aktivitet")
            }
            var cells: [Column: WordCell] = [:]
            var continued: Set<Column> = []
            var column = 0
            for cell in row {
                if column < columns.count, let role = columns[column] {
                    if cell.continuesAbove { continued.insert(role) } else if cells[role] == nil { cells[role] = cell }
                }
                column += cell.span
            }
            // A row whose activity cell is empty continues the activity above (a table
            // without merged cells).
            let emptyActivity = cells[.aktivitet].map { $0.plain.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? true
            if emptyActivity, !continued.contains(.aktivitet), !activities.isEmpty {
                note("tabell \(tableNumber), rad \(rowIndex + 1)", "raden saknar aktivitet och räknas till aktiviteten ovanför")
            }
            let startsActivity = !continued.contains(.aktivitet) && !emptyActivity
            if startsActivity || activities.isEmpty {
                activities.append((cells[.aktivitet] ?? WordCell(blocks: [], span: 1, continuesAbove: false),
                                   cells, [cells], rowIndex + 1))
            } else {
                activities[activities.count - 1].rows.append(cells)
            }
        }
        for activity in activities {
            out += self.activity(activity, whatAndIndicator: whatAndIndicator, band: bands, indent: indent)
        }
        return out
    }

    private static func column(_ text: String) -> Column? {
        switch text {
        case "aktivitet", "aktiviteter", "insats", "insatser": return .aktivitet
        case "delmål": return .delmål
        case "vad": return .vad
        case "indikator", "indikatorer": return .indikator
        case "när", "tid", "tidsplan": return .när
        case "ansvar", "ansvarig", "ansvariga": return .ansvar
        case "uppföljning": return .uppföljning
        default: return nil
        }
    }

    /// A row across the table: one cell, or a first cell whose neighbours are empty (a
    /// route that drops spans) or repeat it (one that copies them).
    private static func isBand(_ row: [WordCell]) -> Bool {
        guard let first = row.first, !first.continuesAbove else { return false }
        let text = first.plain.trimmingCharacters(in: .whitespacesAndNewlines)
        // A row of missing marks ("Saknas" in every cell) is an activity's empty row.
        guard !text.isEmpty, !(first.paragraphs.count == 1 && isMissing(trimmed(first.paragraphs[0].text))) else { return false }
        return row.dropFirst().allSatisfy { cell in
            let other = cell.plain.trimmingCharacters(in: .whitespacesAndNewlines)
            return !cell.continuesAbove && (other.isEmpty || other == text)
        }
    }

    private mutating func activity(_ activity: (name: WordCell, first: [Column: WordCell], rows: [[Column: WordCell]], row: Int),
                                   whatAndIndicator: Bool, band: Bool, indent: String) -> String {
        let location = "tabell \(tableNumber), rad \(activity.row)"
        let (nameParts, vad) = nameAndWhat(activity.name, band: band, indent: indent + "    ")
        var inner = ""
        var subGoals: [[Textdel]] = []
        if whatAndIndicator {
            if var cell = activity.first[.vad] {
                // The layout lists the rows' delmål below what is done: "Delmål: …".
                cell.blocks = cell.paragraphs.filter { paragraph in
                    guard paragraph.plain.hasPrefix("Delmål: "), case .text(let first)? = paragraph.text.first else { return true }
                    subGoals.append(Self.trimmed([.text(String(first.dropFirst("Delmål: ".count)))] + paragraph.text.dropFirst()))
                    return false
                }.map(WordBlock.paragraph)
                inner += cellBlocks(cell, indent: indent + "    ")
            }
            if let cell = activity.first[.indikator] {
                var entries: [(text: [Textdel], values: [String])] = []
                for paragraph in cell.paragraphs {
                    let parts = Self.trimmed(paragraph.text)
                    guard !parts.isEmpty, !Self.isMissing(parts) else { continue }
                    if Self.isIndicatorValue(paragraph.plain), !entries.isEmpty {
                        entries[entries.count - 1].values.append(paragraph.plain)
                    } else {
                        entries.append((parts, []))
                    }
                }
                let (lines, comments) = indicatorLines(entries, location: location, indent: indent + "    ")
                inner += comments.map { indent + "    " + $0 + "\n" }.joined() + lines
            }
        } else {
            inner += vad
        }
        var rows = activity.rows.enumerated().map { index, cells in
            row(cells, location: "tabell \(tableNumber), rad \(activity.row + index)", indent: indent + "    ")
        }
        if !subGoals.isEmpty {
            if subGoals.count != rows.count, !rows.isEmpty {
                note(location, "\(subGoals.count) delmål i Vad-kolumnen men \(rows.count) rader; delmålen hör till de första raderna")
                rows[0].comments.append("// Gissning: delmålen i Vad-kolumnen hör till de första raderna.")
            }
            for (index, text) in subGoals.enumerated() where index < rows.count { rows[index].text = text }
            if subGoals.count > rows.count { rows += subGoals.dropFirst(rows.count).map { Row(text: $0) } }
        }
        if whatAndIndicator, rows.count == 1, rows[0].text == nil {
            // One row: its time and responsibility are the activity's own, as examples/ write them.
            let row = rows[0]
            var head = "Aktivitet(\(SwiftSource.löptext(nameParts, indent: indent))"
            if !row.när.isEmpty { head += ", när: [\(row.när.joined(separator: ", "))]" }
            if let ansvar = row.ansvar { head += ", ansvar: \(ansvar)" }
            head += ")"
            let comments = row.comments.map { indent + $0 + "\n" }.joined()
            var out = comments + indent + head
            if !inner.isEmpty || !row.uppföljning.isEmpty { out += " {\n" + inner + indent + "}" }
            if !row.uppföljning.isEmpty {
                if inner.isEmpty { out += " {\n" + indent + "}" }
                out += " uppföljning: {\n" + row.uppföljning.map { indent + "    " + $0 + "\n" }.joined() + indent + "}"
            }
            return out + "\n"
        }
        for row in rows {
            inner += row.comments.map { indent + "    " + $0 + "\n" }.joined()
            var head = "Delmål(\(row.text.map { SwiftSource.löptext($0, indent: indent + "    ") } ?? "nil")"
            if !row.när.isEmpty { head += ", när: [\(row.när.joined(separator: ", "))]" }
            if let ansvar = row.ansvar { head += ", ansvar: \(ansvar)" }
            head += ")"
            inner += indent + "    " + head
            if !row.uppföljning.isEmpty {
                inner += " {\n" + row.uppföljning.map { indent + "        " + $0 + "\n" }.joined() + indent + "    }"
            }
            inner += "\n"
        }
        return indent + "Aktivitet(\(SwiftSource.löptext(nameParts, indent: indent))) {\n" + inner + indent + "}\n"
    }

    /// The activity cell: its paragraphs joined as the name, its lists (the layout writes
    /// what the activity is below its name) as blocks. In a band the name is the leading
    /// bold paragraphs, and the paragraphs after them say what the activity is.
    private mutating func nameAndWhat(_ cell: WordCell, band: Bool, indent: String) -> ([Textdel], String) {
        var name: [Textdel] = []
        var rest: [WordParagraph] = []
        for paragraph in cell.paragraphs {
            let parts = Self.trimmed(paragraph.text)
            if paragraph.list != nil || !rest.isEmpty || parts == [.fet("Indikatorer:")] {
                rest.append(paragraph)
            } else if band {
                // Bold throughout, but for emphasis (bold and italic) and spaces.
                let bold = parts.map { part -> Textdel? in
                    switch part {
                    case .fet(let text): return .text(text)
                    case .betonad: return part
                    default: return part.ren.trimmingCharacters(in: .whitespaces).isEmpty ? part : nil
                    }
                }
                let isName = parts.contains { if case .fet = $0 { return true } else { return false } } && bold.allSatisfy { $0 != nil }
                if isName || name.isEmpty {
                    name = Self.joinedLines(name, isName ? Self.merged(bold.compactMap { $0 }) : parts)
                } else {
                    rest.append(paragraph)
                }
            } else {
                name = Self.joinedLines(name, parts)
            }
        }
        guard !rest.isEmpty else { return (name, "") }
        var out = ""
        // "Indikatorer:" and the list below it: the activity's own indicators.
        if let label = rest.firstIndex(where: { Self.trimmed($0.text) == [.fet("Indikatorer:")] }) {
            var entries: [(text: [Textdel], values: [String])] = []
            for paragraph in rest[(label + 1)...] {
                if Self.isIndicatorValue(paragraph.plain), !entries.isEmpty {
                    entries[entries.count - 1].values.append(paragraph.plain)
                } else if paragraph.list != nil {
                    entries.append((Self.trimmed(paragraph.text), []))
                }
            }
            let (lines, comments) = indicatorLines(entries, location: "tabell \(tableNumber)", indent: indent)
            out = comments.map { indent + $0 + "\n" }.joined() + lines
            rest = Array(rest[..<label])
        }
        guard !rest.isEmpty else { return (name, out) }
        return (name, textBlocks(of: rest, indent: indent) + out)
    }

    private mutating func cellBlocks(_ cell: WordCell, indent: String) -> String {
        let paragraphs = cell.paragraphs
        guard !(paragraphs.count == 1 && Self.isMissing(Self.trimmed(paragraphs[0].text))) else { return "" }
        return textBlocks(of: paragraphs, indent: indent)
    }

    /// The text blocks (paragraphs, lists) of paragraphs inside a table, read by the same
    /// recogniser as the body's, which then goes on where it was.
    private mutating func textBlocks(of paragraphs: [WordParagraph], indent: String) -> String {
        let saved = (blocks, position)
        blocks = paragraphs.map(WordBlock.paragraph)
        position = 0
        var out = ""
        while position < blocks.count { out += textBlock(context: .mål, indent: indent) }
        (blocks, position) = saved
        return out
    }

    private struct Row {
        var text: [Textdel]?
        var när: [String] = []
        var ansvar: String?
        var uppföljning: [String] = []
        var comments: [String] = []
    }

    private mutating func row(_ cells: [Column: WordCell], location: String, indent: String) -> Row {
        var row = Row()
        if let cell = cells[.delmål] {
            let text = cell.paragraphs.map { Self.trimmed($0.text) }.filter { !$0.isEmpty }.reduce([], Self.joinedLines)
            row.text = text.isEmpty || Self.isMissing(text) ? nil : text
        }
        if let cell = cells[.när] {
            for paragraph in cell.paragraphs {
                let text = paragraph.plain.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty, !Self.isMissing(Self.trimmed(paragraph.text)) else { continue }
                if let tid = TimeParser.parse(text) {
                    row.när.append(SwiftSource.tid(tid))
                } else {
                    row.när.append(SwiftSource.tid(.fritext(text)))
                    if text.contains(where: \.isNumber) {
                        note(location, "tiden \"\(text)\" passar ingen typ och står som fritext")
                        row.comments.append("// Gissning: tiden \"\(text)\" passar ingen typ och står som fritext.")
                    }
                }
            }
        }
        if let cell = cells[.ansvar] {
            let text = cell.paragraphs.map { $0.plain.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
            if !text.isEmpty && !(cell.paragraphs.count == 1 && Self.isMissing(Self.trimmed(cell.paragraphs[0].text))) {
                row.ansvar = SwiftSource.string(text)
            }
        }
        if let cell = cells[.uppföljning] {
            let paragraphs = cell.paragraphs.filter { !$0.plain.trimmingCharacters(in: .whitespaces).isEmpty }
            if !(paragraphs.count == 1 && Self.isMissing(Self.trimmed(paragraphs[0].text))) {
                for paragraph in paragraphs {
                    row.uppföljning.append(followUp(Self.trimmed(paragraph.text), location: location, row: &row, indent: indent + "    "))
                }
            }
        }
        return row
    }

    private static let statuses: [(String, Status)] = [
        ("genomförd", .genomförd), ("pågående", .pågående), ("ej påbörjad", .ejPåbörjad), ("inställd", .inställd),
    ]

    private mutating func followUp(_ parts: [Textdel], location: String, row: inout Row, indent: String) -> String {
        var parts = parts
        var status: Status?
        if case .betonad(let mark)? = parts.last, mark.hasPrefix("("), mark.hasSuffix(")"),
           let found = Self.statuses.first(where: { "(\($0.0))" == mark }) {
            status = found.1
            parts.removeLast()
            parts = Self.trimmed(parts)
        }
        var tid: Tid?
        if case .fet(let time)? = parts.first, let parsed = TimeParser.parse(time) ?? (parts.count == 1 ? .fritext(time) : nil) {
            if parts.count == 1 {
                tid = parsed
                parts = []
            } else if case .text(let next) = parts[1], next.hasPrefix(": ") {
                tid = parsed
                parts[1] = .text(String(next.dropFirst(2)))
                if next == ": " { parts.remove(at: 1) }
                parts.removeFirst()
            }
        } else if parts.count == 1, case .text(let text) = parts[0], let parsed = TimeParser.parse(text, leads: false) {
            // A time alone, as the layout prints an entry without text ("Varje år").
            tid = parsed
            parts = []
        } else if parts.count == 1, case .text(let text) = parts[0], let parsed = TimeParser.parse(text),
                  case .inledd(let lead, _) = parsed, lead.split(separator: " ").count <= 3 {
            tid = parsed
            parts = []
            note(location, "uppföljningen \"\(String(text.prefix(40)))\" läst som en tid med inledande ord")
            row.comments.append("// Gissning: uppföljningen \"\(String(text.prefix(40)))\" är en tid med inledande ord.")
        } else if case .text(let first)? = parts.first, let (parsed, rest) = Self.leadingTime(first) {
            tid = parsed
            parts[0] = .text(rest)
            if rest.isEmpty { parts.removeFirst() }
            note(location, "uppföljningen \"\(String(first.prefix(40)))\" delad i tid och text")
            row.comments.append("// Gissning: uppföljningen \"\(String(first.prefix(40)))…\" är delad i tid och text.")
        }
        if Self.isMissing(parts) { parts = [] }
        var arguments: [String] = []
        if let tid { arguments.append(SwiftSource.tid(tid)) }
        if !parts.isEmpty { arguments.append(SwiftSource.löptext(parts, indent: indent)) }
        if let status { arguments.append("status: .\(status.rawValue)") }
        return "Uppföljning(\(arguments.joined(separator: ", ")))"
    }

    /// A time at the start of a follow-up typed as plain text: "Maj 2020: …", "23/11 - 20 : …", "VT 2022 …".
    private static func leadingTime(_ text: String) -> (Tid, String)? {
        if let match = text.prefixMatch(of: /(\d{1,2})\/(\d{1,2})\s*-\s*(\d{2})\s*:\s*/),
           let day = Int(match.1), let month = Int(match.2), let year = Int(match.3) {
            let datum = Datum(2000 + year, month, day)
            if datum.ärGiltigt { return (.datum(datum), String(text[match.range.upperBound...])) }
        }
        if let colon = text.range(of: ":"), text.distance(from: text.startIndex, to: colon.lowerBound) <= 30,
           let tid = TimeParser.parse(String(text[..<colon.lowerBound])) {
            return (tid, text[colon.upperBound...].trimmingCharacters(in: .whitespaces))
        }
        if let match = text.prefixMatch(of: /(?i)(vt|ht|våren|hösten)\s+(\d{4})\s+/), let tid = TimeParser.parse("\(match.1) \(match.2)") {
            return (tid, String(text[match.range.upperBound...]))
        }
        return nil
    }

    /// A table of effect goals: a header "Delområde | Effektmål 2023 | … | Framtidsvision 2028"
    /// and a row per sub-area.
    private func effectGoals(_ table: WordTable, rubrik: String, indent: String) -> String? {
        guard let header = table.rows.first, header.count >= 2 else { return nil }
        var etapper: [String] = []
        for cell in header.dropFirst() {
            let text = cell.plain.trimmingCharacters(in: .whitespacesAndNewlines)
            let (slag, rest): (String, Substring)
            if text.hasPrefix("Effektmål ") {
                (slag, rest) = ("effektmål", text.dropFirst("Effektmål ".count))
            } else if text.hasPrefix("Framtidsvision ") {
                (slag, rest) = ("framtidsvision", text.dropFirst("Framtidsvision ".count))
            } else {
                return nil
            }
            etapper.append(".\(slag)(\(SwiftSource.tid(TimeParser.parse(String(rest)) ?? .fritext(String(rest)))))")
        }
        var out = indent + "Effektmålstabell(\(SwiftSource.string(rubrik)), delområde: \(SwiftSource.string(header[0].plain)),\n"
            + indent + "                 etapper: [\(etapper.joined(separator: ", "))]) {\n"
        for row in table.rows.dropFirst() {
            let cells = row.map { SwiftSource.string($0.plain.trimmingCharacters(in: .whitespacesAndNewlines)) }
            out += indent + "    Delområde(\(cells.joined(separator: ", ")))\n"
        }
        return out + indent + "}\n"
    }

    private mutating func unknownTable(_ table: WordTable, indent: String) -> String {
        note("tabell \(tableNumber)", "tabellen kunde inte tolkas som aktiviteter; raderna är kvar som stycken")
        var out = indent + "// Gissning: tabell \(tableNumber) kunde inte tolkas; varje rad är ett stycke med cellerna åtskilda av \" | \".\n"
        for row in table.rows {
            let cells = row.filter { !$0.continuesAbove }.map { $0.plain.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            out += indent + "Stycke(\(SwiftSource.string(cells.joined(separator: " | "))))\n"
        }
        return out
    }

    // MARK: Text helpers

    private mutating func note(_ place: String, _ message: String) {
        report.append("\(URL(fileURLWithPath: file).lastPathComponent): \(place): \(message)")
    }

    static func isMissing(_ parts: [Textdel]) -> Bool {
        parts.count == 1 && parts[0] == .betonad("Saknas")
    }

    /// The parts without leading and trailing white space, and adjacent plain parts joined.
    static func trimmed(_ parts: [Textdel]) -> [Textdel] {
        var parts = parts
        if case .text(let first)? = parts.first {
            let trimmed = String(first.drop(while: { $0 == " " || $0 == "\t" }))
            if trimmed.isEmpty { parts.removeFirst() } else { parts[0] = .text(trimmed) }
        }
        if case .text(let last)? = parts.last {
            var trimmed = last
            while let end = trimmed.last, end == " " || end == "\t" { trimmed.removeLast() }
            if trimmed.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = .text(trimmed) }
        }
        return parts
    }

    /// Adjacent plain parts joined into one.
    static func merged(_ parts: [Textdel]) -> [Textdel] {
        parts.reduce(into: []) { result, part in
            if case .text(let next) = part, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(part)
            }
        }
    }

    /// Two paragraphs of a cell as one text with a line break, as the layout splits them.
    static func joinedLines(_ a: [Textdel], _ b: [Textdel]) -> [Textdel] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var parts = a
        for part in [Textdel.text("\n")] + b {
            if case .text(let next) = part, case .text(let previous)? = parts.last {
                parts[parts.count - 1] = .text(previous + next)
            } else {
                parts.append(part)
            }
        }
        return parts
    }
}

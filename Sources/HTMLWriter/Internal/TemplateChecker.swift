import Foundation
import DocumentModel

// Checks a page template before swift-mustache parses it, for the mistakes that library
// would let through or report at the end of the file: an unclosed or wrongly closed
// section (reported at its opening tag), an unknown partial (which would render as
// nothing), an unknown variable (likewise), text from the plan inserted unescaped, and
// a changed delimiter (which would hide all of the above from this check), and sections
// nested so deep that swift-mustache, which parses and renders them recursively, would
// overflow the stack.
struct TemplateChecker {
    /// How deep sections may nest, within a template and through the partials it
    /// includes: far more than a page needs, far less than the thousands at which
    /// swift-mustache's recursion ends the process.
    static let deepestNesting = 100

    /// The file as messages name it: "templates/html/plan.mustache".
    let file: String
    /// The partials that exist, by name ("sidhuvud" for sidhuvud.mustache).
    let partials: Set<String>

    private struct Tag {
        let content: Substring
        let isTriple: Bool
        /// Where the tag starts in the template's text: its line and column are counted
        /// only for a message.
        let start: String.Index
    }

    /// A `{{>partial}}` tag: where it stands, and whether it stands inside a section over
    /// a list that nests itself (`{{#underrubriker}}`), so that including a partial again
    /// from there goes one level deeper into the data and ends where the data ends.
    struct PartialReference {
        let name: String
        let file: String
        /// The template's text and where the tag starts in it: its line and column are
        /// counted only for a message.
        let text: String
        let start: String.Index
        let descends: Bool
        /// How many sections are open around the tag.
        let nesting: Int

        var position: (line: Int, column: Int) { TemplateChecker.position(of: start, in: text) }
    }

    /// What the check found in a template: the partials it includes and how deep its
    /// own sections nest.
    struct Outline {
        let references: [PartialReference]
        let nesting: Int
    }

    /// Checks the template; returns its partials and nesting.
    @discardableResult
    func check(_ text: String) throws(TemplateError) -> Outline {
        var open: [(name: String, tag: Tag)] = [] {
            didSet { nesting = max(nesting, open.count) }
        }
        var nesting = 0
        var references: [PartialReference] = []
        for tag in try tags(in: text) {
            let kind = tag.isTriple ? "{" : tag.content.first ?? " "
            let name = tag.isTriple ? String(tag.content).trimmed : String(tag.content.dropFirst()).trimmed
            switch kind {
            case "!":
                continue
            case "%":
                // A page is HTML: the text content type would print the plan's text unescaped,
                // which is what the rule against three braces keeps out.
                let setting = name.split(separator: ":", maxSplits: 1).map { String($0).trimmed }
                if setting.count == 2 && setting[0] == "CONTENT_TYPE" && setting[1] == "TEXT" {
                    throw error(at: tag, in: text, "Sidorna är HTML: med {{% CONTENT_TYPE: TEXT}} skulle text från planen "
                        + "tolkas som HTML. Ta bort inställningen eller skriv {{% CONTENT_TYPE: HTML}}.")
                }
            case "=":
                throw error(at: tag, in: text, "Att byta klamrar med {{=… …=}} stöds inte i mallarna; skriv taggarna med {{ och }}.")
            case "#", "^":
                try checkVariable(name, at: tag, in: text, unescaped: false)
                open.append((name, tag))
            case "$":
                open.append((name, tag))
            case "<", ">":
                guard partials.contains(name) else {
                    throw error(at: tag, in: text, "Delmallen {{>\(name)}} finns inte: lägg till \(folder)/\(name).mustache eller rätta namnet.")
                }
                let descends = open.contains { $0.tag.content.first == "#" && PageVariable(rawValue: $0.name)?.nestsItself == true }
                references.append(PartialReference(name: name, file: file, text: text, start: tag.start, descends: descends,
                                                   nesting: open.count))
                if kind == "<" { open.append((name, tag)) }
            case "/":
                guard let last = open.popLast() else {
                    throw error(at: tag, in: text, "{{/\(name)}} stänger inget avsnitt: det finns inget öppet {{#\(name)}} före.")
                }
                guard last.name == name else {
                    throw error(at: tag, in: text, "{{/\(name)}} stänger fel avsnitt: {{#\(last.name)}} på rad "
                        + "\(Self.position(of: last.tag.start, in: text).line) är fortfarande öppet och ska stängas först.")
                }
            case "&", "{":
                try checkVariable(name, at: tag, in: text, unescaped: true)
            default:
                try checkVariable(String(tag.content).trimmed, at: tag, in: text, unescaped: false)
            }
            if open.count > Self.deepestNesting {
                throw error(at: tag, in: text, "Här ligger avsnitten \(open.count) nivåer djupt i varandra; en sida kan skrivas "
                    + "med högst \(Self.deepestNesting). Skriv mallen med färre avsnitt inuti varandra.")
            }
        }
        if let unclosed = open.last {
            throw error(at: unclosed.tag, in: text, "Avsnittet {{#\(unclosed.name)}} stängs aldrig: lägg till {{/\(unclosed.name)}}.")
        }
        return Outline(references: references, nesting: nesting)
    }

    /// The first chain of partials that includes itself without going deeper into the
    /// data, or that nests sections deeper than `deepestNesting` (swift-mustache would
    /// recurse until the stack overflows), as a template error at the tag that closes the
    /// loop or goes too deep.
    static func checkInclusions(_ outlines: [String: Outline]) throws(TemplateError) {
        // How deep sections nest in a template with the partials it includes. A loop of
        // partials with a step inside {{#underrubriker}} goes one level deeper into the
        // headings on every round and ends where they end; it counts once.
        var nestings: [String: Int] = [:]
        @discardableResult
        func visit(_ path: [(name: String, descends: Bool)]) throws(TemplateError) -> Int {
            let name = path[path.count - 1].name
            if let nesting = nestings[name] { return nesting }
            var nesting = outlines[name]?.nesting ?? 0
            for reference in outlines[name]?.references ?? [] {
                if let start = path.firstIndex(where: { $0.name == reference.name }) {
                    guard !reference.descends && !path[(start + 1)...].contains(where: \.descends) else { continue }
                    let loop = (path[start...].map(\.name) + [reference.name]).map { "\($0).mustache" }.joined(separator: " → ")
                    let (line, column) = reference.position
                    throw TemplateError(file: reference.file, line: line, column: column, message:
                        "Delmallen {{>\(reference.name)}} tar med sig själv i all oändlighet (\(loop)). En delmall får ta med sig själv "
                        + "bara inuti {{#underrubriker}} … {{/underrubriker}}, så att det tar slut där rubrikerna tar slut.")
                }
                let through = try reference.nesting + visit(path + [(reference.name, reference.descends)])
                if through > deepestNesting {
                    let (line, column) = reference.position
                    throw TemplateError(file: reference.file, line: line, column: column, message:
                        "Här ligger avsnitten \(through) nivåer djupt i varandra, med dem i \(reference.name).mustache och de delmallar "
                        + "den tar med; en sida kan skrivas med högst \(deepestNesting). Skriv mallarna med färre avsnitt inuti varandra.")
                }
                nesting = max(nesting, through)
            }
            nestings[name] = nesting
            return nesting
        }
        for name in outlines.keys.sorted() { try visit([(name, false)]) }
    }

    private var folder: String {
        file.split(separator: "/").dropLast().joined(separator: "/")
    }

    private func checkVariable(_ expression: String, at tag: Tag, in text: String, unescaped: Bool) throws(TemplateError) {
        // swift-mustache's transforms wrap the name: "uppercased(titel)".
        var name = Substring(expression)
        if let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
            name = name[name.index(after: open)..<close]
        }
        guard name != "." && !name.isEmpty else { return }
        for part in name.split(separator: ".", omittingEmptySubsequences: true) {
            guard let variable = PageVariable(rawValue: String(part)) else {
                throw error(at: tag, in: text, "Okänd variabel \"\(part)\". Variablerna som finns står i templates/README.md.")
            }
            if unescaped && !variable.isHTML {
                throw error(at: tag, in: text, "Variabeln \"\(part)\" ska skrivas {{\(part)}} med två klamrar: med tre skulle text från planen tolkas som HTML.")
            }
        }
    }

    private func error(at tag: Tag, in text: String, _ message: String) -> TemplateError {
        let (line, column) = Self.position(of: tag.start, in: text)
        return TemplateError(file: file, line: line, column: column, message: message)
    }

    /// The line and column (from 1, in characters) of `index` in `text`.
    static func position(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text[..<index] {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Every `{{…}}` and `{{{…}}}` tag, found in the text's UTF-8 bytes.
    private func tags(in text: String) throws(TemplateError) -> [Tag] {
        let bytes = text.utf8
        let brace = UInt8(ascii: "{")
        var found: [Tag] = []
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: brace) {
            let next = bytes.index(after: open)
            guard next < bytes.endIndex, bytes[next] == brace else {
                index = next
                continue
            }
            let third = bytes.index(after: next)
            let isTriple = third < bytes.endIndex && bytes[third] == brace
            let start = isTriple ? bytes.index(after: third) : third
            guard let end = Self.closing(of: isTriple ? 3 : 2, in: bytes, from: start) else {
                let (line, column) = Self.position(of: open, in: text)
                throw TemplateError(file: file, line: line, column: column,
                                    message: "Taggen som börjar här stängs aldrig med \(isTriple ? "}}}" : "}}").")
            }
            found.append(Tag(content: text[start..<end], isTriple: isTriple, start: open))
            index = bytes.index(end, offsetBy: isTriple ? 3 : 2)
        }
        return found
    }

    /// Where the first run of `count` closing braces from `start` begins.
    private static func closing(of count: Int, in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        let brace = UInt8(ascii: "}")
        var index = start
        while let candidate = bytes[index...].firstIndex(of: brace) {
            var end = candidate
            var run = 0
            while run < count, end < bytes.endIndex, bytes[end] == brace {
                run += 1
                end = bytes.index(after: end)
            }
            if run == count { return candidate }
            index = bytes.index(after: candidate)
        }
        return nil
    }
}

extension StringProtocol {
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

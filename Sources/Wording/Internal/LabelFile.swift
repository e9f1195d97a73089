import DocumentModel
import Yams

// Reads the nested YAML of the label file into flat dotted keys, checking every key and
// placeholder against `LabelKey`. Every mistake is reported at once, in Swedish, at the
// line to fix and with what to do: a quote left open, curly quotes, an empty label, an
// unknown or a missing placeholder, an unknown or a missing label.
enum LabelFile {
    /// The file's labels by key; unless `partial` (an organisation's file overriding some
    /// entries of the shared one), every key must be present.
    static func parse(yaml: String, file: String, partial: Bool = false) throws(TemplateError) -> [LabelKey: String] {
        // A file in the shape it is shipped in, whose every label passes, is read from its
        // bytes; anything else goes through libyaml, which says where it is wrong.
        if let texts = plainTexts(yaml, partial: partial) { return texts }
        return try parseYAML(yaml: yaml, file: file, partial: partial)
    }

    /// `parse` through libyaml, whatever the file's shape.
    static func parseYAML(yaml: String, file: String, partial: Bool = false) throws(TemplateError) -> [LabelKey: String] {
        // Labels are one line each; an open quote would otherwise swallow the next lines
        // and be reported where YAML gives up, a line or more further down.
        if let error = TemplateError(all: openQuotes(in: yaml, file: file)) { throw error }
        let root: Node?
        do {
            // Every label is text: the basic resolver skips the default one's type-guessing
            // regular expressions, which cost more than the rest of the parse.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw templateError(error, file: file)
        } catch {
            throw TemplateError(file: file, message: "Filen kunde inte läsas som YAML. \(generalHint)")
        }
        if partial, root == nil || root?.mapping?.count == 0 { return [:] }
        guard let mapping = root?.mapping else {
            throw TemplateError(file: file, line: 1, column: 1, message: "Filen ska innehålla avsnitt med etiketter (nyckel: \"text\").")
        }
        var texts: [LabelKey: String] = [:]
        var seen: Set<LabelKey> = []
        var errors: [TemplateError] = []
        collect(mapping, prefix: "", file: file, into: &texts, seen: &seen, errors: &errors)
        let missing = LabelKey.allCases.filter { !seen.contains($0) }.map(\.rawValue)
        if !partial && !missing.isEmpty {
            errors.append(TemplateError(file: file, message: "Etiketter saknas: \(missing.joined(separator: ", ")). "
                + "Kopiera raderna från projektets templates/labels.sv.yaml."))
        }
        if let error = TemplateError(all: errors) { throw error }
        return texts
    }

    private static let generalHint = "Varje etikett skrivs på en egen rad som nyckel: \"text\", med raka citattecken och samma indrag som raderna runt den."

    private static func collect(_ mapping: Node.Mapping, prefix: String, file: String,
                                into texts: inout [LabelKey: String], seen: inout Set<LabelKey>, errors: inout [TemplateError]) {
        for (keyNode, valueNode) in mapping {
            let name = prefix + (keyNode.string ?? "")
            if let inner = valueNode.mapping {
                collect(inner, prefix: name + ".", file: file, into: &texts, seen: &seen, errors: &errors)
                continue
            }
            guard let key = keysByName[name] else {
                errors.append(error(at: keyNode, file: file, "Okänd etikett \"\(name)\". Kontrollera stavningen mot listan i templates/README.md."))
                continue
            }
            seen.insert(key)
            guard let scalar = valueNode.scalar else {
                errors.append(error(at: valueNode, file: file, "Etiketten \"\(name)\" ska vara en text inom citattecken."))
                continue
            }
            let text = scalar.string
            let problems = problems(of: key, named: name, text: text, plain: scalar.style == .plain)
            errors += problems.map { error(at: valueNode, file: file, $0) }
            if problems.isEmpty { texts[key] = text }
        }
    }

    /// What is wrong with the label's text, in Swedish: typographic quotes around a plain
    /// scalar's text, nothing but spaces, an unknown or a missing placeholder, month names.
    private static func problems(of key: LabelKey, named name: String, text: String, plain: Bool) -> [String] {
        var problems: [String] = []
        if plain, let first = text.unicodeScalars.first, "“”„‘’‚«»".unicodeScalars.contains(first) {
            problems.append("Texten för \"\(name)\" står inom typografiska citattecken (\(first)…). "
                + "Skriv raka citattecken \"…\" runt texten, som på raderna runt den.")
        }
        // A no-break space is a label (the thousands separator); plain spaces show nothing.
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            problems.append("Etiketten \"\(name)\" är tom: rubriken eller texten blir tom i dokumenten. Skriv en text inom citattecken.")
        }
        let used = placeholders(in: text)
        let known = key.placeholders
        for placeholder in used where !known.contains(placeholder) {
            let allowed = known.sorted().map { "{\($0)}" }.joined(separator: ", ")
            problems.append("Okänd platshållare {\(placeholder)} i \"\(name)\"; tillåtna: \(allowed.isEmpty ? "inga" : allowed).")
        }
        for placeholder in key.requiredPlaceholders.subtracting(used).sorted() {
            problems.append("Platshållaren {\(placeholder)} saknas i \"\(name)\": utan den försvinner det den står för ur dokumenten. "
                + "Skriv tillbaka {\(placeholder)} i texten; programmet fyller i den.")
        }
        if key == .monthNames && text.split(separator: ",").count != 12 {
            problems.append("\"\(name)\" ska innehålla tolv månadsnamn med komma emellan.")
        }
        return problems
    }

    /// The labels of a file in the plain shape (`PlainLabels`) when every one of them is
    /// known, given once and passes `problems`, and (unless `partial`) none is missing; nil
    /// otherwise, so that the file is read again and every mistake reported at its line.
    static func plainTexts(_ yaml: String, partial: Bool) -> [LabelKey: String]? {
        guard let entries = PlainLabels.entries(in: yaml), !entries.isEmpty else { return nil }
        var texts: [LabelKey: String] = [:]
        texts.reserveCapacity(entries.count)
        for (name, text) in entries {
            guard let key = keysByName[name], problems(of: key, named: name, text: text, plain: false).isEmpty else { return nil }
            texts[key] = text
        }
        guard partial || texts.count == LabelKey.allCases.count else { return nil }
        return texts
    }

    /// Every key by its name in the file: one hash each, where `LabelKey(rawValue:)`
    /// compares the name with the names one by one.
    private static let keysByName = Dictionary(uniqueKeysWithValues: LabelKey.allCases.map { ($0.rawValue, $0) })

    /// The names between `{` and `}` in the text, found in its UTF-8 bytes.
    private static func placeholders(in text: String) -> [String] {
        let bytes = text.utf8
        var names: [String] = []
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            names.append(String(text[bytes.index(after: open)..<close]))
            index = bytes.index(after: close)
        }
        return names
    }

    /// Lines `key: "text` whose quote is not closed on the same line, found in the file's
    /// UTF-8 bytes; the column, in characters, is counted only for a line to report.
    private static func openQuotes(in yaml: String, file: String) -> [TemplateError] {
        let space = UInt8(ascii: " ")
        var errors: [TemplateError] = []
        for (index, line) in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let content = line.drop { $0 == space }
            guard content.first != UInt8(ascii: "#"), let colon = colonAndSpace(in: content) else { continue }
            let value = content[colon...].dropFirst(2).drop { $0 == space }
            guard let quote = value.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            if !isClosed(value.dropFirst(), quote: quote) {
                let column = yaml[line.startIndex..<value.startIndex].count + 1
                errors.append(TemplateError(file: file, line: index + 1, column: column,
                                            message: "Citattecknet som börjar här stängs aldrig. Avsluta texten med \(Character(Unicode.Scalar(quote))) på samma rad."))
            }
        }
        return errors
    }

    /// Where the first `: ` of the line starts.
    private static func colonAndSpace(in line: Substring.UTF8View) -> String.Index? {
        var index = line.startIndex
        while let colon = line[index...].firstIndex(of: UInt8(ascii: ":")) {
            let next = line.index(after: colon)
            if next < line.endIndex && line[next] == UInt8(ascii: " ") { return colon }
            index = next
        }
        return nil
    }

    /// Whether a quoted YAML scalar that starts before `rest` ends in it.
    private static func isClosed(_ rest: Substring.UTF8View, quote: UInt8) -> Bool {
        var index = rest.startIndex
        while index < rest.endIndex {
            let byte = rest[index]
            if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                index = rest.index(after: index)
                if index < rest.endIndex { index = rest.index(after: index) }
                continue
            }
            if byte == quote {
                let next = rest.index(after: index)
                // Inside single quotes, '' is a quote character.
                if quote == UInt8(ascii: "'") && next < rest.endIndex && rest[next] == UInt8(ascii: "'") {
                    index = rest.index(after: next)
                    continue
                }
                return true
            }
            index = rest.index(after: index)
        }
        return false
    }

    private static func error(at node: Node, file: String, _ message: String) -> TemplateError {
        TemplateError(file: file, line: node.mark?.line, column: node.mark?.column, message: message)
    }

    private static func templateError(_ error: YamlError, file: String) -> TemplateError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // A problem inside a construct is reported where the construct starts, if on the same line.
            let place = context.map(\.mark).flatMap { $0.line == mark.line ? $0 : nil } ?? mark
            return TemplateError(file: file, line: place.line, column: place.column, message: swedish(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return TemplateError(file: file, line: context.mark.line, column: context.mark.column,
                                 message: "Etiketten finns två gånger: \(duplicates.joined(separator: ", ")). Ta bort den ena.")
        default:
            return TemplateError(file: file, message: "Filen kunde inte läsas som YAML. \(generalHint)")
        }
    }

    /// libyaml's problem, as a person fixing the file needs it.
    private static func swedish(_ problem: String) -> String {
        let phrases: [(String, String)] = [
            ("cannot start any token", "Tecknet kan inte stå här. Dras raden in med tabb? Använd mellanslag."),
            ("mapping values are not allowed", "Ett kolon (:) i en text utan citattecken. Sätt texten inom raka citattecken: nyckel: \"text\"."),
            ("could not find expected ':'", "Kolon (:) saknas efter nyckeln. Skriv nyckel: \"text\"."),
            ("unknown escape character", "Okänd kombination med \\ i texten. Skriv \\\\ för ett omvänt snedstreck."),
            ("unexpected end of stream", "Filen tar slut inuti en text: ett citattecken stängs aldrig."),
            ("did not find expected key", "Raden passar inte in här: fel indrag, eller text efter citattecknet som avslutar etiketten."),
            ("expected <block end>", "Raden har fel indrag jämfört med raderna före."),
            ("did not find expected", "Raden kan inte läsas här."),
            ("tab", "Tabb i indraget; använd mellanslag."),
        ]
        let hint = phrases.first { problem.contains($0.0) }?.1 ?? "Raden kan inte läsas."
        return "YAML-fel: \(hint) \(generalHint)"
    }
}

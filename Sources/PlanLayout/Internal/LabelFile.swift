import DocumentModel
import Yams

// Reads the nested YAML of the label file into flat dotted keys, checking every key and
// placeholder against `LabelKey` so mistakes surface with their line and column.
enum LabelFile {
    /// The file's labels by key; unless `partial` (an organisation's file overriding some
    /// entries of the shared one), every key must be present.
    static func parse(yaml: String, file: String, partial: Bool = false) throws(TemplateError) -> [LabelKey: String] {
        let root: Node?
        do {
            // Every label is text: the basic resolver skips the default one's type-guessing
            // regular expressions, which cost more than the rest of the parse.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw templateError(error, file: file)
        } catch {
            throw TemplateError(file: file, message: "Filen kunde inte läsas som YAML: \(error)")
        }
        if partial, root == nil || root?.mapping?.count == 0 { return [:] }
        guard let mapping = root?.mapping else {
            throw TemplateError(file: file, line: 1, column: 1, message: "Filen ska innehålla avsnitt med etiketter (nyckel: \"text\").")
        }
        var texts: [LabelKey: String] = [:]
        try collect(mapping, prefix: "", file: file, into: &texts)
        let missing = LabelKey.allCases.filter { texts[$0] == nil }.map(\.rawValue)
        if !partial && !missing.isEmpty {
            throw TemplateError(file: file, message: "Etiketter saknas: \(missing.joined(separator: ", ")).")
        }
        return texts
    }

    private static func collect(_ mapping: Node.Mapping, prefix: String, file: String,
                                into texts: inout [LabelKey: String]) throws(TemplateError) {
        for (keyNode, valueNode) in mapping {
            let name = prefix + (keyNode.string ?? "")
            if let inner = valueNode.mapping {
                try collect(inner, prefix: name + ".", file: file, into: &texts)
                continue
            }
            guard let key = LabelKey(rawValue: name) else {
                throw error(at: keyNode, file: file, "Okänd etikett \"\(name)\". Kontrollera stavningen mot listan i templates/README.md.")
            }
            guard let text = valueNode.scalar?.string else {
                throw error(at: valueNode, file: file, "Etiketten \"\(name)\" ska vara en text inom citattecken.")
            }
            for placeholder in placeholders(in: text) where !key.placeholders.contains(placeholder) {
                let allowed = key.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw error(at: valueNode, file: file,
                            "Okänd platshållare {\(placeholder)} i \"\(name)\"; tillåtna: \(allowed.isEmpty ? "inga" : allowed).")
            }
            if key == .monthNames && text.split(separator: ",").count != 12 {
                throw error(at: valueNode, file: file, "\"\(name)\" ska innehålla tolv månadsnamn med komma emellan.")
            }
            texts[key] = text
        }
    }

    private static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private static func error(at node: Node, file: String, _ message: String) -> TemplateError {
        TemplateError(file: file, line: node.mark?.line, column: node.mark?.column, message: message)
    }

    private static func templateError(_ error: YamlError, file: String) -> TemplateError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return TemplateError(file: file, line: mark.line, column: mark.column, message: "YAML-fel: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return TemplateError(file: file, line: context.mark.line, column: context.mark.column,
                                 message: "Etiketten finns två gånger: \(duplicates.joined(separator: ", ")).")
        default:
            return TemplateError(file: file, message: "YAML-fel: \(error)")
        }
    }
}

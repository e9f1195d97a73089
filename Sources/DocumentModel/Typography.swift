/// Typographic rules every writer that breaks lines applies to the document's text.
///
/// ```swift
/// Typography.joiningFigureSpans("Handlingsplan 2018–2022")   // "Handlingsplan 2018\u{2060}–\u{2060}2022"
/// ```
public enum Typography {
    /// The text with a word joiner (U+2060, which Word and LibreOffice honour) on each side
    /// of an en dash between figures, so a span such as "2018–2022" or "3–12 år" never
    /// breaks at its dash.
    public static func joiningFigureSpans(_ text: String) -> String {
        guard containsEnDash(text) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 6)
        TextBytes.append(text, escaping: .none, joiningFigureSpans: true, cleaning: false, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` holds an en dash, looked for in its bytes (E2 80 93).
    private static func containsEnDash(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == 0xE2, bytes.next() == 0x80, bytes.next() == 0x93 else { continue }
            return true
        }
        return false
    }
}

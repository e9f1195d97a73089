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
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let between = scalar == "\u{2013}" && index > 0 && index + 1 < scalars.count
                && scalars[index - 1].properties.numericType != nil && scalars[index + 1].properties.numericType != nil
            if between { result.append("\u{2060}") }
            result.append(scalar)
            if between { result.append("\u{2060}") }
        }
        return String(result)
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

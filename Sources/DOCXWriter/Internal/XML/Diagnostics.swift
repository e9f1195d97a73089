// Collects the warnings of one write, each once, in the order they arose.
final class Diagnostics {
    private(set) var warnings: [DOCXWarning] = []
    private var seen: Set<DOCXWarning> = []

    func droppedCharacter(_ scalar: Unicode.Scalar, in text: String) {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let excerpt = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLCharacters.isAllowed)).prefix(60))
        add(DOCXWarning(message: "tecknet \(code) kan inte lagras i ett Word-dokument och har tagits bort ur \"\(excerpt)\""))
    }

    func unknownCrossReference(_ anchor: String) {
        add(DOCXWarning(message: "hänvisningen till \"\(anchor)\" pekar inte på någon rubrik i dokumentet och visar därför inget sidnummer"))
    }

    private func add(_ warning: DOCXWarning) {
        if seen.insert(warning).inserted { warnings.append(warning) }
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}

import OOXML

// The built-in list definitions: bullets and decimal numbers, nine levels each, indented a
// step per level. Real Word lists, so readers and screen readers know them as lists.
enum NumberingCatalog {
    /// The numbering instances the default reference's List Bullet and List Number styles use.
    static let bulletNumId = 1
    static let numberNumId = 2

    /// The left indent of list text at a nesting level, in twips.
    static func indent(level: Int) -> Int { 357 * (level + 1) }
    static let hanging = 357

    static func bulletDefinition(id: Int) -> Element {
        let symbols = ["•", "◦", "▪"]
        return abstractNum(id: id, levels: (0..<9).map { level in
            (format: "bullet", text: symbols[level % symbols.count])
        })
    }

    static func decimalDefinition(id: Int) -> Element {
        let formats = ["decimal", "lowerLetter", "lowerRoman"]
        return abstractNum(id: id, levels: (0..<9).map { level in
            (format: formats[level % formats.count], text: "%\(level + 1).")
        })
    }

    /// A numbering instance of `abstractId`; with `restartLevel`, numbering starts again at 1
    /// on that level, which makes each numbered list count from one.
    static func instance(id: Int, abstractId: Int, restartLevel: Int? = nil) -> Element {
        var children = [Element("w:abstractNumId", val: String(abstractId))]
        if let restartLevel {
            children.append(Element("w:lvlOverride", [Attribute("w:ilvl", String(restartLevel))],
                                    elements: [Element("w:startOverride", val: "1")]))
        }
        return Element("w:num", [Attribute("w:numId", String(id))], elements: children)
    }

    private static func abstractNum(id: Int, levels: [(format: String, text: String)]) -> Element {
        Element("w:abstractNum", [Attribute("w:abstractNumId", String(id))], elements: [
            Element("w:multiLevelType", val: "hybridMultilevel"),
        ] + levels.enumerated().map { level, definition in
            Element("w:lvl", [Attribute("w:ilvl", String(level))], elements: [
                Element("w:start", val: "1"),
                Element("w:numFmt", val: definition.format),
                Element("w:lvlText", val: definition.text),
                Element("w:lvlJc", val: "left"),
                StyleCatalog.pPr([StyleCatalog.indent(left: indent(level: level), hanging: hanging)]),
            ] + (definition.format == "bullet" ? [bulletFont] : []))
        })
    }

    // The bullets are ordinary Unicode characters, so any font shows them; no Symbol font.
    private static let bulletFont = Element("w:rPr", elements: [
        Element("w:rFonts", [Attribute("w:ascii", "Arial"), Attribute("w:hAnsi", "Arial"), Attribute("w:hint", "default")]),
    ])
}

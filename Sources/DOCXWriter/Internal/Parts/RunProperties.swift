import OOXML

// Run properties must keep the schema's order of children; this places one where it belongs.
enum RunProperties {
    static let order = [
        // A paragraph mark's properties may start with revision marks.
        "w:ins", "w:del", "w:moveFrom", "w:moveTo",
        "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
        "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
        "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
        "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
        "w:specVanish", "w:oMath", "w:rPrChange",
    ]

    /// `rPr` with its `name` child replaced by `element` (or added in schema order).
    static func replacing(_ name: String, with element: Element, in rPr: Element) -> Element {
        SchemaOrder.replacing(name, with: element, in: rPr, order: order)
    }
}

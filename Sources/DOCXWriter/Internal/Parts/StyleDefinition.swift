import OOXML

// One style of the built-in set: what `styles.xml` gets when the reference lacks it.
struct StyleDefinition: Sendable {
    let role: StyleRole
    /// "paragraph", "character", "table" or "numbering".
    let type: String
    /// The name Word and LibreOffice match on. Built-in styles keep Word's English name,
    /// which both programs show translated ("heading 1" appears as "Rubrik 1"); the
    /// writer's own styles have Swedish names.
    let name: String
    let id: String
    var basedOn: StyleRole? = nil
    var next: StyleRole? = nil
    var isDefault = false
    /// Shown in Word's style gallery.
    var quickFormat = false
    var hidden = false
    /// `pPr`, `rPr`, `tblPr`, `tcPr`, `tblStylePr` in schema order.
    var properties: [Element] = []

    func element(ids: [StyleRole: String]) -> Element {
        var attributes = [Attribute("w:type", type)]
        if isDefault { attributes.append(Attribute("w:default", "1")) }
        attributes.append(Attribute("w:styleId", id))
        var children = [Element("w:name", val: name)]
        if let basedOn, let id = ids[basedOn] { children.append(Element("w:basedOn", val: id)) }
        if let next, let id = ids[next] { children.append(Element("w:next", val: id)) }
        if hidden { children += [Element("w:semiHidden"), Element("w:unhideWhenUsed")] }
        if quickFormat { children.append(Element("w:qFormat")) }
        return Element("w:style", attributes, elements: children + properties)
    }
}

import CacheFiles
import DocumentModel
import OOXML

// The section properties of the content sections, made from the reference's last section:
// same margins, headers and footers, with the page turned for landscape sections.
struct SectionProperties {
    let element: Element
    /// Page size and text area, in twips.
    let width: Int
    let height: Int
    let textWidth: Int
    let textHeight: Int

    /// A4 with 2.5 cm margins, when a reference gives no size.
    static let a4 = (width: 11906, height: 16838)
    static let defaultMargin = 1417

    /// `landscapeHeaderIds` maps the reference's header and footer relationships to those
    /// of their copies made for landscape pages.
    init(reference: Element, orientation: Orientation, continuation: Bool, landscapeHeaderIds: [String: String] = [:]) {
        let size = reference.first("w:pgSz")
        let referenceWidth = size?[attribute: "w:w"].flatMap(Int.init) ?? Self.a4.width
        let referenceHeight = size?[attribute: "w:h"].flatMap(Int.init) ?? Self.a4.height
        let short = min(referenceWidth, referenceHeight)
        let long = max(referenceWidth, referenceHeight)
        width = orientation == .landscape ? long : short
        height = orientation == .landscape ? short : long

        var pageSize = size ?? Element("w:pgSz")
        pageSize[attribute: "w:w"] = String(width)
        pageSize[attribute: "w:h"] = String(height)
        pageSize[attribute: "w:orient"] = orientation == .landscape ? "landscape" : nil
        var section = SchemaOrder.replacing("w:pgSz", with: pageSize, in: reference, order: Self.order)
        // Every section starts on a new page, as an orientation change must.
        section = SchemaOrder.replacing("w:type", with: nil, in: section, order: Self.order)
        if continuation {
            // Later sections continue the page count and have no separate first page.
            section = SchemaOrder.replacing("w:titlePg", with: nil, in: section, order: Self.order)
            if var numbering = section.first("w:pgNumType") {
                numbering[attribute: "w:start"] = nil
                section = SchemaOrder.replacing("w:pgNumType", with: numbering, in: section, order: Self.order)
            }
        }
        if orientation == .landscape {
            section.children = section.children.map { node in
                guard case .element(var child) = node, child.name == "w:headerReference" || child.name == "w:footerReference",
                      let id = child[attribute: "r:id"], let landscapeId = landscapeHeaderIds[id] else { return node }
                child[attribute: "r:id"] = landscapeId
                return .element(child)
            }
        }
        element = section

        let margins = reference.first("w:pgMar")
        func margin(_ name: String) -> Int { margins?[attribute: name].flatMap(Int.init).map(abs) ?? Self.defaultMargin }
        let gutter = margins?[attribute: "w:gutter"].flatMap(Int.init) ?? 0
        textWidth = max(1440, width - margin("w:left") - margin("w:right") - gutter)
        textHeight = max(1440, height - margin("w:top") - margin("w:bottom"))
    }

    /// The schema's order of a section's children.
    static let order = [
        "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar",
        "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
        "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
    ]
}

// The properties as a cache entry holds them (`RunningHeaders.Templates`); a reference's page
// may measure less than nothing.
extension SectionProperties {
    func encode(to encoder: inout CacheEncoder) {
        encoder.write(element)
        for measure in [width, height, textWidth, textHeight] { encoder.write(signed: measure) }
    }

    init(decoding decoder: inout CacheDecoder) {
        element = decoder.element()
        width = decoder.signed()
        height = decoder.signed()
        textWidth = decoder.signed()
        textHeight = decoder.signed()
    }
}

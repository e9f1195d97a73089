import OOXML

// Places a child element by the schema's sequence of child names; children the sequence
// does not name (extensions of later Office versions) keep their place after their
// predecessor.
enum SchemaOrder {
    static func replacing(_ name: String, with element: Element?, in parent: Element, order: [String]) -> Element {
        var children = parent.elements.filter { $0.name != name }
        if let element { children.append(element) }
        var copy = parent
        copy.children = sorted(children, order: order).map(Node.element)
        return copy
    }

    static func sorted(_ children: [Element], order: [String]) -> [Element] {
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var lastRank = -1
        let ranked = children.enumerated().map { index, child -> (rank: Int, index: Int, element: Element) in
            if let known = rank[child.name] { lastRank = known }
            return (rank[child.name] ?? lastRank, index, child)
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.element)
    }

    /// `element` with the children of every paragraph, run and section property list below
    /// it in schema order. LibreOffice, for one, saves a paragraph's section properties
    /// before its style; Word accepts that, the schema does not, and copied content should
    /// not carry it into every document.
    static func normalised(_ element: Element) -> Element {
        var copy = element
        copy.children = element.children.map { node in
            guard case .element(let child) = node else { return node }
            return .element(normalised(child))
        }
        let order: [String]? = switch element.name {
        case "w:pPr": ParagraphProperties.order
        case "w:rPr": RunProperties.order
        case "w:sectPr": SectionProperties.order
        default: nil
        }
        guard let order else { return copy }
        let text = copy.children.filter { if case .text = $0 { true } else { false } }
        copy.children = sorted(copy.elements, order: order).map(Node.element) + text
        return copy
    }
}

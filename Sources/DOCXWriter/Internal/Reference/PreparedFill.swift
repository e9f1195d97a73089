import OOXML

// Nodes to be filled by `PlaceholderFiller` for every document of a run (the cover, a
// header's paragraphs): an element holding no placeholder comes out of filling the same
// whatever the values (its runs rewritten alike), so it is filled once, here; only the
// elements with placeholders are filled per document.
struct PreparedFill: Sendable {
    fileprivate enum Piece: Sendable {
        /// Filled already: the same for every document.
        case fixed([Node])
        /// To fill with the document's values.
        case open(Element)
    }

    fileprivate let pieces: [Piece]

    init(_ nodes: [Node]) {
        let once = PlaceholderFiller(values: [:])
        pieces = nodes.map { node in
            guard case .element(let element) = node else { return .fixed([node]) }
            return PlaceholderFiller.names(in: element).isEmpty ? .fixed(once.fill([element]).map(Node.element)) : .open(element)
        }
    }
}

extension PlaceholderFiller {
    /// The prepared nodes filled with `values`, as `fill` fills them.
    func fill(_ prepared: PreparedFill) -> [Node] {
        prepared.pieces.flatMap { piece -> [Node] in
            switch piece {
            case .fixed(let nodes): nodes
            case .open(let element): fill([element]).map(Node.element)
            }
        }
    }
}

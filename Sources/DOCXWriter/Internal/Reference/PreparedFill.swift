import OOXML

// Nodes to be filled by `PlaceholderFiller` for every document of a run (the cover, a
// header's paragraphs): an element holding no placeholder comes out of filling the same
// whatever the values (its runs rewritten alike), so it is filled once, here, and also
// serialised once, so writing it is a copy of its bytes (`Filled.write(to:)`); only the
// elements with placeholders are filled per document.
struct PreparedFill: Sendable {
    fileprivate enum Piece: Sendable {
        /// Filled already: the same for every document, as nodes and as their markup.
        case fixed([Node], markup: [UInt8])
        /// To fill with the document's values.
        case open(Element)
    }

    fileprivate let pieces: [Piece]
    /// What serialising the fixed pieces noted, given again to every document they go into.
    fileprivate let warnings: [String]

    init(_ nodes: [Node]) {
        let once = PlaceholderFiller(values: [:])
        let diagnostics = Diagnostics()
        pieces = nodes.map { node in
            let filled: [Node]
            switch node {
            case .text:
                filled = [node]
            case .element(let element):
                guard PlaceholderFiller.names(in: element).isEmpty else { return .open(element) }
                filled = once.fill([element]).map(Node.element)
            }
            return .fixed(filled, markup: XMLWriter.fragment(diagnostics: diagnostics) { filled.write(to: $0) })
        }
        warnings = diagnostics.warnings
    }

    /// The nodes filled once, the same for every document.
    var fixedNodes: [Node] {
        pieces.flatMap { piece -> [Node] in
            switch piece {
            case .fixed(let nodes, _): nodes
            case .open: []
            }
        }
    }

    /// Prepared nodes filled for one document.
    struct Filled {
        fileprivate enum Piece {
            case fixed(markup: [UInt8])
            case filled([Node])
        }

        fileprivate let pieces: [Piece]
        fileprivate let warnings: [String]
        /// Whether filling left no node at all.
        let isEmpty: Bool
        /// The nodes filled for this document (not those filled once).
        let ownNodes: [Node]

        /// Writes the nodes in order, those filled once as their markup; notes in
        /// `diagnostics` what serialising them noted.
        func write(to xml: XMLWriter, diagnostics: Diagnostics) {
            for warning in warnings { diagnostics.add(warning) }
            for piece in pieces {
                switch piece {
                case .fixed(let markup): xml.markup(markup)
                case .filled(let nodes): nodes.write(to: xml)
                }
            }
        }
    }
}

extension PlaceholderFiller {
    /// The prepared nodes filled with `values`, as `fill` fills them.
    func fill(_ prepared: PreparedFill) -> PreparedFill.Filled {
        var isEmpty = true
        var own: [Node] = []
        let pieces = prepared.pieces.map { piece -> PreparedFill.Filled.Piece in
            switch piece {
            case .fixed(let nodes, let markup):
                isEmpty = isEmpty && nodes.isEmpty
                return .fixed(markup: markup)
            case .open(let element):
                let nodes = fill([element]).map(Node.element)
                isEmpty = isEmpty && nodes.isEmpty
                own += nodes
                return .filled(nodes)
            }
        }
        return PreparedFill.Filled(pieces: pieces, warnings: prepared.warnings, isEmpty: isEmpty, ownNodes: own)
    }
}

import OOXML

// Nodes to be filled by `PlaceholderFiller` for every document of a run (the cover, a
// header's paragraphs): an element holding no placeholder comes out of filling the same
// whatever the values (its runs rewritten alike), so it is filled once, here, and also
// serialised once, so a writer copies its bytes (`write(filledWith:to:)`); only the
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
            return .fixed(filled, markup: XMLWriter.fragment(diagnostics: diagnostics) { xml in filled.write(to: xml) })
        }
        warnings = diagnostics.warnings
    }
}

extension PlaceholderFiller {
    /// The prepared nodes filled with `values`, as `fill` fills them.
    func fill(_ prepared: PreparedFill) -> [Node] {
        prepared.pieces.flatMap { piece -> [Node] in
            switch piece {
            case .fixed(let nodes, _): nodes
            case .open(let element): fill([element]).map(Node.element)
            }
        }
    }

    /// Writes the prepared nodes filled with `values`, as `fill` fills them, to `xml`: the
    /// fixed ones as their markup. Returns whether anything was written.
    func write(_ prepared: PreparedFill, to xml: XMLWriter, diagnostics: Diagnostics) -> Bool {
        for warning in prepared.warnings { diagnostics.add(warning) }
        var wrote = false
        for piece in prepared.pieces {
            switch piece {
            case .fixed(let nodes, let markup):
                xml.markup(markup)
                wrote = wrote || !nodes.isEmpty
            case .open(let element):
                let filled = fill([element])
                for element in filled { element.write(to: xml) }
                wrote = wrote || !filled.isEmpty
            }
        }
        return wrote
    }
}

import DocumentModel
import PlanModel

// The model's free text as document inlines and blocks, shared by every layout.

extension Löptext {
    /// The running text as inlines: emphasis, strong text and links kept.
    ///
    /// ```swift
    /// let paragraph = Block.paragraph(Löptext("Se SKR").inlines)
    /// ```
    public var inlines: [Inline] {
        delar.map { del in
            switch del {
            case .text(let s): return .text(s)
            case .betonad(let s): return .emphasis([.text(s)])
            case .fet(let s): return .strong([.text(s)])
            case .länk(let s, let adress): return .link([.text(s)], url: adress)
            }
        }
    }
}

extension Textblock {
    /// The paragraph or list as a document block.
    ///
    /// ```swift
    /// let blocks = mål.text.map(\.block)
    /// ```
    public var block: Block {
        switch self {
        case .stycke(let text): return .paragraph(text.inlines)
        case .punktlista(let punkter): return .bulletList(punkter.map(\.listItem))
        case .numreradLista(let punkter): return .numberedList(punkter.map(\.listItem))
        }
    }
}

extension Listpunkt {
    /// The item with its nested list, as a document list item.
    public var listItem: ListItem {
        ListItem([.paragraph(text.inlines)] + (underpunkter.isEmpty ? [] : [.bulletList(underpunkter.map(\.listItem))]))
    }
}

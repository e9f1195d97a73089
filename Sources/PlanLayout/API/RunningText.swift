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
        if let text = ensamText { return [.text(text)] }
        return delar.map { del in
            switch del {
            case .text(let s): return .text(s)
            case .betonad(let s): return .emphasis([.text(s)])
            case .fet(let s): return .strong([.text(s)])
            case .länk(let s, let adress): return .link([.text(s)], url: adress)
            case .hänvisning(let s, let id): return .crossReference(anchor: id, [.text(s)])
            }
        }
    }
}

extension Löptext {
    /// The running text as paragraphs: a line break ("\n", "\r\n" or "\r") in the plan's
    /// text starts a new one, as a new line in a table cell of the seed documents does.
    ///
    /// ```swift
    /// Löptext("Att eleven ska vilja vara i skolan\nLångsiktigt: fler behöriga").paragraphs   // two paragraphs
    /// ```
    public var paragraphs: [Block] {
        var paragraphs: [[Inline]] = [[]]
        for inline in inlines {
            // Clean text has no carriage return, so each line feed byte is a line break of its own.
            guard case .text(let written) = inline, case let text = TextHygiene.clean(written), text.containsUTF8(0x0A) else {
                paragraphs[paragraphs.count - 1].append(inline)
                continue
            }
            for (index, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                if index > 0 { paragraphs.append([]) }
                if !line.isEmpty { paragraphs[paragraphs.count - 1].append(.text(String(Substring(line)))) }
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map(Block.paragraph)
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

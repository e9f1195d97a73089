import DocumentModel
import PlanModel

/// A plan's running text and text blocks as document inlines and blocks, for every
/// layout that quotes a plan (the handlingsplan itself, the regional site's summaries).
///
/// ```swift
/// PlanText.inlines(Löptext("Se ")) + [.text("…")]
/// let blocks = regionaltMål.text.map(PlanText.block)
/// ```
public enum PlanText {
    /// Running text with its emphasis, bold and links.
    public static func inlines(_ text: Löptext) -> [Inline] {
        text.delar.map { del in
            switch del {
            case .text(let s): return .text(s)
            case .betonad(let s): return .emphasis([.text(s)])
            case .fet(let s): return .strong([.text(s)])
            case .länk(let s, let adress): return .link([.text(s)], url: adress)
            }
        }
    }

    /// A paragraph or a (nested) list.
    public static func block(_ textblock: Textblock) -> Block {
        switch textblock {
        case .stycke(let text): return .paragraph(inlines(text))
        case .punktlista(let punkter): return .bulletList(punkter.map(item))
        case .numreradLista(let punkter): return .numberedList(punkter.map(item))
        }
    }

    private static func item(_ punkt: Listpunkt) -> ListItem {
        ListItem([.paragraph(inlines(punkt.text))] + (punkt.underpunkter.isEmpty ? [] : [.bulletList(punkt.underpunkter.map(item))]))
    }
}

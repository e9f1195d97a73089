/// A block of a document.
///
/// ```swift
/// let blocks: [Block] = [
///     .heading(Heading(level: 2, text: [.text("Mål 1.1 Föräldrar ska erbjudas stöd")], anchor: "mal-1-1")),
///     .paragraph([.text("Föräldrar är viktiga i varje barns liv.")]),
///     .bulletList([ListItem([.paragraph([.text("Stödsamtal")])])]),
///     .sectionBreak(.landscape),
///     .table(table),
///     .sectionBreak(.portrait),
/// ]
/// ```
// Only the large payloads are boxed, so a paragraph, a list or a section break is held in
// the array of its blocks itself, without an allocation of its own.
public enum Block: Sendable, Hashable {
    indirect case heading(Heading)
    case paragraph([Inline])
    case bulletList([ListItem])
    case numberedList([ListItem])
    indirect case table(Table)
    /// A quotation, such as a voice from an interview.
    case quote([Block])
    /// An aside with a label: *Not*, *Källa*, a summary box.
    case note(label: String, [Block])
    /// Continue on a new page.
    case pageBreak
    /// Start a new section whose pages have this orientation.
    case sectionBreak(Orientation)
    /// A chart with its caption, or the caption of a chart not reproduced.
    indirect case figure(Figure)
}

/// Page orientation of a section.
public enum Orientation: String, Sendable, Hashable {
    case portrait, landscape
}

/// A heading with its outline level (1 is the top) and a stable anchor id for links.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: [Inline]
    /// Unique within the document; ASCII letters, digits and hyphens.
    public var anchor: String

    public init(level: Int, text: [Inline], anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// An item of a bulleted or numbered list; its blocks may hold nested lists.
public struct ListItem: Sendable, Hashable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }
}

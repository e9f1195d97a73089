// The styles the writer applies, by what they are for. Each resolves to a style id of the
// reference document: the reference's own style of that name if it has one (so staff
// changes win), otherwise the built-in definition in `StyleCatalog`. Its raw value is its
// place among the cases, so looking a role up costs an index, not hashing a name.
enum StyleRole: Int, CaseIterable, Sendable {
    case normal, bodyText, title, subtitle
    case heading1, heading2, heading3, heading4, heading5, heading6
    case tocHeading, toc1, toc2, toc3
    case listBullet, listNumber, listContinue
    case caption, quote, note, tableText, tableHeading
    case coverOrganisation, coverText
    case header, footer
    case defaultParagraphFont, hyperlink
    case normalTable, planTable
    case noList

    /// The heading style of an outline level; levels beyond six use the sixth.
    static func heading(_ level: Int) -> StyleRole {
        [.heading1, .heading2, .heading3, .heading4, .heading5, .heading6][min(6, max(1, level)) - 1]
    }

    /// The table-of-contents entry style of an outline level.
    static func tocEntry(_ level: Int) -> StyleRole {
        [.toc1, .toc2, .toc3][min(3, max(1, level)) - 1]
    }
}

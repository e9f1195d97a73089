/// What a page needs besides its document: the date it was made (given, never read
/// from the clock, so the same input gives the same page), its kind, and on the
/// regional site the address of the start page and whether the site has a search index.
///
/// ```swift
/// let settings = PageSettings(date: "2022-11-21", kind: .regionalGoal, startPage: "index.html", search: true)
/// ```
public struct PageSettings: Sendable, Hashable {
    /// ISO date shown as the generation date; nil shows none.
    public var date: String?
    public var kind: PageKind
    /// The relative address of the site's start page; nil for a standalone page.
    public var startPage: String?
    /// The site has a search index (Pagefind's, in `pagefind/` beside the pages), so pages
    /// show the search field.
    public var search: Bool

    public init(date: String?, kind: PageKind = .plan, startPage: String? = nil, search: Bool = false) {
        self.date = date
        self.kind = kind
        self.startPage = startPage
        self.search = search
    }
}

/// The kinds of page, as the template's `sidtyp` names them (and the stylesheet's
/// `sida-…` classes).
public enum PageKind: String, Sendable, Hashable, CaseIterable {
    case plan
    case start = "startsida"
    case regionalGoal = "regionalt-mal"
    case focusArea = "fokusomrade"
}

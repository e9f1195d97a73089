/// What a page needs besides its document: the date it was made (given, never read
/// from the clock, so the same input gives the same page), its kind, and on the
/// regional site the address of the start page and whether the site has a search index.
///
/// ```swift
/// let settings = PageSettings(date: "2022-11-21", kind: .regionalGoal, startPage: "index.html", search: true)
/// let own = PageSettings(date: nil, assetFolder: "vanersborg/")   // its own logo and stylesheet
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
    /// Where the page's stylesheet and logo are, relative to the page: "" beside it,
    /// "vanersborg/" for an organisation's own look.
    public var assetFolder: String
    /// The name the page header shows in type when the look has no logo; nil: the
    /// document's first organisation.
    public var organisation: String?

    public init(date: String?, kind: PageKind = .plan, startPage: String? = nil, search: Bool = false,
                assetFolder: String = "", organisation: String? = nil) {
        self.date = date
        self.kind = kind
        self.startPage = startPage
        self.search = search
        self.assetFolder = assetFolder
        self.organisation = organisation
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

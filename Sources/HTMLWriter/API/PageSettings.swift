/// What a page needs besides its document: the date it was made (given, never read
/// from the clock, so the same input gives the same page), its kind, and on the
/// regional site the address of the start page.
///
/// ```swift
/// let settings = PageSettings(date: "2022-11-21", kind: .regionalGoal, startPage: "index.html")
/// ```
public struct PageSettings: Sendable, Hashable {
    /// ISO date shown as the generation date; nil shows none.
    public var date: String?
    public var kind: PageKind
    /// The relative address of the site's start page; nil for a standalone page.
    public var startPage: String?

    public init(date: String?, kind: PageKind = .plan, startPage: String? = nil) {
        self.date = date
        self.kind = kind
        self.startPage = startPage
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

/// The names a page template (`templates/html/*.mustache`) can use, each documented in
/// templates/README.md. A name not listed here is a template error, so a misspelt
/// variable is reported instead of silently printing nothing.
///
/// ```mustache
/// <h1>{{titel}}</h1>
/// {{#period}}<p>Period: {{period}}</p>{{/period}}
/// {{^empty(innehall)}}<nav>…</nav>{{/empty(innehall)}}
/// {{{dokument}}}
/// ```
public enum PageVariable: String, Sendable, CaseIterable {
    /// The page's language, for `<html lang>`.
    case sprak
    case titel
    case undertitel
    /// A list of texts: `{{#organisationer}}{{.}}{{/organisationer}}`.
    case organisationer
    /// A list of further cover lines (the administrations behind the plan).
    case omslagsrader
    case period
    /// The adoption line as printed: "Fastställd av … 2020-06-04".
    case faststalld
    /// The revision line as printed: "Reviderad 2021-09-20, 2022-11-21".
    case reviderad
    /// ISO date of the plan's latest revision or adoption ("Planen senast ändrad").
    case andrad
    /// One line about the page, for `<meta name="description">`.
    case beskrivning
    case nyckelord
    /// The date the page was made, ISO: `--datum` or SOURCE_DATE_EPOCH, passed in so output
    /// stays reproducible; absent when neither is given.
    case datum
    /// What the page is: plan, startsida, regionalt-mal, fokusomrade.
    case sidtyp
    /// On the pages of the regional site: the address of its start page.
    case startsida
    /// True on the regional site's pages when it was built with its search index.
    case sok
    /// The folder of the stylesheet and logo relative to the page, "" or "vanersborg/":
    /// `href="{{resurser}}stil.css"`.
    case resurser
    /// The logo's file name (`logo.svg`, `logo.png` …) when the look has one.
    case logotyp
    /// The organisation the page header names in type when there is no logo.
    case organisation
    /// The table of contents: entries with `rubrik`, `ankare` and `underrubriker`.
    case innehall
    case rubrik
    case ankare
    case underrubriker
    /// The title and period as a CSS string's contents, every character that HTML or CSS
    /// would read specially hex-escaped: for the print margin, `content: "{{utskriftstitel}}"`.
    case utskriftstitel
    /// The document's body as HTML; the only variable written with three braces.
    case dokument

    /// Whether each entry of the list holds a list of the same name (the contents'
    /// `underrubriker`), so a partial may include itself inside it.
    public var nestsItself: Bool { self == .underrubriker }

    /// Whether the variable holds HTML that the template must insert unescaped.
    public var isHTML: Bool { self == .dokument }
}

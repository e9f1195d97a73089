/// What a document says about itself: the cover texts, the dates and the language.
/// Writers put it on the cover, in page headers and in file properties.
///
/// ```swift
/// let metadata = Metadata(
///     title: "Det goda livet i Vänersborgs kommun",
///     subtitle: "Lokal handlingsplan för psykisk hälsa, barn och unga",
///     organisations: ["Vänersborgs kommun", "Västra Götalandsregionen"],
///     period: "2020–2022",
///     adoption: "Fastställd av närsjukvårdsgrupp barn och unga i Vänersborg 2020-06-04",
///     revisions: "Reviderad 2021-09-20, 2022-11-21",
///     created: "2020-06-04", modified: "2022-11-21")
/// ```
public struct Metadata: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var organisations: [String]
    /// Further cover lines, such as the administrations behind the plan.
    public var coverNotes: [String]
    /// The period the document covers, as printed: "2020–2022".
    public var period: String?
    /// The adoption line as printed: "Fastställd av … 2020-06-04".
    public var adoption: String?
    /// The revision line as printed: "Reviderad 2021-09-20, 2022-11-21".
    public var revisions: String?
    /// ISO date of adoption.
    public var created: String?
    /// ISO date of the latest revision.
    public var modified: String?
    /// BCP 47 language tag.
    public var language: String
    public var keywords: [String]
    /// A one-line description for file properties and search engines.
    public var subject: String?
    /// The deepest heading level a contents list shows, so it reaches the plan's goals
    /// (level 3 in Tanum, 2 in Vänersborg); nil leaves it to the writer.
    public var contentsDepth: Int?
    /// The contents list's title ("Innehåll") for writers without a template of their own
    /// (text); nil for no contents list there.
    public var contentsTitle: String?
    /// A short title for running page headers, where the title is too long for one line.
    public var shortTitle: String?

    public init(title: String, subtitle: String? = nil, organisations: [String] = [], coverNotes: [String] = [],
                period: String? = nil, adoption: String? = nil, revisions: String? = nil,
                created: String? = nil, modified: String? = nil, language: String = "sv-SE",
                keywords: [String] = [], subject: String? = nil, contentsDepth: Int? = nil,
                contentsTitle: String? = nil, shortTitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.organisations = organisations
        self.coverNotes = coverNotes
        self.period = period
        self.adoption = adoption
        self.revisions = revisions
        self.created = created
        self.modified = modified
        self.language = language
        self.keywords = keywords
        self.subject = subject
        self.contentsDepth = contentsDepth
        self.contentsTitle = contentsTitle
        self.shortTitle = shortTitle
    }
}

import DocumentModel

/// One page of the regional site: its file name (relative links between pages use it),
/// what kind of page it is, and its document.
///
/// ```swift
/// for page in pages { try out.write(render(page.document), named: page.fileName) }
/// ```
public struct SitePage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case start, plan, regionalGoal, focusArea
    }

    /// A plain file name such as "regionalt-mal-b1-1.html"; every page sits in one folder.
    public let fileName: String
    public let kind: Kind
    public let document: Document

    public init(fileName: String, kind: Kind, document: Document) {
        self.fileName = fileName
        self.kind = kind
        self.document = document
    }
}

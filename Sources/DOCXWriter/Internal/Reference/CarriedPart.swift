import Foundation
import OOXML

// A part of the reference document copied into every output.
struct CarriedPart: Sendable {
    enum Content: Sendable {
        case xml(XMLPart)
        case binary(Data)
    }

    let name: String
    /// The part's own content type, or nil when its extension decides (images).
    let contentType: String?
    let defaultType: String
    let content: Content
    let relationships: [Relationship]

    /// Headers and footers, whose placeholders are filled per document.
    var isHeaderOrFooter: Bool { contentType == ContentType.header || contentType == ContentType.footer }
}

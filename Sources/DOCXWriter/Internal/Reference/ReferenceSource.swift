import Foundation
import OOXML

// What reading and checking a reference document gives, before the writer's own tables
// (style ids, lists, the table look) are made from it (`ReferenceContent`): the parts it
// copies, normalised, and what it found in them.
struct ReferenceSource: Sendable {
    var cover: [Element]
    var coverEndsSection: Bool
    var mainSection: Element
    var documentNamespaces: [Namespace]
    var documentRootAttributes: [Attribute]
    /// The table of contents after the cover: its heading paragraph and field instruction.
    var tableOfContents: (heading: Element?, instruction: String)?
    var firstFreeBookmarkId: Int
    var styles: XMLPart?
    var numbering: XMLPart?
    /// The first table after the cover: the sample of the tables' look.
    var tableSample: Element?
    var settings: XMLPart?
    var fontTable: XMLPart?
    var theme: XMLPart?
    var relationships: [Relationship]
    var parts: [CarriedPart]
}

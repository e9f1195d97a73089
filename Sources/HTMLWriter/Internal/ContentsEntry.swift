import DocumentModel
import Mustache

// An entry of the page's table of contents (`{{#innehall}}`): a heading's text and anchor,
// and the deeper headings that follow it, as `underrubriker` of the same kind. Answers
// the three names with a switch instead of a dictionary built and hashed per entry.
//
// ```swift
// let entries = ContentsEntry.entries(document.headings[...])   // {{#innehall}}{{rubrik}}{{/innehall}}
// ```
struct ContentsEntry: MustacheParent {
    let rubrik: PageText
    let ankare: PageText
    let underrubriker: [ContentsEntry]

    func child(named name: String) -> Any? {
        switch name {
        case PageVariable.rubrik.rawValue: return rubrik
        case PageVariable.ankare.rawValue: return ankare
        case PageVariable.underrubriker.rawValue: return underrubriker
        default: return nil
        }
    }

    /// Nested entries: each heading with the deeper headings that follow it.
    static func entries(_ headings: ArraySlice<Heading>) -> [ContentsEntry] {
        var result: [ContentsEntry] = []
        var index = headings.startIndex
        while index < headings.endIndex {
            let heading = headings[index]
            var end = headings.index(after: index)
            while end < headings.endIndex && headings[end].level > heading.level { end += 1 }
            result.append(ContentsEntry(rubrik: PageText(heading.text.plainText), ankare: PageText(heading.anchor),
                                        underrubriker: entries(headings[(index + 1)..<end])))
            index = end
        }
        return result
    }
}

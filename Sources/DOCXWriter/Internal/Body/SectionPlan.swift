import DocumentModel

// Splits a document's blocks at its section breaks. Headings directly before a break move
// after it, so a heading never ends a page alone before a landscape table; empty sections
// disappear.
struct SectionPlan {
    struct Section {
        var orientation: Orientation
        var blocks: [Block]
    }

    let sections: [Section]

    init(_ blocks: [Block]) {
        var sections = [Section(orientation: .portrait, blocks: [])]
        for block in blocks {
            guard case .sectionBreak(let orientation) = block else {
                sections[sections.count - 1].blocks.append(block)
                continue
            }
            var moved: [Block] = []
            while let last = sections[sections.count - 1].blocks.last, case .heading = last {
                moved.insert(sections[sections.count - 1].blocks.removeLast(), at: 0)
            }
            if sections[sections.count - 1].blocks.isEmpty {
                sections[sections.count - 1] = Section(orientation: orientation, blocks: moved)
            } else {
                sections.append(Section(orientation: orientation, blocks: moved))
            }
        }
        if sections.count > 1 && sections[sections.count - 1].blocks.isEmpty { sections.removeLast() }
        self.sections = sections
    }
}

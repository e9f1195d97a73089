import AnalysisModel
import DocumentModel
import PlanLayout
import PlanModel
import Wording

// The report's tables as document tables: header rows with their spans, row headers
// marked, every fixed word from the label file.
struct TableLayout {
    let labels: Labels

    private var numbers: NumberText { NumberText(labels: labels) }
    private var words: ReportWords { ReportWords(labels: labels) }

    /// Förutsättningar | Verksamhet | Resultat (over three columns), then the five column
    /// names; the Styrning och ledning band above the cells and the Uppföljning band below,
    /// each across the table. Each column's items stand one per row (the first items side
    /// by side, then the second, …), so the table breaks across pages between items rather
    /// than holding one page-high row; an item repeated in a column (case and spacing
    /// aside) stands once.
    func logicModel(_ logik: Verksamhetslogik) -> Table {
        let groups = Row([Cell(labels.text(.logicPrerequisites)), Cell(labels.text(.logicOperations)),
                          Cell(labels.text(.logicResults), colSpan: 3)])
        let columns = Row([LabelKey.logicResources, .logicActivities, .logicOutputs, .logicEffects, .logicFinalGoal]
            .map { Cell(labels.text($0)) })
        var body: [Row] = []
        if let styrning = logik.styrningOchLedning { body.append(band(.logicGovernance, styrning)) }
        let items = logik.celler.map { Self.items($0.map(\.block)) }
        for index in 0..<(items.map(\.count).max() ?? 0) {
            body.append(Row(items.map { index < $0.count ? Cell($0[index]) : Cell([]) }))
        }
        if let uppföljning = logik.uppföljning { body.append(band(.logicFollowUp, uppföljning)) }
        return Table(caption: labels.text(.logicModelCaption), columns: Array(repeating: Column(width: 20), count: 5),
                     header: [groups, columns], body: body)
    }

    /// Whether a logic model upright runs long: its fullest column, a fifth of a portrait
    /// page (some 18 characters a line), takes more than about 45 lines, most of a page.
    static func runsLong(_ logik: Verksamhetslogik) -> Bool {
        logik.celler.contains { cell in
            items(cell.map(\.block)).reduce(0) { lines, item in lines + (words(item).count + 17) / 18 } > 45
        }
    }

    /// A cell's blocks as items: each paragraph, and each item of a list as a list of one.
    private static func items(_ blocks: [Block]) -> [[Block]] {
        var seen: Set<String> = []
        var result: [[Block]] = []
        func add(_ item: [Block], text: String) {
            let key = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if seen.insert(key).inserted { result.append(item) }
        }
        for block in blocks {
            switch block {
            case .bulletList(let listItems):
                for item in listItems { add([.bulletList([item])], text: words(item.blocks)) }
            case .numberedList(let listItems):
                for item in listItems { add([.numberedList([item])], text: words(item.blocks)) }
            case .heading, .paragraph, .table, .quote, .note, .pageBreak, .sectionBreak, .figure:
                add([block], text: words([block]))
            }
        }
        return result
    }

    /// The words of blocks, to compare items by.
    private static func words(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .heading(let heading): return heading.text.plainText
            case .paragraph(let inlines): return inlines.plainText
            case .bulletList(let items), .numberedList(let items): return items.map { words($0.blocks) }.joined(separator: " ")
            case .quote(let inner), .note(_, let inner): return words(inner)
            case .table(let table): return (table.header + table.body).flatMap(\.cells).map { words($0.blocks) }.joined(separator: " ")
            case .figure(let figure): return figure.caption
            case .pageBreak, .sectionBreak: return ""
            }
        }.joined(separator: " ")
    }

    private func band(_ key: LabelKey, _ text: Löptext) -> Row {
        let inlines: [Inline] = text.ren.isEmpty
            ? [.strong([.text(labels.text(key))])]
            : labels.inlines(.logicBand, ["rubrik": [.strong([.text(labels.text(key))])], "text": text.inlines])
        return Row([Cell([.paragraph(inlines)], colSpan: 5)])
    }

    func dataTable(_ tabell: Datatabell) -> Table {
        let header = Row([Cell(tabell.förstaKolumn)] + tabell.kolumner.map { Cell($0.rubrik) })
        let body = tabell.rader.map { rad in
            Row([Cell(rad.rubrik, isRowHeader: true)] + tabell.kolumner.indices.map { index in
                Cell(index < rad.värden.count ? rad.värden[index].map(numbers.text) ?? "" : "")
            })
        }
        return Table(caption: tabell.rubrik,
                     columns: [Column(width: 22)] + tabell.kolumner.map { _ in Column(width: 12, alignment: .end) },
                     header: [header], body: body)
    }

    func goalOverview(_ översikt: Målöversikt, caption: String) -> Table {
        Table(caption: caption, columns: [Column(width: 35), Column(width: 65)],
              header: [Row([Cell(labels.text(.columnGoal)), Cell(labels.text(.columnWork))])],
              body: översikt.rader.map { rad in
                  Row([Cell(words.goalTitle(rad.mål), isRowHeader: true), Cell([.paragraph(rad.text.inlines)])])
              })
    }

    func kindOverview(_ översikt: Typöversikt) -> Table {
        Table(caption: labels.text(.columnKind), columns: [Column(width: 20), Column(width: 40), Column(width: 40)],
              header: [Row([Cell(labels.text(.columnKind)), Cell(labels.text(.columnDescription)),
                            Cell(labels.text(.reportObservations))])],
              body: översikt.rader.map { rad in
                  Row([Cell(rad.egenRubrik ?? words.kind(rad.slag), isRowHeader: true),
                       Cell([.paragraph(rad.beskrivning.inlines)]), Cell([.paragraph(rad.observation.inlines)])])
              })
    }

    /// One row per person; the group and perspective cells span their persons' rows.
    func interviews(_ tabell: Intervjutabell) -> Table {
        var body: [Row] = []
        for grupp in tabell.grupper {
            let groupRows = grupp.perspektiv.map(\.personer.count).reduce(0, +)
            for (perspectiveIndex, perspektiv) in grupp.perspektiv.enumerated() {
                for (personIndex, person) in perspektiv.personer.enumerated() {
                    var cells: [Cell] = []
                    if perspectiveIndex == 0 && personIndex == 0 {
                        cells.append(Cell(grupp.namn, rowSpan: groupRows, isRowHeader: true))
                    }
                    if personIndex == 0 {
                        cells.append(Cell(perspektiv.namn, rowSpan: perspektiv.personer.count, isRowHeader: true))
                    }
                    cells += [Cell(person.namn), Cell(person.roll)]
                    body.append(Row(cells))
                }
            }
        }
        return Table(caption: labels.text(.interviewCaption),
                     columns: [Column(width: 20), Column(width: 25), Column(width: 25), Column(width: 30)],
                     header: [Row([LabelKey.interviewGroup, .interviewPerspective, .interviewPersons, .interviewRole]
                        .map { Cell(labels.text($0)) })],
                     body: body)
    }
}

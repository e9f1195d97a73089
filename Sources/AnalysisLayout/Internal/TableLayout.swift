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
    /// each across the table.
    func logicModel(_ logik: Verksamhetslogik) -> Table {
        let groups = Row([Cell(labels.text(.logicPrerequisites)), Cell(labels.text(.logicOperations)),
                          Cell(labels.text(.logicResults), colSpan: 3)])
        let columns = Row([LabelKey.logicResources, .logicActivities, .logicOutputs, .logicEffects, .logicFinalGoal]
            .map { Cell(labels.text($0)) })
        var body: [Row] = []
        if let styrning = logik.styrningOchLedning { body.append(band(.logicGovernance, styrning)) }
        body.append(Row(logik.celler.map { Cell($0.map(\.block)) }))
        if let uppföljning = logik.uppföljning { body.append(band(.logicFollowUp, uppföljning)) }
        return Table(caption: labels.text(.logicModelCaption), columns: Array(repeating: Column(width: 20), count: 5),
                     header: [groups, columns], body: body)
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
                     columns: [Column(width: 22)] + tabell.kolumner.map { _ in Column(width: 12) },
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

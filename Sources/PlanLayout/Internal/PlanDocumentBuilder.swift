import Foundation
import DocumentModel
import PlanModel
import Wording

// One walk over a plan, producing blocks in the plan's order. Heading levels follow the
// nesting of chapters, fokusområden and goals.
struct PlanDocumentBuilder {
    let plan: Handlingsplan
    let labels: Labels
    private let time: TimeFormatter
    private let fields: FieldText
    private var anchors = Anchors()
    /// The cells rows repeat (a time, a responsible party, "Saknas"), made once and shared.
    private let sharedCells = SharedCells()
    private var blocks: [Block] = []
    /// The orientation of the section being filled.
    private var orientation: Orientation = .portrait
    /// The anchor of each goal's heading, in the order of `plan.allaMål`.
    private(set) var goalAnchors: [String] = []

    init(plan: Handlingsplan, labels: Labels, regionalGoalURL: (@Sendable (RegionaltMål) -> String)? = nil) {
        self.plan = plan
        self.labels = labels
        self.time = TimeFormatter(labels: labels)
        self.fields = FieldText(labels: labels, time: time, regionalGoalURL: regionalGoalURL)
    }

    mutating func build() -> Document {
        blocks = []
        goalAnchors = []
        orientation = .portrait
        // A landscape plan (Tanum's seed) is landscape from its first page of text on.
        if plan.orientering == .liggande { turn(to: .landscape) }
        for del in plan.innehåll { add(del, level: 1) }
        turn(to: restingOrientation)
        addSignatures()
        var metadata = metadata()
        // Contents lists reach the goals: their deepest heading level.
        let goals = Set(goalAnchors)
        metadata.contentsDepth = blocks.compactMap { block -> Int? in
            guard case .heading(let heading) = block, goals.contains(heading.anchor) else { return nil }
            return heading.level
        }.max()
        return Document(metadata: metadata, blocks: blocks)
    }

    // MARK: Metadata

    private func metadata() -> Metadata {
        let period = time.text(plan.period)
        var adoption: String?
        if let fastställd = plan.fastställd {
            adoption = fastställd.av.map { labels.text(.coverAdoptedBy, ["av": $0, "datum": fastställd.datum.iso]) }
                ?? labels.text(.coverAdopted, ["datum": fastställd.datum.iso])
        }
        let revisions = plan.revideringar.isEmpty ? nil
            : labels.text(.coverRevised, ["datum": plan.revideringar.map(\.iso).joined(separator: ", ")])
        let keywords = labels.text(.coverKeywords).split(separator: ",").map { $0.trimmingSpaces() }
        return Metadata(
            title: plan.titel, subtitle: plan.undertitel, organisations: plan.organisationer,
            coverNotes: plan.förvaltningar.isEmpty ? [] : [plan.förvaltningar.joined(separator: " ")],
            period: time.coverPeriod(plan.period, title: plan.titel), adoption: adoption, revisions: revisions,
            created: plan.fastställd?.datum.iso, modified: plan.senastÄndrad?.iso,
            keywords: keywords + plan.organisationer,
            subject: labels.text(.coverSubject, ["period": period]), contentsTitle: labels.text(.contentsTitle),
            shortTitle: plan.kortTitel)
    }

    // MARK: Content

    private mutating func add(_ del: Planinnehåll, level: Int) {
        switch del {
        case .text(let textblock):
            blocks.append(textblock.block)
        case .kapitel(let kapitel):
            turn(to: orientation(of: kapitel))
            let title = [kapitel.nummer.map { $0.hasSuffix(".") ? $0 : $0 + "." }, kapitel.rubrik]
                .compactMap { $0 }.joined(separator: " ")
            heading(level, [.text(title)], anchor: kapitel.rubrik)
            for inner in kapitel.innehåll { add(inner, level: level + 1) }
        case .fokus(let fokus):
            // Each goal's activity table is made once: for the orientation, then for the page.
            let tables = fokus.mål.map(activityTable(for:))
            turn(to: orientation(of: fokus, tables: tables))
            // A fokusområde stands at level 2 at the deepest, so its goals (level 3) are in
            // every contents list, however deep the chapters around it nest.
            add(fokus, level: min(level, 2), tables: tables)
        case .arbetsgrupp(let grupp):
            turn(to: restingOrientation)
            add(grupp, level: level)
        case .effektmål(let tabell):
            turn(to: TableWidths.portrait.needsMoreRoom(effectTable(tabell)) ? .landscape : restingOrientation)
            add(tabell, level: level)
        }
    }

    // MARK: Orientation

    /// A fokusområde turns as the plan says, else as its widest activity table needs, so
    /// its heading, texts and tables share one section. `tables` are its goals' activity
    /// tables, where already made.
    private func orientation(of fokus: Fokus, tables: [Table?]? = nil) -> Orientation {
        switch plan.orientering {
        case .liggande?: return .landscape
        case .stående?: return .portrait
        case nil:
            let wide = (tables ?? fokus.mål.map(activityTable(for:))).contains { $0.map(TableWidths.portrait.needsMoreRoom) ?? false }
            return wide ? .landscape : .portrait
        }
    }

    /// A chapter that holds fokusområden starts in the orientation of its first, so its
    /// heading and introduction do not stand alone on a page before a turn.
    private func orientation(of kapitel: Kapitel) -> Orientation {
        for del in kapitel.innehåll {
            switch del {
            case .fokus(let fokus): return orientation(of: fokus)
            case .kapitel(let inner): return orientation(of: inner)
            case .effektmål(let tabell): return TableWidths.portrait.needsMoreRoom(effectTable(tabell)) ? .landscape : restingOrientation
            case .text, .arbetsgrupp: continue
            }
        }
        return restingOrientation
    }

    /// Text outside the goal sections: upright, unless the plan turned its pages for good.
    private var restingOrientation: Orientation {
        plan.orientering == .liggande ? orientation : .portrait
    }

    /// Starts a section when the orientation changes.
    private mutating func turn(to wanted: Orientation) {
        guard wanted != orientation else { return }
        blocks.append(.sectionBreak(wanted))
        orientation = wanted
    }

    private mutating func add(_ fokus: Fokus, level: Int, tables: [Table?]) {
        let key: LabelKey = plan.fokusrubrik == .nummer ? .focusHeadingNumbered : .focusHeadingWithWord
        let title = labels.text(key, ["nummer": String(fokus.område.nummer), "namn": fokus.namn])
        heading(level, [.text(title)], anchor: "fokusomrade-\(fokus.område.nummer)")
        blocks += fokus.text.map(\.block)
        for (mål, table) in zip(fokus.mål, tables) { add(mål, level: level + 1, table: table) }
    }

    /// The goal's section; `table` is its activity table (`activityTable(for:)`).
    private mutating func add(_ mål: Mål, level: Int, table: Table?) {
        let title = mål.nummer.map { labels.text(.goalHeading, ["nummer": $0, "rubrik": mål.rubrik]) } ?? mål.rubrik
        goalAnchors.append(heading(level, [.text(title)], anchor: mål.nummer.map { "mal-\($0)" } ?? mål.rubrik))
        blocks += fields.regionalGoals(of: mål)
        blocks += mål.text.map(\.block)
        if let ledtext = mål.ledtext {
            blocks.append(.paragraph([.strong([.text(labels.text(.leadLabel))]), .text(" ")] + ledtext.inlines))
        }
        switch plan.tabellayout {
        case .delmål:
            if let table {
                heading(level + 1, [.text(labels.text(.developmentNeedsHeading))],
                        anchor: labels.text(.developmentNeedsHeading) + " " + (mål.nummer ?? mål.rubrik))
                blocks.append(.table(table))
            }
            addGoalIndicators(mål, level: level + 1)
        case .vadOchIndikator:
            if let table { blocks.append(.table(table)) }
            addGoalIndicators(mål, level: level + 1)
        case .teman:
            addTheme(mål, level: level + 1)
        }
    }

    private mutating func add(_ grupp: Arbetsgrupp, level: Int) {
        heading(level, [.text(labels.text(.workingGroupHeading))], anchor: labels.text(.workingGroupHeading))
        let items = grupp.rader.map { rad -> ListItem in
            var line: [Inline] = [.text(rad.förvaltning + " – ")]
            if !rad.namn.isEmpty {
                line.append(.text(rad.namn.joined(separator: ", ")))
            } else if rad.anmärkning == nil {
                line += missing
            }
            if let anmärkning = rad.anmärkning {
                line.append(.text((rad.namn.isEmpty ? "" : ". ") + anmärkning))
            }
            if let år = rad.reviderat {
                line += [.text(" "), .emphasis([.text("(" + labels.text(.revisionMark, ["år": String(år)]) + ")")])]
            }
            return ListItem([.paragraph(line)])
        }
        blocks.append(.bulletList(items))
    }

    private mutating func add(_ tabell: Effektmålstabell, level: Int) {
        heading(level, [.text(tabell.rubrik)], anchor: tabell.rubrik)
        blocks.append(.table(effectTable(tabell)))
    }

    private func effectTable(_ tabell: Effektmålstabell) -> Table {
        let header = Row([Cell(tabell.delområde)] + tabell.etapper.map { etapp in
            Cell(labels.text(etapp.slag == .effektmål ? .effectGoalColumn : .visionColumn, ["tid": time.text(etapp.tid)]))
        })
        let body = tabell.rader.map { rad in
            Row([Cell(rad.namn, isRowHeader: true)] + rad.mål.map { Cell($0) })
        }
        return Table(caption: tabell.rubrik,
                     columns: [Column(width: 18)] + tabell.etapper.map { _ in Column(width: 20) },
                     header: [header], body: body)
    }

    private mutating func addTheme(_ mål: Mål, level: Int) {
        let shortTerm = mål.kortsiktigPeriod.map { labels.text(.shortTermHeading, ["period": time.text($0)]) }
            ?? labels.text(.shortTermHeadingWithoutPeriod)
        heading(level, [.text(shortTerm)], anchor: "\(mål.rubrik)-kortsiktiga")
        if !mål.aktiviteter.isEmpty {
            blocks.append(.bulletList(mål.aktiviteter.map {
                ListItem($0.namn.paragraphs + $0.vad.map(\.block) + fields.activityLines($0))
            }))
        }
        addIndicators(mål.indikatorer, level: level + 1, anchor: "\(mål.rubrik)-kortsiktiga-indikatorer")
        heading(level, [.text(labels.text(.longTermHeading))], anchor: "\(mål.rubrik)-langsiktiga")
        blocks.append(.bulletList(mål.långsiktigaMål.map { ListItem([.paragraph($0.inlines)]) }))
        addIndicators(mål.långsiktigaIndikatorer, level: level + 1, anchor: "\(mål.rubrik)-langsiktiga-indikatorer")
    }

    /// The goal's own indicators, period and long-term goals in the table layouts, where
    /// the plan writes them (`Indikatorer { … }`, `KortsiktigaMål`, `LångsiktigaMål` in a goal).
    private mutating func addGoalIndicators(_ mål: Mål, level: Int) {
        if let period = mål.kortsiktigPeriod {
            heading(level, [.text(labels.text(.shortTermHeading, ["period": time.text(period)]))], anchor: "\(mål.rubrik)-kortsiktiga")
        }
        if mål.indikatorer != [] {
            addIndicators(mål.indikatorer, level: level, anchor: "\(mål.rubrik)-kortsiktiga-indikatorer")
        }
        if !mål.långsiktigaMål.isEmpty || mål.långsiktigaIndikatorer != [] {
            heading(level, [.text(labels.text(.longTermHeading))], anchor: "\(mål.rubrik)-langsiktiga")
            if !mål.långsiktigaMål.isEmpty {
                blocks.append(.bulletList(mål.långsiktigaMål.map { ListItem([.paragraph($0.inlines)]) }))
            }
            if mål.långsiktigaIndikatorer != [] {
                addIndicators(mål.långsiktigaIndikatorer, level: level + 1, anchor: "\(mål.rubrik)-langsiktiga-indikatorer")
            }
        }
    }

    private mutating func addIndicators(_ indikatorer: [Indikator]?, level: Int, anchor: String) {
        heading(level, [.text(labels.text(.indicatorsHeading))], anchor: anchor)
        if let indikatorer, !indikatorer.isEmpty {
            blocks.append(fields.indicatorList(indikatorer))
        } else {
            blocks.append(.paragraph(missing))
        }
    }

    private mutating func addSignatures() {
        guard !plan.underskrifter.isEmpty else { return }
        heading(1, [.text(labels.text(.signaturesHeading))], anchor: labels.text(.signaturesHeading))
        // As the seed: a signing line, then name and title, then förvaltning, two signatories a row.
        let cells = plan.underskrifter.map { underskrift in
            Cell([.paragraph([.text(labels.text(.signingLine))]),
                  .paragraph([.text(labels.text(.nameAndTitle, ["namn": underskrift.namn, "titel": underskrift.titel]))])]
                 + (underskrift.förvaltning.map { [.paragraph([.text($0)])] } ?? []))
        }
        let rows = stride(from: 0, to: cells.count, by: 2).map { Row(Array(cells[$0..<min(cells.count, $0 + 2)])) }
        blocks.append(.table(Table(columns: [Column(width: 1), Column(width: 1)], header: [], body: rows, isLayout: true)))
    }

    /// Adds a heading and returns its unique anchor.
    @discardableResult
    private mutating func heading(_ level: Int, _ text: [Inline], anchor: String) -> String {
        let unique = anchors.make(anchor)
        blocks.append(.heading(Heading(level: level, text: text, anchor: unique)))
        return unique
    }

    // MARK: Activity tables

    /// The goal's activity table in the plan's layout, or nil when it has no activities.
    private func activityTable(for mål: Mål) -> Table? {
        guard !mål.aktiviteter.isEmpty else { return nil }
        switch plan.tabellayout {
        case .delmål: return subGoalTable(mål)
        case .vadOchIndikator: return whatAndIndicatorTable(mål)
        case .teman: return nil
        }
    }

    /// Delmål | När | Ansvar | Uppföljning, under a band per activity with its name and
    /// description.
    private func subGoalTable(_ mål: Mål) -> Table {
        let columns: [(LabelKey, Double)] = [
            (.columnSubGoal, 25), (.columnWhen, 15), (.columnResponsibility, 20), (.columnFollowUp, 40),
        ]
        let body = mål.aktiviteter.flatMap { aktivitet in
            band(aktivitet, extra: aktivitet.vad.map(\.block) + fields.labelledIndicators(aktivitet.indikatorer),
                 columns: columns.count) + aktivitet.rader.map { rad in
                Row([
                    Cell(rad.text?.paragraphs ?? [.paragraph(missing)]),
                    whenCell(rad.när), responsibleCell(rad.ansvar), followUpCell(rad.uppföljning),
                ])
            }
        }
        return activityTable(mål, columns: columns, body: body)
    }

    /// Vad | Indikator | När | Ansvarig | Uppföljning, under a band per activity with its
    /// name; what and indicator span the activity's rows.
    private func whatAndIndicatorTable(_ mål: Mål) -> Table {
        let columns: [(LabelKey, Double)] = [
            (.columnWhat, 30), (.columnIndicator, 20), (.columnWhen, 12), (.columnResponsible, 15), (.columnFollowUp, 23),
        ]
        let body = mål.aktiviteter.flatMap { aktivitet in
            band(aktivitet, extra: [], columns: columns.count) + aktivitet.rader.enumerated().map { index, rad in
                var cells: [Cell] = []
                if index == 0 {
                    let span = aktivitet.rader.count
                    cells += [
                        whatCell(aktivitet, rowSpan: span),
                        Cell(aktivitet.indikatorer.isEmpty ? [.paragraph(missing)] : [fields.indicatorList(aktivitet.indikatorer)],
                             rowSpan: span),
                    ]
                }
                cells += [whenCell(rad.när), responsibleCell(rad.ansvar), followUpCell(rad.uppföljning)]
                return Row(cells)
            }
        }
        return activityTable(mål, columns: columns, body: body)
    }

    /// The activity's band: one row across the table, naming the activity (in bold) and
    /// heading the rows after it, so a reader of any page sees which activity a row is of.
    private func band(_ aktivitet: Aktivitet, extra: [Block], columns: Int) -> [Row] {
        let name = aktivitet.namn.paragraphs.map { block -> Block in
            guard case .paragraph(let inlines) = block else { return block }
            return .paragraph([.strong(inlines)])
        }
        return [Row([Cell(name + extra, colSpan: columns, isRowHeader: true)])]
    }

    /// The header is two rows: "Aktivitet" across the table, as the bands are, then the
    /// columns of each activity's rows.
    private func activityTable(_ mål: Mål, columns: [(LabelKey, Double)], body: [Row]) -> Table {
        Table(caption: labels.text(.activitiesCaption, ["mål": mål.nummer ?? mål.rubrik]),
              columns: columns.map { Column(width: $0.1) },
              header: [Row([Cell(labels.text(.columnActivity), colSpan: columns.count)]),
                       Row(columns.map { Cell(labels.text($0.0)) })],
              body: body)
    }

    /// Tanum's *Vad*: what is done, then the delmål of the activity's rows.
    private func whatCell(_ aktivitet: Aktivitet, rowSpan: Int) -> Cell {
        let what = aktivitet.vad.map(\.block) + fields.subGoalLines(aktivitet)
        return Cell(what.isEmpty ? [.paragraph(missing)] : what, rowSpan: rowSpan)
    }

    private func whenCell(_ när: [Tid]) -> Cell {
        guard när.count == 1 else {
            return när.isEmpty ? missingCell : Cell(när.map { .paragraph([.text(time.text($0).capitalisedFirst)]) })
        }
        return sharedCells.cell(of: time.text(när[0]).capitalisedFirst)
    }

    private func responsibleCell(_ ansvar: String?) -> Cell {
        ansvar.map(sharedCells.cell(of:)) ?? missingCell
    }

    private func followUpCell(_ uppföljningar: [Uppföljning]) -> Cell {
        uppföljningar.isEmpty ? missingCell : Cell(fields.followUps(uppföljningar))
    }

    /// A cell of one text, the same value for every row that shows that text.
    private var missingCell: Cell { sharedCells.missing { Cell([.paragraph(missing)]) } }

    // MARK: Text

    /// The consistent, visible mark for information the plan lacks.
    private var missing: [Inline] { fields.missing }
}

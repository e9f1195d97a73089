import Foundation
import DocumentModel
import PlanModel

// One walk over a plan, producing blocks in the plan's order. Heading levels follow the
// nesting of chapters, fokusområden and goals.
struct PlanDocumentBuilder {
    let plan: Handlingsplan
    let labels: Labels
    private let time: TimeFormatter
    private var anchors = Anchors()
    private var blocks: [Block] = []
    /// The anchor of each goal's heading, in the order of `plan.allaMål`.
    private(set) var goalAnchors: [String] = []

    init(plan: Handlingsplan, labels: Labels) {
        self.plan = plan
        self.labels = labels
        self.time = TimeFormatter(labels: labels)
    }

    mutating func build() -> Document {
        blocks = []
        goalAnchors = []
        for del in plan.innehåll { add(del, level: 1) }
        addSignatures()
        return Document(metadata: metadata(), blocks: blocks)
    }

    // MARK: Metadata

    private func metadata() -> Metadata {
        let period = time.text(plan.period)
        var adoption: String?
        if let fastställd = plan.fastställd {
            // Cover dates are written as the label file's tid.datum says, like every other date.
            let datum = time.text(.datum(fastställd.datum))
            adoption = fastställd.av.map { labels.text(.coverAdoptedBy, ["av": $0, "datum": datum]) }
                ?? labels.text(.coverAdopted, ["datum": datum])
        }
        let revisions = plan.revideringar.isEmpty ? nil
            : labels.text(.coverRevised, ["datum": plan.revideringar.map { time.text(.datum($0)) }.joined(separator: ", ")])
        let keywords = labels.text(.coverKeywords).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return Metadata(
            title: plan.titel, subtitle: plan.undertitel, organisations: plan.organisationer,
            coverNotes: plan.förvaltningar.isEmpty ? [] : [plan.förvaltningar.joined(separator: " ")],
            period: period, adoption: adoption, revisions: revisions,
            created: plan.fastställd?.datum.iso, modified: plan.senastÄndrad?.iso,
            keywords: keywords + plan.organisationer,
            subject: labels.text(.coverSubject, ["period": period]))
    }

    // MARK: Content

    private mutating func add(_ del: Planinnehåll, level: Int) {
        switch del {
        case .text(let textblock):
            blocks.append(textblock.block)
        case .kapitel(let kapitel):
            let title = [kapitel.nummer.map { $0.hasSuffix(".") ? $0 : $0 + "." }, kapitel.rubrik]
                .compactMap { $0 }.joined(separator: " ")
            heading(level, [.text(title)], anchor: kapitel.rubrik)
            for inner in kapitel.innehåll { add(inner, level: level + 1) }
        case .fokus(let fokus):
            add(fokus, level: level)
        case .arbetsgrupp(let grupp):
            add(grupp, level: level)
        case .effektmål(let tabell):
            add(tabell, level: level)
        }
    }

    private mutating func add(_ fokus: Fokus, level: Int) {
        let key: LabelKey = plan.fokusrubrik == .nummer ? .focusHeadingNumbered : .focusHeadingWithWord
        let title = labels.text(key, ["nummer": String(fokus.område.nummer), "namn": fokus.namn])
        heading(level, [.text(title)], anchor: "fokusomrade-\(fokus.område.nummer)")
        blocks += fokus.text.map(\.block)
        for mål in fokus.mål { add(mål, level: level + 1) }
    }

    private mutating func add(_ mål: Mål, level: Int) {
        let title = mål.nummer.map { labels.text(.goalHeading, ["nummer": $0, "rubrik": mål.rubrik]) } ?? mål.rubrik
        goalAnchors.append(heading(level, [.text(title)], anchor: mål.nummer.map { "mal-\($0)" } ?? mål.rubrik))
        blocks += mål.text.map(\.block)
        switch plan.tabellayout {
        case .delmål:
            guard !mål.aktiviteter.isEmpty else { return }
            heading(level + 1, [.text(labels.text(.developmentNeedsHeading))],
                    anchor: labels.text(.developmentNeedsHeading) + " " + (mål.nummer ?? mål.rubrik))
            blocks.append(.table(subGoalTable(mål)))
        case .vadOchIndikator:
            if let ledtext = mål.ledtext {
                blocks.append(.paragraph([.strong([.text(labels.text(.leadLabel))]), .text(" ")] + ledtext.inlines))
            }
            guard !mål.aktiviteter.isEmpty else { return }
            blocks += [.sectionBreak(.landscape), .table(whatAndIndicatorTable(mål)), .sectionBreak(.portrait)]
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
        let header = Row([Cell(tabell.delområde)] + tabell.etapper.map { etapp in
            Cell(labels.text(etapp.slag == .effektmål ? .effectGoalColumn : .visionColumn, ["tid": time.text(etapp.tid)]))
        })
        let body = tabell.rader.map { rad in
            Row([Cell(rad.namn, isRowHeader: true)] + rad.mål.map { Cell($0) })
        }
        let table = Table(caption: tabell.rubrik,
                          columns: [Column(width: 18)] + tabell.etapper.map { _ in Column(width: 20) },
                          header: [header], body: body)
        blocks += [.sectionBreak(.landscape), .table(table), .sectionBreak(.portrait)]
    }

    private mutating func addTheme(_ mål: Mål, level: Int) {
        let shortTerm = mål.kortsiktigPeriod.map { labels.text(.shortTermHeading, ["period": time.text($0)]) }
            ?? labels.text(.shortTermHeadingWithoutPeriod)
        heading(level, [.text(shortTerm)], anchor: "\(mål.rubrik)-kortsiktiga")
        if !mål.aktiviteter.isEmpty {
            blocks.append(.bulletList(mål.aktiviteter.map { ListItem($0.namn.paragraphs + $0.vad.map(\.block)) }))
        }
        addIndicators(mål.indikatorer, level: level + 1, anchor: "\(mål.rubrik)-kortsiktiga-indikatorer")
        heading(level, [.text(labels.text(.longTermHeading))], anchor: "\(mål.rubrik)-langsiktiga")
        blocks.append(.bulletList(mål.långsiktigaMål.map { ListItem([.paragraph($0.inlines)]) }))
        addIndicators(mål.långsiktigaIndikatorer, level: level + 1, anchor: "\(mål.rubrik)-langsiktiga-indikatorer")
    }

    private mutating func addIndicators(_ indikatorer: [Indikator]?, level: Int, anchor: String) {
        heading(level, [.text(labels.text(.indicatorsHeading))], anchor: anchor)
        if let indikatorer, !indikatorer.isEmpty {
            blocks.append(indicatorList(indikatorer))
        } else {
            blocks.append(.paragraph(missing))
        }
    }

    private mutating func addSignatures() {
        guard !plan.underskrifter.isEmpty else { return }
        heading(1, [.text(labels.text(.signaturesHeading))], anchor: labels.text(.signaturesHeading))
        for underskrift in plan.underskrifter {
            blocks.append(.paragraph([.strong([.text(labels.text(.nameAndTitle,
                ["namn": underskrift.namn, "titel": underskrift.titel]))])]))
            if let förvaltning = underskrift.förvaltning { blocks.append(.paragraph([.text(förvaltning)])) }
        }
    }

    /// Adds a heading and returns its unique anchor.
    @discardableResult
    private mutating func heading(_ level: Int, _ text: [Inline], anchor: String) -> String {
        let unique = anchors.make(anchor)
        blocks.append(.heading(Heading(level: level, text: text, anchor: unique)))
        return unique
    }

    // MARK: Activity tables

    private func subGoalTable(_ mål: Mål) -> Table {
        let columns: [(LabelKey, Double)] = [
            (.columnActivity, 20), (.columnSubGoal, 20), (.columnWhen, 13), (.columnResponsibility, 17), (.columnFollowUp, 30),
        ]
        let body = mål.aktiviteter.flatMap { aktivitet in
            aktivitet.rader.enumerated().map { index, rad in
                var cells: [Cell] = []
                if index == 0 {
                    cells.append(Cell(aktivitet.namn.paragraphs + aktivitet.vad.map(\.block),
                                      rowSpan: aktivitet.rader.count, isRowHeader: true))
                }
                cells += [
                    Cell(rad.text?.paragraphs ?? [.paragraph(missing)]),
                    whenCell(rad.när), responsibleCell(rad.ansvar), followUpCell(rad.uppföljning),
                ]
                return Row(cells)
            }
        }
        return activityTable(mål, columns: columns, body: body)
    }

    private func whatAndIndicatorTable(_ mål: Mål) -> Table {
        let columns: [(LabelKey, Double)] = [
            (.columnActivity, 14), (.columnWhat, 30), (.columnIndicator, 18), (.columnWhen, 11),
            (.columnResponsible, 12), (.columnFollowUp, 15),
        ]
        let body = mål.aktiviteter.flatMap { aktivitet in
            aktivitet.rader.enumerated().map { index, rad in
                var cells: [Cell] = []
                if index == 0 {
                    let span = aktivitet.rader.count
                    cells += [
                        Cell(aktivitet.namn.paragraphs, rowSpan: span, isRowHeader: true),
                        Cell(aktivitet.vad.isEmpty ? [.paragraph(missing)] : aktivitet.vad.map(\.block), rowSpan: span),
                        Cell(aktivitet.indikatorer.isEmpty ? [.paragraph(missing)] : [indicatorList(aktivitet.indikatorer)],
                             rowSpan: span),
                    ]
                }
                cells += [whenCell(rad.när), responsibleCell(rad.ansvar), followUpCell(rad.uppföljning)]
                return Row(cells)
            }
        }
        return activityTable(mål, columns: columns, body: body)
    }

    private func activityTable(_ mål: Mål, columns: [(LabelKey, Double)], body: [Row]) -> Table {
        Table(caption: labels.text(.activitiesCaption, ["mål": mål.nummer ?? mål.rubrik]),
              columns: columns.map { Column(width: $0.1) },
              header: [Row(columns.map { Cell(labels.text($0.0)) })],
              body: body)
    }

    private func whenCell(_ när: [Tid]) -> Cell {
        Cell(när.isEmpty ? [.paragraph(missing)] : när.map { .paragraph([.text(time.text($0).capitalisedFirst)]) })
    }

    private func responsibleCell(_ ansvar: String?) -> Cell {
        Cell([.paragraph(ansvar.map { [.text($0)] } ?? missing)])
    }

    private func followUpCell(_ uppföljningar: [Uppföljning]) -> Cell {
        guard !uppföljningar.isEmpty else { return Cell([.paragraph(missing)]) }
        return Cell(uppföljningar.map { uppföljning in
            var line: [Inline]
            let när = uppföljning.tid.map { [Inline.strong([.text(time.text($0).capitalisedFirst)])] }
            switch (när, uppföljning.text) {
            case let (när?, text?): line = labels.inlines(.datedFollowUp, ["tid": när, "text": text.inlines])
            case let (när?, nil): line = när
            case let (nil, text?): line = text.inlines
            case (nil, nil): line = missing
            }
            if let status = uppföljning.status {
                line += [.text(" "), .emphasis([.text(labels.text(.statusMark, ["status": statusText(status)]))])]
            }
            return .paragraph(line)
        })
    }

    private func statusText(_ status: Status) -> String {
        switch status {
        case .genomförd: return labels.text(.statusDone)
        case .pågående: return labels.text(.statusOngoing)
        case .ejPåbörjad: return labels.text(.statusNotStarted)
        case .inställd: return labels.text(.statusCancelled)
        }
    }

    private func indicatorList(_ indikatorer: [Indikator]) -> Block {
        .bulletList(indikatorer.map { ListItem([.paragraph($0.text.inlines)]) })
    }

    // MARK: Text

    /// The consistent, visible mark for information the plan lacks.
    private var missing: [Inline] { [.emphasis([.text(labels.text(.missing))])] }
}

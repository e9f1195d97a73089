import AnalysisModel
import DocumentModel
import PlanModel
import Wording

// The wording of plan fields that every table layout prints the same way: indicators
// with their kind, source, baseline and target; the regional goals a goal implements;
// follow-ups; and an activity's rows as lines (the theme layout's list).
struct FieldText {
    let labels: Labels
    let time: TimeFormatter
    /// Where the regional site has a page for a regional goal; nil outside the site.
    let regionalGoalURL: (@Sendable (RegionaltMål) -> String)?
    /// Dates of follow-up entries, worded as the date an entry was written.
    private let entryTime: TimeFormatter

    init(labels: Labels, time: TimeFormatter, regionalGoalURL: (@Sendable (RegionaltMål) -> String)?) {
        self.labels = labels
        self.time = time
        self.regionalGoalURL = regionalGoalURL
        self.entryTime = TimeFormatter(labels: labels, dates: .entry)
    }

    // MARK: Indicators

    /// The indicators as a list, each with its kind and source, then its baseline and target.
    func indicatorList(_ indikatorer: [Indikator]) -> Block {
        .bulletList(indikatorer.map(indicatorItem))
    }

    /// An activity's own indicators under their label, for a table cell or list item;
    /// nothing where it has none.
    func labelledIndicators(_ indikatorer: [Indikator]) -> [Block] {
        guard !indikatorer.isEmpty else { return [] }
        return [.paragraph([.strong([.text(labels.text(.indicatorsLabel))])]), indicatorList(indikatorer)]
    }

    private func indicatorItem(_ indikator: Indikator) -> ListItem {
        let kind = labels.text(indikator.typ == .process ? .indicatorProcess : .indicatorResult)
        let line: [Inline]
        if let källa = indikator.källa {
            line = labels.inlines(.indicatorWithKindAndSource,
                                  ["text": indikator.text.inlines, "slag": [.text(kind)], "källa": [.text(sourceText(källa))]])
        } else {
            line = labels.inlines(.indicatorWithKind, ["text": indikator.text.inlines, "slag": [.text(kind)]])
        }
        var blocks: [Block] = [.paragraph(line)]
        if let värde = indikator.utgångsvärde {
            blocks.append(.paragraph([.text(labels.text(.indicatorBaseline, ["värde": valueText(värde)]))]))
        }
        if let värde = indikator.målvärde {
            blocks.append(.paragraph([.text(labels.text(.indicatorTarget, ["värde": valueText(värde)]))]))
        }
        for serie in indikator.serier ?? [] {
            blocks.append(.paragraph([.text(labels.text(.indicatorSeries, [
                "kön": labels.text(.gender(serie.kön)).lowercasedFirst,
                "värden": serie.värden.map(valueText).joined(separator: ", "),
            ]))]))
        }
        return ListItem(blocks)
    }

    private func sourceText(_ källa: Indikatorkälla) -> String {
        switch källa {
        case .kolada(let id): return labels.text(.indicatorKolada, ["id": id])
        case .enkät(let namn), .register(let namn), .fritext(let namn): return namn
        }
    }

    /// "79 % (2022)": the number with a decimal comma, its unit and its time.
    func valueText(_ värde: Mätvärde) -> String {
        var decimals = 0
        var scaled = värde.värde
        while decimals < 4 && (scaled - scaled.rounded()).magnitude > 1e-9 {
            decimals += 1
            scaled *= 10
        }
        let number = NumberText(labels: labels).text(Tal(värde.värde, .ingen, decimaler: decimals))
        let withUnit = värde.enhet.map { labels.text(.valueWithUnit, ["tal": number, "enhet": $0]) } ?? number
        return värde.tid.map { labels.text(.valueWithTime, ["värde": withUnit, "tid": time.text($0)]) } ?? withUnit
    }

    // MARK: Regional goals

    /// A line per regional goal the goal implements, in italics under the goal's heading,
    /// linked to the goal's page on the site.
    /// The regional plan's own statement of a goal does not point at itself.
    func regionalGoals(of mål: Mål) -> [Block] {
        mål.regionalaMål.filter { !isStatement(mål, of: $0) }.map { goal in
            let words = [Inline.text(labels.text(.implementsRegionalGoal, ["id": goal.id, "rubrik": goal.rubrik]))]
            return .paragraph([.emphasis(regionalGoalURL.map { [.link(words, url: $0(goal))] } ?? words)])
        }
    }

    private func isStatement(_ mål: Mål, of goal: RegionaltMål) -> Bool {
        mål.nummer == goal.nummer && mål.rubrik == goal.rubrik && mål.text == goal.text
    }

    // MARK: Follow-ups

    /// A paragraph per follow-up: its time, its text, its status.
    func followUps(_ uppföljningar: [Uppföljning]) -> [Block] {
        uppföljningar.map { uppföljning in
            var line: [Inline]
            let när = uppföljning.tid.map { entryTime.text($0).capitalisedFirst }
            switch (när, uppföljning.text) {
            // The date in bold leads the entry it dates; a time alone ("Varje år") is plain.
            case let (när?, text?): line = labels.inlines(.datedFollowUp, ["tid": [.strong([.text(när)])], "text": text.inlines])
            case let (när?, nil): line = [.text(när)]
            case let (nil, text?): line = text.inlines
            case (nil, nil): line = missing
            }
            if let status = uppföljning.status {
                line += [.text(" "), .emphasis([.text(labels.text(.statusMark, ["status": labels.text(for: status)]))])]
            }
            return .paragraph(line)
        }
    }


    // MARK: Activities as lines

    /// An activity's rows as labelled lines (delmål, när, ansvar, follow-ups) and its
    /// indicators, for layouts that list activities instead of tabling them.
    func activityLines(_ aktivitet: Aktivitet) -> [Block] {
        aktivitet.rader.flatMap { rad -> [Block] in
            var blocks: [Block] = []
            if let text = rad.text { blocks.append(.paragraph(labels.inlines(.subGoalLine, ["text": text.inlines]))) }
            if !rad.när.isEmpty {
                let när = rad.när.map { time.text($0) }.joined(separator: ", ")
                blocks.append(.paragraph([.text(labels.text(.whenLine, ["när": när]))]))
            }
            if let ansvar = rad.ansvar { blocks.append(.paragraph([.text(labels.text(.responsibleLine, ["ansvar": ansvar]))])) }
            if !rad.uppföljning.isEmpty {
                blocks.append(.paragraph([.strong([.text(labels.text(.followUpLabel))])]))
                blocks += followUps(rad.uppföljning)
            }
            return blocks
        } + labelledIndicators(aktivitet.indikatorer)
    }

    /// The delmål texts of an activity's rows, each labelled (Tanum's *Vad* column).
    func subGoalLines(_ aktivitet: Aktivitet) -> [Block] {
        aktivitet.rader.compactMap(\.text).map { .paragraph(labels.inlines(.subGoalLine, ["text": $0.inlines])) }
    }

    /// The consistent, visible mark for information the plan lacks.
    var missing: [Inline] { [.emphasis([.text(labels.text(.missing))])] }
}

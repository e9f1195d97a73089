import AnalysisModel
import DocumentModel
import PlanModel
import Wording

// Builds the follow-up report, one plan after another, with the cross-plan summary first
// when there are several plans.
struct FollowUpBuilder {
    let labels: Labels
    let date: Datum
    let kolada: KoladaData
    private var times: TimeFormatter { TimeFormatter(labels: labels) }

    init(labels: Labels, date: Datum, kolada: KoladaData) {
        self.labels = labels
        self.date = date
        self.kolada = kolada
    }

    func document(for plans: [Handlingsplan]) -> Document {
        let metadata = Metadata(
            title: labels.text(.followUpTitle),
            subtitle: labels.text(.followUpSubtitle, ["datum": times.text(.datum(date))]),
            organisations: Array(uniqued(plans.flatMap(\.organisationer))),
            created: date.iso)
        var blocks: [Block] = []
        if plans.count > 1 {
            blocks.append(.heading(Heading(level: 1, text: [.text(labels.text(.followUpSummaryHeading))], anchor: "sammanfattning")))
            blocks += summary(counts(plans))
        }
        for plan in plans { blocks += self.plan(plan) }
        return Document(metadata: metadata, blocks: blocks)
    }

    // MARK: Counting

    /// Per fokusområde name, in first-seen order, over the plans.
    func counts(_ plans: [Handlingsplan]) -> [(fokusområde: String, counts: StatusCounts)] {
        var order: [String] = []
        var counts: [String: StatusCounts] = [:]
        for plan in plans {
            for (fokus, mål) in plan.allaMål {
                if counts[fokus.namn] == nil { order.append(fokus.namn) }
                for aktivitet in mål.aktiviteter { counts[fokus.namn, default: StatusCounts()].add(aktivitet.läge(den: date)) }
            }
        }
        return order.map { ($0, counts[$0] ?? StatusCounts()) }
    }

    // MARK: Summary

    private var states: [(label: String, count: (StatusCounts) -> Int)] {
        Status.allCases.map { status in (labels.text(for: status), { $0.byStatus[status] ?? 0 }) }
            + [(labels.text(.followUpNoStatus), { $0.withoutStatus }), (labels.text(.followUpNone), { $0.none })]
    }


    private func summary(_ rows: [(fokusområde: String, counts: StatusCounts)]) -> [Block] {
        let states = self.states
        let header = Row([Cell(labels.text(.followUpFocusColumn))] + states.map { Cell($0.label.capitalisedFirst) }
            + [Cell(labels.text(.followUpTotal))])
        let body = rows.map { row in
            Row([Cell(row.fokusområde, isRowHeader: true)] + states.map { Cell(String($0.count(row.counts))) }
                + [Cell(String(row.counts.total))])
        }
        let table = Table(
                          columns: [Column(width: 3)] + Array(repeating: Column(width: 1), count: states.count + 1),
                          header: [header], body: body)
        let shown = states.filter { state in rows.contains { state.count($0.counts) > 0 } }
        let parts = rows.map { row in
            labels.text(.followUpSummaryPart, ["fokusområde": row.fokusområde, "värden": shown.map {
                labels.text(.followUpCount, ["antal": String($0.count(row.counts)), "status": $0.label])
            }.joined(separator: ", ")])
        }
        let chart = Chart(
            kind: .bar, description: labels.text(.followUpSummaryDescription, ["värden": parts.joined(separator: "; ")]),
            categoryTitle: labels.text(.followUpFocusColumn), categories: rows.map(\.fokusområde),
            unit: labels.text(.followUpCountUnit),
            series: shown.map { state in
                ChartSeries(name: state.label.capitalisedFirst, values: rows.map {
                    let count = state.count($0.counts)
                    return ChartValue(Double(count), String(count))
                })
            },
            missing: labels.text(.followUpMissing), tableLabel: labels.text(.followUpValues))
        return [.table(table), .figure(Figure(caption: labels.text(.followUpSummaryCaption, ["datum": times.text(.datum(date))]),
                                              content: .chart(chart)))]
    }

    // MARK: A plan

    private func plan(_ plan: Handlingsplan) -> [Block] {
        let prefix = "uppfoljning-\(plan.id)"
        var blocks: [Block] = [
            .heading(Heading(level: 1, text: [.text(labels.text(.followUpPlanHeading, [
                "titel": plan.titel, "organisation": plan.organisationer.joined(separator: ", "),
            ]))], anchor: prefix)),
            .heading(Heading(level: 2, text: [.text(labels.text(.followUpSummaryHeading))], anchor: prefix + "-sammanfattning")),
        ]
        blocks += summary(counts([plan]))
        for (index, fokus) in plan.fokusavsnitt.enumerated() where !fokus.mål.isEmpty {
            blocks.append(.heading(Heading(level: 2, text: [.text(fokus.namn)], anchor: "\(prefix)-fokus-\(index + 1)")))
            for (number, mål) in fokus.mål.enumerated() {
                blocks.append(.heading(Heading(level: 3, text: [.text(goalTitle(mål))], anchor: "\(prefix)-fokus-\(index + 1)-mal-\(number + 1)")))
                if !mål.aktiviteter.isEmpty { blocks.append(.table(activities(mål))) }
            }
        }
        blocks.append(.heading(Heading(level: 2, text: [.text(labels.text(.followUpPassedHeading))], anchor: prefix + "-passerade")))
        let passed = plan.allaMål.flatMap { item in
            item.mål.aktiviteter.filter { $0.läge(den: date).passeradUtanUppföljning }.map { (item.mål, $0) }
        }
        if passed.isEmpty {
            blocks.append(.paragraph([.text(labels.text(.followUpPassedNone))]))
        } else {
            blocks.append(.bulletList(passed.map { mål, aktivitet in
                ListItem([.paragraph([.text(labels.text(.followUpPassedItem, [
                    "aktivitet": aktivitet.namn.ren, "mål": mål.nummer ?? mål.rubrik,
                    "tid": aktivitet.allaTider.map(times.text).joined(separator: ", "),
                ]))])])
            }))
        }
        blocks += indicators(plan, prefix: prefix)
        return blocks
    }

    private func goalTitle(_ mål: Mål) -> String {
        guard let nummer = mål.nummer else { return mål.rubrik }
        return labels.text(.goalHeading, ["nummer": nummer, "rubrik": mål.rubrik])
    }

    private func activities(_ mål: Mål) -> Table {
        let header = Row([labels.text(.followUpActivityColumn), labels.text(.followUpStatusColumn),
                          labels.text(.followUpLatestColumn), labels.text(.followUpDateColumn)].map { Cell($0) })
        let rows = mål.aktiviteter.map { aktivitet in
            let läge = aktivitet.läge(den: date)
            let status = läge.status.map { labels.text(for: $0) }
                ?? (läge.rapporter.isEmpty ? labels.text(.followUpNone) : labels.text(.followUpNoStatus))
            let latest = läge.senaste
            return Row([
                Cell(aktivitet.namn.ren, isRowHeader: true),
                Cell([.paragraph([.strong([.text(status.capitalisedFirst)])])]),
                Cell(latest?.text?.ren ?? ""),
                Cell(latest.map { $0.tid.map(times.text) ?? labels.text(.followUpUndated) } ?? ""),
            ])
        }
        return Table(caption: goalTitle(mål), columns: [Column(width: 3), Column(width: 1.3), Column(width: 4), Column(width: 1.4)],
                     header: [header], body: rows)
    }

    // MARK: Indicators

    private func indicators(_ plan: Handlingsplan, prefix: String) -> [Block] {
        let all = plan.allaMål.flatMap { item in
            (item.mål.indikatorer ?? []) + (item.mål.långsiktigaIndikatorer ?? []) + item.mål.aktiviteter.flatMap(\.indikatorer)
        }
        var seen: Set<String> = []
        // Indicators with a Kolada source, and those whose values the plan writes itself;
        // one that several goals name is shown once.
        let shown = all.filter { indikator in
            let kolada = { if case .kolada = indikator.källa { true } else { false } }()
            return (kolada || !(indikator.serier ?? []).isEmpty) && seen.insert(indikator.text.ren).inserted
        }
        guard !shown.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 2, text: [.text(labels.text(.followUpIndicatorsHeading))], anchor: prefix + "-indikatorer"))]
        for indikator in shown {
            blocks += indicator(indikator, municipality: plan.kommunkod)
        }
        return blocks
    }

    /// The values by category (year or term) and gender group: the plan's own series, else
    /// Kolada's saved figures for the plan's municipality.
    private func values(_ indikator: Indikator, municipality: String?) -> (categories: [String], series: [(String, [Double?])]) {
        if let serier = indikator.serier, !serier.isEmpty {
            let times = uniquedTimes(serier.flatMap { $0.värden.compactMap(\.tid) })
            return (times.map(self.times.text), serier.map { serie in
                (genderText(serie.kön), times.map { tid in serie.värden.first { $0.tid == tid }?.värde })
            })
        }
        guard case .kolada(let kpi) = indikator.källa, let municipality else { return ([], []) }
        let values = kolada.values(kpi: kpi, municipality: municipality)
        let periods = Array(Set(values.map(\.period))).sorted()
        let genders: [(KoladaValue.Gender, Kön)] = [(.total, .totalt), (.girls, .flickor), (.boys, .pojkar)]
        return (periods.map(String.init), genders.compactMap { gender, kön in
            let mine = values.filter { $0.gender == gender }
            guard !mine.isEmpty else { return nil }
            return (genderText(kön), periods.map { period in mine.first { $0.period == period }?.value })
        })
    }

    private func uniquedTimes(_ times: [Tid]) -> [Tid] {
        var seen: [Tid] = []
        for tid in times where !seen.contains(tid) { seen.append(tid) }
        return seen.sorted { ($0.första ?? Datum(0, 1, 1)) < ($1.första ?? Datum(0, 1, 1)) }
    }

    private func indicator(_ indikator: Indikator, municipality: String?) -> [Block] {
        let name = indikator.text.ren
        let (categories, raw) = values(indikator, municipality: municipality)
        var blocks: [Block] = []
        if raw.allSatisfy({ $0.1.allSatisfy { $0 == nil } }) {
            blocks.append(.paragraph([.text(labels.text(.followUpIndicatorNoData, ["indikator": name]))]))
        } else {
            let unit = indikator.målvärde?.enhet ?? indikator.utgångsvärde?.enhet
                ?? indikator.serier?.first?.värden.first?.enhet ?? ""
            let series = raw.map { name, values in ChartSeries(name: name, values: values.map { $0.map { ChartValue($0, number($0)) } }) }
            let latest = series.compactMap { serie -> String? in
                guard let index = serie.values.lastIndex(where: { $0 != nil }), let value = serie.values[index] else { return nil }
                return labels.text(.followUpIndicatorLatest, ["serie": serie.name, "värde": value.text, "period": categories[index]])
            }
            let chart = Chart(
                kind: .line, description: labels.text(.followUpIndicatorDescription, ["indikator": name, "värden": latest.joined(separator: ", ")]),
                categoryTitle: labels.text(.followUpYear), categories: categories, unit: unit, series: series,
                target: indikator.målvärde.map { ChartTarget(name: labels.text(.followUpTargetSeries), value: ChartValue($0.värde, number($0.värde))) },
                missing: labels.text(.followUpMissing), tableLabel: labels.text(.followUpValues))
            blocks.append(.figure(Figure(caption: labels.text(.followUpIndicatorCaption, ["indikator": name]), content: .chart(chart))))
        }
        if let baseline = indikator.utgångsvärde {
            blocks.append(.paragraph([.text(labels.text(.indicatorBaseline, ["värde": measured(baseline)]))]))
        }
        if let target = indikator.målvärde {
            blocks.append(.paragraph([.text(labels.text(.indicatorTarget, ["värde": measured(target)]))]))
        }
        if case .kolada(let kpi) = indikator.källa, (indikator.serier ?? []).isEmpty {
            if let municipality, kolada.isDemonstration(kpi: kpi, municipality: municipality) {
                blocks.append(.note(label: labels.text(.followUpDemoData), []))
            }
            blocks.append(.paragraph([.emphasis([.text(labels.text(.followUpSource, ["id": kpi]))])]))
        }
        return blocks
    }

    private func measured(_ värde: Mätvärde) -> String {
        let amount = värde.enhet.map { labels.text(.valueWithUnit, ["tal": number(värde.värde), "enhet": $0]) } ?? number(värde.värde)
        return värde.tid.map { labels.text(.valueWithTime, ["värde": amount, "tid": times.text($0)]) } ?? amount
    }

    private func genderText(_ kön: Kön) -> String { labels.text(.gender(kön)) }

    /// A value with at most one decimal, in the label file's number format: 71,2.
    private func number(_ value: Double) -> String {
        let whole = (value * 10).rounded().truncatingRemainder(dividingBy: 10) == 0
        return NumberText(labels: labels).text(Tal(value, .ingen, decimaler: whole ? 0 : 1))
    }
}

/// The elements in first-seen order, each once.
private func uniqued(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}

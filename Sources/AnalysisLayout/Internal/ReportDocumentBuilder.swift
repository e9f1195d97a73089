import AnalysisModel
import DocumentModel
import PlanLayout
import PlanModel
import Wording

// One walk over a report, producing blocks in the report's order. Heading levels follow
// the nesting of summary pages, chapters, sections and goal sections.
struct ReportDocumentBuilder {
    let report: Analysrapport
    let labels: Labels
    private let time: TimeFormatter
    private let numbers: NumberText
    private let words: ReportWords
    private var anchors = Anchors()
    private var blocks: [Block] = []
    /// The orientation of the section being filled.
    private var orientation: Orientation = .portrait

    init(report: Analysrapport, labels: Labels) {
        self.report = report
        self.labels = labels
        self.time = TimeFormatter(labels: labels)
        self.numbers = NumberText(labels: labels)
        self.words = ReportWords(labels: labels)
    }

    mutating func build() -> Document {
        blocks = []
        orientation = .portrait
        add(report.innehåll, level: 1)
        addClosing()
        return Document(metadata: metadata(), blocks: blocks)
    }

    // MARK: Metadata

    private func metadata() -> Metadata {
        let period = report.period.flatMap { time.coverPeriod($0, title: report.titel) }
        let keywords = labels.text(.reportKeywords).split(separator: ",").map { $0.trimmingSpaces() }
        let date = report.datum.map { labels.text(.reportCoverDate, ["datum": time.text(.datum($0))]) }
        return Metadata(
            title: report.titel, subtitle: report.undertitel, organisations: report.organisationer,
            coverNotes: [report.avser].compactMap { $0 } + report.omslagstexter + [date, compiledBy].compactMap { $0 },
            period: period, created: report.datum?.iso, modified: report.datum?.iso,
            keywords: keywords + report.organisationer, subject: labels.text(.reportSubject),
            contentsTitle: labels.text(.contentsTitle))
    }

    private var compiledBy: String? {
        report.utförare.map { utförare in
            let name = utförare.webbplats.map { labels.text(.reportCompiledByLine, ["namn": utförare.namn, "webbplats": $0]) }
                ?? utförare.namn
            return labels.text(.reportLabelled, ["etikett": labels.text(.reportCompiledBy)]) + " " + name
        }
    }

    private mutating func addClosing() {
        guard !report.kontakter.isEmpty else { return }
        heading(1, labels.text(.reportContact))
        blocks.append(.bulletList(report.kontakter.map { kontakt in
            let line = kontakt.epost.map { labels.text(.reportContactLine, ["namn": kontakt.namn, "epost": $0]) } ?? kontakt.namn
            return ListItem([.paragraph([.text(line)])])
        }))
    }

    // MARK: Content

    private mutating func add(_ innehåll: [Rapportinnehåll], level: Int) {
        for del in innehåll { add(del, level: level) }
    }

    private mutating func add(_ del: Rapportinnehåll, level: Int) {
        switch del {
        case .text(let textblock):
            blocks.append(textblock.block)
        case .sammanfattning(let sammanfattning):
            heading(level, labels.text(.reportSummaryHeading, ["rubrik": sammanfattning.rubrik]))
            add(sammanfattning.innehåll, level: level + 1)
        case .kapitel(let kapitel):
            let turns = orientation == .portrait && Self.holdsLongLogicModel(kapitel.innehåll)
            if turns { turn(to: .landscape) }
            heading(level, labels.text(.reportChapterHeading, ["nummer": String(kapitel.nummer), "rubrik": kapitel.rubrik]))
            if let ingress = kapitel.ingress { blocks.append(.paragraph([.emphasis(ingress.inlines)])) }
            add(kapitel.innehåll, level: level + 1)
            if turns { turn(to: .portrait) }
        case .avsnitt(let avsnitt):
            heading(level, avsnitt.nummer.map { labels.text(.reportNumberedSection, ["nummer": $0, "rubrik": avsnitt.rubrik]) }
                ?? avsnitt.rubrik, anchor: avsnitt.id)
            add(avsnitt.innehåll, level: level + 1)
        case .ruta(let ruta):
            blocks.append(.note(label: ruta.rubrik, collect { $0.add(ruta.innehåll, level: level + 1) }))
        case .citat(let citat):
            blocks.append(.quote([.paragraph(citat.text.inlines)]))
        case .anmärkning(let anmärkning):
            blocks.append(remark(anmärkning))
        case .figur(let figur):
            blocks.append(.figure(Figure(caption: labels.text(.reportFigure, ["rubrik": figur.rubrik]),
                                         content: .absent(note: labels.text(.reportFigureAbsent)))))
        case .nyckeltal(let nyckeltal):
            blocks.append(.paragraph([nyckeltal.före.map { Inline.text($0 + " ") }, .strong([.text(numbers.text(nyckeltal.tal))]),
                                      .text(" " + nyckeltal.efter)].compactMap { $0 }))
        case .datatabell(let tabell):
            addWide(TableLayout(labels: labels).dataTable(tabell))
        case .verksamhetslogik(let logik):
            addWide(TableLayout(labels: labels).logicModel(logik))
        case .mållista(let lista):
            addGoalList(lista, level: level)
        case .målöversikt(let översikt):
            let title = words.overviewTitle(översikt.omfattning, översikt.målgrupp)
            heading(level, title)
            blocks.append(.table(TableLayout(labels: labels).goalOverview(översikt, caption: title)))
        case .typöversikt(let översikt):
            blocks.append(.table(TableLayout(labels: labels).kindOverview(översikt)))
        case .aktivitetsgrupp(let grupp):
            heading(level, grupp.egenRubrik ?? words.list(grupp.slag.map(words.kind)))
            add(grupp.innehåll, level: level + 1)
        case .observationer(let observationer):
            heading(level, labels.text(.reportObservations))
            add(observationer.innehåll, level: level + 1)
        case .vägarFramåt(let vägar):
            heading(level, vägar.rubrik)
            for nivå in vägar.nivåer {
                heading(level + 1, words.level(nivå.aktörsnivå))
                add(nivå.innehåll, level: level + 2)
            }
        case .intervjutabell(let tabell):
            blocks.append(.table(TableLayout(labels: labels).interviews(tabell)))
        case .målavsnitt(let avsnitt):
            addGoalSection(avsnitt, level: level)
        case .fördjupning(let fördjupning):
            heading(level, labels.text(.reportDeepening))
            add(fördjupning.innehåll, level: level + 1)
        case .områdesaktiviteter(let aktiviteter):
            heading(level, aktiviteter.område.namn)
            blocks.append(.bulletList(aktiviteter.punkter.map { ListItem([.paragraph(areaItem($0))]) }))
        }
    }

    private mutating func addGoalList(_ lista: Mållista, level: Int) {
        heading(level, labels.text(.reportGoalList, ["målgrupp": words.targetGroup(lista.målgrupp)]))
        var groups: [(område: Fokusområde, mål: [Målreferens])] = []
        for mål in lista.mål {
            if groups.last?.område == mål.mål.fokusområde {
                groups[groups.count - 1].mål.append(mål)
            } else {
                groups.append((mål.mål.fokusområde, [mål]))
            }
        }
        for group in groups {
            heading(level + 1, words.focusArea(group.område))
            blocks.append(.bulletList(group.mål.map { ListItem([.paragraph([.text(words.goalTitle($0))])]) }))
        }
    }

    private mutating func addGoalSection(_ avsnitt: Målavsnitt, level: Int) {
        let mål = avsnitt.mål.mål
        heading(level, words.goalTitle(avsnitt.mål), anchor: "mal-\(mål.id)")
        blocks.append(.paragraph([.strong([.text(labels.text(.reportGoalContext, [
            "målgrupp": words.targetGroup(mål.målgrupp).capitalisedFirst, "fokusområde": words.focusArea(mål.fokusområde),
        ]))])]))
        if !avsnitt.bakgrund.isEmpty {
            heading(level + 1, labels.text(.reportBackground))
            blocks += avsnitt.bakgrund.map(\.block)
        }
        if !avsnitt.indikatorer.isEmpty {
            heading(level + 1, labels.text(.reportIndicators))
            blocks.append(.bulletList(avsnitt.indikatorer.map { ListItem([.paragraph($0.text.inlines)]) }))
        }
        heading(level + 1, labels.text(.reportCountyActivities))
        if avsnitt.länsaktiviteter.isEmpty {
            blocks.append(.paragraph([.text(labels.text(.reportNoCountyActivities))]))
        } else {
            blocks.append(.bulletList(avsnitt.länsaktiviteter.map { ListItem([.paragraph(countyActivity($0))]) }))
        }
        add(avsnitt.innehåll, level: level + 1)
    }

    /// A table on a landscape page of its own only when its columns do not fit upright
    /// (in a landscape chapter it is on one already).
    private mutating func addWide(_ table: Table) {
        blocks += orientation == .portrait && TableWidths.portrait.needsMoreRoom(table)
            ? [.sectionBreak(.landscape), .table(table), .sectionBreak(.portrait)] : [.table(table)]
    }

    /// A chapter with a long logic model is landscape as a whole: five columns of lists
    /// (resources, activities, outputs, effects, final goals) upright are narrow boxes
    /// running over pages, and one turn for the chapter spares a turn (and a part-empty
    /// page) per goal. Short ones, as illustrations in running text, stay upright.
    private static func holdsLongLogicModel(_ innehåll: [Rapportinnehåll]) -> Bool {
        !Rapportinnehåll.samla(innehåll) { del -> Void? in
            if case .verksamhetslogik(let logik) = del, TableLayout.runsLong(logik) { return () }
            return nil
        }.isEmpty
    }

    private mutating func turn(to next: Orientation) {
        blocks.append(.sectionBreak(next))
        orientation = next
    }

    private mutating func heading(_ level: Int, _ text: String, anchor: String? = nil) {
        blocks.append(.heading(Heading(level: min(level, 6), text: [.text(text)], anchor: anchors.make(anchor ?? text))))
    }

    /// The blocks that `body` adds, kept apart from the document's, for a box's content.
    private mutating func collect(_ body: (inout ReportDocumentBuilder) -> Void) -> [Block] {
        let outer = blocks
        blocks = []
        body(&self)
        let inner = blocks
        blocks = outer
        return inner
    }

    // MARK: Lines

    private func remark(_ anmärkning: Anmärkning) -> Block {
        switch anmärkning.slag {
        case .not: return .note(label: labels.text(.reportNote), [.paragraph(anmärkning.text.inlines)])
        case .källa: return .note(label: labels.text(.reportSource), [.paragraph(anmärkning.text.inlines)])
        case .fotnot(let markering): return .paragraph([.text(markering + " ")] + anmärkning.text.inlines)
        }
    }

    private func countyActivity(_ aktivitet: Länsaktivitet) -> [Inline] {
        guard aktivitet.genomförd else { return aktivitet.text.inlines }
        return aktivitet.text.inlines + [.text(" "), .strong([.text(labels.text(.reportDoneMark))])]
            + (aktivitet.utfall.map { [.text(" ")] + $0.inlines } ?? [])
    }

    private func areaItem(_ punkt: Områdespunkt) -> [Inline] {
        switch punkt {
        case .insats(let text, let när, let detalj):
            var line = när.isEmpty ? text.inlines
                : labels.inlines(.reportActivityWithTime, ["text": text.inlines, "tid": [.text(när.map(time.text).joined(separator: ", "))]])
            if let detalj { line += [.text(" ")] + detalj.inlines }
            return line
        case .kommande(let text, let ental):
            return [.emphasis([.text(labels.text(ental ? .reportUpcomingSingular : .reportUpcoming))]), .text(" ")] + text.inlines
        case .etiketterad(let etikett, let text):
            return [.emphasis([.text(labels.text(.reportLabelled, ["etikett": etikett]))]), .text(" ")] + text.inlines
        case .bidrarIndirekt(let mål):
            return [.text(labels.text(.reportIndirect, ["mål": words.list(mål.map(\.id))]))]
        }
    }
}

import Foundation
import DocumentModel

// Validation reports every problem at once; each check adds diagnostics and never stops
// the walk, so a process leader sees all there is to fix in one run.

extension Handlingsplan {
    /// Every problem in the plan: errors first, then warnings, each in plan order.
    ///
    /// ```swift
    /// let fel = plan.validera().filter { $0.allvarlighet == .fel }
    /// ```
    public func validera() -> [Diagnos] {
        var granskning = Granskning(plan: self)
        granskning.granska()
        var text = Textgranskning()
        text.granska(self)
        return granskning.diagnoser.filter { $0.allvarlighet == .fel }
            + granskning.diagnoser.filter { $0.allvarlighet == .varning } + text.diagnoser
    }

    /// Problems of a catalogue of plans as a whole: two plans with one id, which would
    /// write their files over each other. Each error points at the later plan.
    ///
    /// ```swift
    /// let fel = Handlingsplan.granska(katalog: Exempel.planer)
    /// ```
    public static func granska(katalog planer: [Handlingsplan]) -> [Diagnos] {
        var sedda: [String: Källplats] = [:]
        var diagnoser: [Diagnos] = []
        for plan in planer {
            if let första = sedda[plan.id] {
                diagnoser.append(Diagnos(.fel, "Planens id \"\(plan.id)\" används redan av planen \(första.hänvisning(från: plan.plats)). "
                    + "Två planer med samma id skulle skriva över varandras filer; ge planen ett eget id.", plats: plan.plats))
            } else {
                sedda[plan.id] = plan.plats
            }
        }
        return diagnoser
    }

    /// The same problems of a catalogue of entries, building only the plans whose id
    /// another entry shares (to name both places): the rest stay unbuilt.
    ///
    /// ```swift
    /// let fel = Handlingsplan.granska(katalog: Exempel.katalog)   // builds no plan
    /// ```
    public static func granska(katalog poster: [Planpost]) -> [Diagnos] {
        var antal: [String: Int] = [:]
        for post in poster { antal[post.id, default: 0] += 1 }
        return granska(katalog: poster.filter { antal[$0.id, default: 0] > 1 }.map(\.plan))
    }

    /// Whether `id` is safe as a file name: lowercase ASCII letters, digits and single hyphens.
    public static func ärGiltigtId(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && id.firstRange(ofText: "--") == nil
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

private struct Granskning {
    let plan: Handlingsplan
    var diagnoser: [Diagnos] = []

    mutating func fel(_ meddelande: String, _ plats: Källplats) { diagnoser.append(Diagnos(.fel, meddelande, plats: plats)) }
    mutating func varning(_ meddelande: String, _ plats: Källplats) { diagnoser.append(Diagnos(.varning, meddelande, plats: plats)) }

    mutating func granska() {
        granskaMetadata()
        granskaMål()
        granskaEffektmål(plan.innehåll)
    }

    mutating func granskaMetadata() {
        if !Handlingsplan.ärGiltigtId(plan.id) {
            fel("Planens id \"\(plan.id)\" får bara innehålla små bokstäver a–z, siffror och bindestreck.", plan.plats)
        }
        if plan.titel.trimmingSpaces().isEmpty {
            fel("Planen saknar titel.", plan.plats)
        }
        if plan.allaMål.isEmpty {
            fel("Planen har inga mål. Lägg till minst ett Mål eller Tema i ett Fokus.", plan.plats)
        }
        if let datum = plan.fastställd?.datum, !datum.ärGiltigt {
            fel("Fastställandedatumet \(datum) finns inte.", plan.plats)
        }
        for revidering in plan.revideringar {
            if !revidering.ärGiltigt {
                fel("Revideringsdatumet \(revidering) finns inte.", plan.plats)
            } else if let fastställd = plan.fastställd?.datum, revidering < fastställd {
                fel("Revideringen \(revidering) är daterad före fastställandet \(fastställd).", plan.plats)
            }
        }
    }

    mutating func granskaMål() {
        var sedda: [String: Källplats] = [:]
        for (fokus, mål) in plan.allaMål {
            if let nummer = mål.nummer {
                if let första = sedda[nummer] {
                    fel("Målnummer \(nummer) finns redan \(första.hänvisning(från: mål.plats)). Ge målet ett eget nummer eller ta bort dubbletten.", mål.plats)
                }
                sedda[nummer] = sedda[nummer] ?? mål.plats
                if nummer.split(separator: ".").first != Substring(String(fokus.område.nummer)) {
                    fel("Mål \(nummer) hör inte till fokusområde \(fokus.område.nummer) (\(fokus.område.namn)); "
                        + "målnumret ska börja med \(fokus.område.nummer).", mål.plats)
                }
            }
            granskaRegionalaMål(mål, i: fokus)
            granskaIndikatorer(mål)
            for aktivitet in mål.aktiviteter { granska(aktivitet) }
        }
    }

    /// The target group most of the plan's regional goals are for: the plan's own. Counted
    /// once, not for every regional goal of every goal.
    lazy var planensMålgrupp: Målgrupp? = {
        let grupper = plan.allaMål.flatMap { $0.mål.regionalaMål.map(\.målgrupp) }
        return Målgrupp.allCases.filter(grupper.contains).max { a, b in
            grupper.filter { $0 == a }.count < grupper.filter { $0 == b }.count
        }
    }()

    mutating func granskaRegionalaMål(_ mål: Mål, i fokus: Fokus) {
        let namn = mål.nummer.map { "Mål \($0)" } ?? "Temat \"\(mål.rubrik)\""
        for regionalt in mål.regionalaMål {
            if let grupp = planensMålgrupp, regionalt.målgrupp != grupp {
                varning("\(namn) genomför det regionala målet \(regionalt.id), som gäller \(regionalt.målgrupp.namn), "
                        + "men planens övriga mål gäller \(grupp.namn). Välj planens målgrupps mål i genomför: "
                        + "eller ta bort kopplingen.", mål.plats)
            }
            if regionalt.fokusområde != fokus.område {
                varning("\(namn) står i fokusområde \(fokus.område.nummer) (\(fokus.område.namn)) men genomför "
                        + "\(regionalt.id) i fokusområde \(regionalt.fokusområde.nummer) (\(regionalt.fokusområde.namn)). "
                        + "Flytta målet till rätt Fokus eller välj ett regionalt mål i fokusområde \(fokus.område.nummer).", mål.plats)
            }
        }
    }

    mutating func granskaIndikatorer(_ mål: Mål) {
        guard plan.tabellayout == .teman else { return }
        if mål.indikatorer == nil {
            varning("Temat \"\(mål.rubrik)\" saknar indikatorer för de kortsiktiga målen.", mål.plats)
        }
        if mål.långsiktigaIndikatorer == nil {
            varning("Temat \"\(mål.rubrik)\" saknar indikatorer för de långsiktiga målen.", mål.plats)
        }
    }

    mutating func granska(_ aktivitet: Aktivitet) {
        let namn = kortNamn(aktivitet.namn.ren)
        if plan.tabellayout != .teman && aktivitet.rader.allSatisfy({ $0.ansvar == nil }) {
            varning("Aktiviteten \"\(namn)\" saknar ansvarig.", aktivitet.plats)
        }
        if plan.tabellayout == .delmål && aktivitet.rader.allSatisfy({ $0.text == nil }) {
            varning("Aktiviteten \"\(namn)\" saknar delmål.", aktivitet.plats)
        }
        if plan.tabellayout == .vadOchIndikator && aktivitet.indikatorer.isEmpty {
            varning("Aktiviteten \"\(namn)\" saknar indikator.", aktivitet.plats)
        }
        for rad in aktivitet.rader { granska(rad, aktivitet: namn) }
    }

    mutating func granska(_ rad: Delmål, aktivitet namn: String) {
        for tid in rad.när {
            for datum in tid.ogiltigaDatum { fel("Datumet \(datum) finns inte.", rad.plats) }
            if utanförPerioden(tid) {
                varning("Tiden för \"\(namn)\" ligger utanför planens period.", rad.plats)
            }
        }
        let start = rad.när.compactMap(\.första).min()
        for uppföljning in rad.uppföljning {
            for datum in uppföljning.tid?.ogiltigaDatum ?? [] { fel("Datumet \(datum) finns inte.", uppföljning.plats) }
            if let start, let slut = uppföljning.tid?.sista, slut < start {
                varning("Uppföljningen av \"\(namn)\" är daterad före aktivitetens start (\(start)).", uppföljning.plats)
            }
        }
    }

    func utanförPerioden(_ tid: Tid) -> Bool {
        guard let periodStart = plan.period.första, let periodSlut = plan.period.sista else { return false }
        if let första = tid.första, första > periodSlut { return true }
        if let sista = tid.sista, sista < periodStart { return true }
        return false
    }

    mutating func granskaEffektmål(_ innehåll: [Planinnehåll]) {
        for del in innehåll {
            switch del {
            case .effektmål(let tabell):
                for rad in tabell.rader where rad.mål.count != tabell.etapper.count {
                    fel("Delområdet \"\(rad.namn)\" har \(rad.mål.count) mål men tabellen har \(tabell.etapper.count) etapper.", rad.plats)
                }
            case .kapitel(let kapitel):
                granskaEffektmål(kapitel.innehåll)
            case .text, .fokus, .arbetsgrupp:
                break
            }
        }
    }

    func kortNamn(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}

import Foundation
import PlanModel

// Reads the times plans write into typed `Tid` values: the inverse of the layout's
// `TimeFormatter` ("läsår 22/23", "februari–april 2020", "2021 och framåt",
// "Varje termin (…)"), and the other spellings Word plans use ("våren 2022", "22-09-28",
// "löpande"). What no case fits is nil, and the caller keeps it as `.fritext`.
enum TimeParser {
    private static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                 "september", "oktober", "november", "december"]
    private static let shortMonths = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// The time `text` states, or nil. With `leads`, words before a time are the plan's
    /// own (`.inledd`); the layout capitalises the first, so it reads back in lower case
    /// unless the word is an abbreviation ("SFI").
    static func parse(_ text: String, leads: Bool = true) -> Tid? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        if let tid = plain(text) { return tid }
        // "tid (kommentar)"
        if text.hasSuffix(")"), let open = matchingOpen(text), open > text.startIndex {
            let head = text[..<open].trimmingCharacters(in: .whitespaces)
            let comment = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if let tid = parse(head, leads: leads), !comment.isEmpty { return .kommenterad(tid, comment) }
        }
        guard leads else { return nil }
        // "Start våren 2021": the plan's own words before a time (the shortest time that ends the text).
        let words = text.split(separator: " ")
        for count in 1..<max(1, words.count) {
            let lead = words.prefix(count).joined(separator: " ")
            if let tid = plain(words.dropFirst(count).joined(separator: " ")), lead.rangeOfCharacter(from: .decimalDigits) == nil {
                return .inledd(uncapitalised(lead), tid)
            }
        }
        return nil
    }

    private static func uncapitalised(_ lead: String) -> String {
        let word = lead.prefix { $0 != " " }
        guard let second = word.dropFirst().first, second.isUppercase else { return lead.prefix(1).lowercased() + lead.dropFirst() }
        return lead
    }

    private static func matchingOpen(_ text: String) -> String.Index? {
        var depth = 0
        var index = text.index(before: text.endIndex)
        while true {
            switch text[index] {
            case ")": depth += 1
            case "(":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            if index == text.startIndex { return nil }
            index = text.index(before: index)
        }
    }

    private static func plain(_ text: String) -> Tid? {
        let lower = text.lowercased()
        switch lower {
        case "pågående, löpande arbete", "pågående", "löpande", "pågående/löpande", "löpande arbete", "pågående arbete":
            return .pågående
        default: break
        }
        // A lead stands before the whole time: "Kontinuerligt 2021 och framåt" is
        // `.inledd("kontinuerligt", .frånOchMed(.år(2021)))`.
        if lower.hasSuffix(" och framåt"), let tid = parse(String(text.dropLast(" och framåt".count)), leads: false) {
            return .frånOchMed(tid)
        }
        if lower.hasPrefix("från och med "), let tid = parse(String(text.dropFirst("från och med ".count)), leads: false) {
            return .frånOchMed(tid)
        }
        let words = lower.split(separator: " ").map(String.init)
        if words.count == 2, words[0] == "varje", let unit = unit(words[1]) { return .återkommande(.varje(unit)) }
        if words.count >= 4, let count = Int(words[0]), words[words.count - 2] == "per", let unit = unit(words[words.count - 1]) {
            let what = text.split(separator: " ").dropFirst().dropLast(2).joined(separator: " ")
            return .återkommande(.antal(count, what, per: unit))
        }
        if words.count == 2, words[0] == "läsår", let year = schoolYear(words[1]) { return .läsår(year) }
        if let date = date(lower) { return .datum(date) }
        if let year = year(lower) { return .år(year) }
        if words.count == 2, let term = term(words[0]), let year = year(words[1]) { return .termin(term, year) }
        if words.count == 2, let month = month(words[0]), let year = year(words[1]) { return .månad(month, year) }
        // Ranges: "2020–2022", "februari–april 2020", "vt 2021–ht 2022", "2021-2022".
        for dash in ["–", "—", " - ", "-"] {
            let sides = text.components(separatedBy: dash)
            guard sides.count == 2 else { continue }
            let from = sides[0].trimmingCharacters(in: .whitespaces), to = sides[1].trimmingCharacters(in: .whitespaces)
            if let a = year(from), let b = year(to) { return .årsintervall(a, b) }
            if let start = month(from.lowercased()), case .månad(let end, let year)? = plain(to) {
                return .intervall(.månad(start, year), .månad(end, year))
            }
            if let a = plain(from), let b = plain(to) { return .intervall(a, b) }
        }
        return nil
    }

    private static func unit(_ word: String) -> Periodenhet? {
        switch word {
        case "vecka": return .vecka
        case "månad": return .månad
        case "termin": return .termin
        case "år": return .år
        default: return nil
        }
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), (1900...2200).contains(year) else { return nil }
        return year
    }

    private static func schoolYear(_ text: String) -> Int? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        if parts[0].count == 2, parts[1].count == 2, (a + 1) % 100 == b { return 2000 + a }
        if parts[0].count == 4, b % 100 == (a + 1) % 100 { return a }
        return nil
    }

    private static func term(_ word: String) -> Termin? {
        switch word {
        case "vt", "vår", "våren", "vårterminen": return .vt
        case "ht", "höst", "hösten", "höstterminen": return .ht
        default: return nil
        }
    }

    private static func month(_ word: String) -> Månad? {
        if let index = months.firstIndex(of: word) { return Månad(rawValue: index + 1) }
        if let index = shortMonths.firstIndex(of: word.trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            return Månad(rawValue: index + 1)
        }
        return nil
    }

    /// "2022-09-28", "22-09-28", "21 oktober 2021".
    static func date(_ text: String) -> Datum? {
        if let iso = Datum(iso: text) { return iso }
        let words = text.lowercased().split(separator: " ").map(String.init)
        if words.count == 3, let day = Int(words[0]), let month = months.firstIndex(of: words[1]), let year = year(words[2]) {
            let date = Datum(year, month + 1, day)
            return date.ärGiltigt ? date : nil
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts.allSatisfy({ $0.count == 2 }), let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            let date = Datum(2000 + y, m, d)
            return date.ärGiltigt ? date : nil
        }
        return nil
    }
}

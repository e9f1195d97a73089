import Foundation
import PlanModel

/// Times as the documents print them, every word from the label file.
///
/// ```swift
/// let time = TimeFormatter(labels: labels)
/// time.text(.termin(.ht, 2021))          // "ht 2021"
/// time.text(.årsintervall(2018, 2021))   // "2018–2021"
/// ```
public struct TimeFormatter: Sendable {
    public let labels: Labels

    /// The twelve month names, split once: formatting asks for them on every time.
    private let monthNames: [String]

    public init(labels: Labels) {
        self.labels = labels
        // Loading the label file checks that there are exactly twelve.
        monthNames = labels.text(.monthNames).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The time in the label file's words.
    public func text(_ tid: Tid) -> String {
        switch tid {
        case .år(let år):
            return String(år)
        case .årsintervall(let från, let till):
            return labels.text(.timeRange, ["från": String(från), "till": String(till)])
        case .läsår(let start):
            return labels.text(.timeSchoolYear, ["start": twoDigits(start), "slut": twoDigits(start + 1)])
        case .termin(let termin, let år):
            return labels.text(.timeTerm, ["termin": labels.text(termin == .vt ? .termSpring : .termAutumn), "år": String(år)])
        case .månad(let månad, let år):
            return labels.text(.timeMonth, ["månad": monthName(månad), "år": String(år)])
        case .datum(let datum):
            return labels.text(.timeDate, ["iso": datum.iso, "dag": String(datum.dag),
                                           "månad": monthName(Månad(rawValue: datum.månad) ?? .januari), "år": String(datum.år)])
        case .intervall(.månad(let från, let år1), .månad(let till, let år2)) where år1 == år2:
            // "februari–april 2020" rather than "februari 2020–april 2020"
            return labels.text(.timeRange, ["från": monthName(från), "till": text(.månad(till, år2))])
        case .intervall(let från, let till):
            return labels.text(.timeRange, ["från": text(från), "till": text(till)])
        case .frånOchMed(let från):
            return labels.text(.timeFromOnwards, ["tid": text(från)])
        case .pågående:
            return labels.text(.timeOngoing)
        case .återkommande(.varje(let enhet)):
            return labels.text(.timeEvery, ["enhet": unit(enhet)])
        case .återkommande(.antal(let antal, let vad, let enhet)):
            return labels.text(.timeCountPer, ["antal": String(antal), "vad": vad, "enhet": unit(enhet)])
        case .kommenterad(let tid, let kommentar):
            return labels.text(.timeWithComment, ["tid": text(tid), "kommentar": kommentar])
        case .fritext(let fritext):
            return fritext
        }
    }

    private func twoDigits(_ year: Int) -> String {
        let rest = year % 100
        return rest < 10 ? "0\(rest)" : String(rest)
    }

    private func monthName(_ månad: Månad) -> String { monthNames[månad.rawValue - 1] }

    private func unit(_ enhet: Periodenhet) -> String {
        switch enhet {
        case .vecka: return labels.text(.unitWeek)
        case .månad: return labels.text(.unitMonth)
        case .termin: return labels.text(.unitTerm)
        case .år: return labels.text(.unitYear)
        }
    }
}

extension String {
    /// The text with its first letter in upper case, for the start of a cell or line.
    public var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The text with its first letter in lower case, to continue a sentence ("När behov
    /// finns" → "när behov finns"); an abbreviation ("SIP-möte", "HT 2021") stays as it is.
    public var lowercasedFirst: String {
        guard let first, dropFirst().first?.isLowercase ?? false else { return self }
        return first.lowercased() + dropFirst()
    }
}

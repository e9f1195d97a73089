import Foundation
import DocumentModel
import PlanModel

/// Times as the documents print them, every word from the label file, whose defaults are
/// the seed plans' own words.
///
/// ```swift
/// let time = TimeFormatter(labels: labels)
/// time.text(.termin(.ht, 2021))                    // "hösten 2021"
/// time.text(.termin(.vt, 2021).inledd("start"))    // "start våren 2021"
/// time.text(.datum(Datum(2021, 10, 21)))           // "21 oktober 2021"
/// time.text(.årsintervall(2018, 2021))             // "2018–2021"
/// TimeFormatter(labels: labels, dates: .entry).text(.datum(Datum(2022, 9, 28)))   // "2022-09-28"
/// ```
public struct TimeFormatter: Sendable {
    public let labels: Labels
    /// How dates are worded: as the time something happens, or as the date of an entry.
    public let dates: DateUse

    /// What a date stands for, which decides its label.
    public enum DateUse: Sendable {
        /// When something happens: `tid.datum`, "21 oktober 2021".
        case time
        /// The date a follow-up entry was written: `tid.datum_i_uppföljning`, "2022-09-28".
        case entry
    }

    /// The twelve month names, split once: formatting asks for them on every time.
    private let monthNames: [String]

    public init(labels: Labels, dates: DateUse = .time) {
        self.labels = labels
        self.dates = dates
        // Loading the label file checks that there are exactly twelve.
        monthNames = labels.text(.monthNames).split(separator: ",").map { $0.trimmingSpaces() }
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
            return labels.text(dates == .time ? .timeDate : .timeEntryDate, ["iso": datum.iso, "dag": String(datum.dag),
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
        case .inledd(let ord, let tid):
            return labels.text(.timeWithLead, ["kommentar": ord, "tid": text(tid)])
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

extension TimeFormatter {
    /// The period as a cover prints it under `title`, or nil when the title already names
    /// it (whichever dash it uses), so a cover never says the period twice.
    ///
    /// ```swift
    /// time.coverPeriod(.årsintervall(2020, 2022), title: "Handlingsplan 2020-2022")   // nil
    /// time.coverPeriod(.årsintervall(2020, 2022), title: "Det goda livet")            // "2020–2022"
    /// ```
    public func coverPeriod(_ period: Tid, title: String) -> String? {
        let printed = text(period)
        return Self.dashless(title).containsFigures(Self.dashless(printed)) ? nil : printed
    }

    /// The text with every dash between figures read as one, and word joiners dropped.
    private static func dashless(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0x2060: return nil
            case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: return "-"
            default: return Character(scalar)
            }
        })
    }
}

private extension String {
    /// Whether `part` occurs here with no figure right before or after it ("2021" is in
    /// "Analys 2021" but not in "20210").
    func containsFigures(_ part: String) -> Bool {
        guard !part.isEmpty else { return false }
        var rest = self[...]
        while let range = rest.firstRange(ofText: part) {
            let before = range.lowerBound > startIndex ? self[index(before: range.lowerBound)] : " "
            let after = range.upperBound < endIndex ? self[range.upperBound] : " "
            if !before.isNumber && !after.isNumber { return true }
            rest = self[index(after: range.lowerBound)...]
        }
        return false
    }
}

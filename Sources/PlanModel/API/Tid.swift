/// When something happens, as precisely as the plan says it and no more.
///
/// Time is typed so that validation can compare it with the plan period and the analysis
/// can tell whether a follow-up is overdue. Free text is only for what no case fits.
///
/// ```swift
/// let när: [Tid] = [
///     .läsår(2022),                                   // "Läsår 22/23"
///     .termin(.ht, 2021),                             // "ht 2021"
///     .intervall(.månad(.februari, 2020), .månad(.april, 2020)),
///     .frånOchMed(.år(2020)),                         // "2020 och framåt"
///     .pågående,                                      // "Pågående, löpande arbete"
///     .fritext("När behov finnes"),
/// ]
/// ```
public enum Tid: Sendable, Hashable {
    // Years, terms and months are held in place; the larger and recursive cases are boxed.
    /// A calendar year.
    case år(Int)
    /// Inclusive span of calendar years: 2020–2022.
    case årsintervall(Int, Int)
    /// The school year starting in August of the given year: `.läsår(2022)` is *läsår 22/23*.
    case läsår(Int)
    /// A school term.
    case termin(Termin, Int)
    /// A month of a year.
    case månad(Månad, Int)
    /// An exact date.
    indirect case datum(Datum)
    /// From one time to another, inclusive: *februari–april 2020*.
    indirect case intervall(Tid, Tid)
    /// From a time and onwards: *2020 och framåt*.
    indirect case frånOchMed(Tid)
    /// Ongoing work with no end: *pågående, löpande arbete*.
    case pågående
    /// Recurring work: *varje år*.
    indirect case återkommande(Återkommande)
    /// A time with the plan's own words after it: *februari–april 2020 (en person)*.
    indirect case kommenterad(Tid, String)
    /// A time with the plan's own words before it: *Start våren 2021*, *Vid läsårsslut juni 2023*.
    indirect case inledd(String, Tid)
    /// What no other case can say: *När behov finnes*.
    case fritext(String)

    /// The same time with a comment that the layout prints beside it.
    public func med(_ kommentar: String) -> Tid { .kommenterad(self, kommentar) }

    /// The same time with the plan's words before it: `.termin(.vt, 2021).inledd("start")`
    /// prints as *Start våren 2021*.
    public func inledd(_ ord: String) -> Tid { .inledd(ord, self) }

    /// The first day this time can mean, where it has one.
    public var första: Datum? {
        switch self {
        case .år(let år), .årsintervall(let år, _): return Datum(år, 1, 1)
        case .läsår(let år): return Datum(år, 8, 1)
        case .termin(let termin, let år): return Datum(år, termin.förstaMånad.rawValue, 1)
        case .månad(let månad, let år): return Datum(år, månad.rawValue, 1)
        case .datum(let datum): return datum
        case .intervall(let från, _), .frånOchMed(let från), .kommenterad(let från, _), .inledd(_, let från):
            return från.första
        case .pågående, .återkommande, .fritext: return nil
        }
    }

    /// The last day this time can mean, where it has one.
    public var sista: Datum? {
        switch self {
        case .år(let år), .årsintervall(_, let år): return Datum(år, 12, 31)
        case .läsår(let år): return Datum(år + 1, 6, 30)
        case .termin(let termin, let år):
            let månad = termin.sistaMånad.rawValue
            return Datum(år, månad, Datum.antalDagar(år: år, månad: månad))
        case .månad(let månad, let år): return Datum(år, månad.rawValue, Datum.antalDagar(år: år, månad: månad.rawValue))
        case .datum(let datum): return datum
        case .intervall(_, let till): return till.sista
        case .kommenterad(let tid, _), .inledd(_, let tid): return tid.sista
        case .frånOchMed, .pågående, .återkommande, .fritext: return nil
        }
    }

    /// Dates named by this time that cannot exist (a 31 April), for validation.
    var ogiltigaDatum: [Datum] {
        switch self {
        case .datum(let datum): return datum.ärGiltigt ? [] : [datum]
        case .intervall(let från, let till): return från.ogiltigaDatum + till.ogiltigaDatum
        case .frånOchMed(let tid), .kommenterad(let tid, _), .inledd(_, let tid): return tid.ogiltigaDatum
        default: return []
        }
    }
}

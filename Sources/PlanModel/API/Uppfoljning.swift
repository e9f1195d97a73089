/// One follow-up entry: when it was written (as precisely as the plan says), what it
/// says, and optionally the status of the work.
///
/// ```swift
/// Uppföljning(.månad(.maj, 2020), "Ytterligare en gruppledare är utbildad.")
/// Uppföljning(.datum(Datum(2022, 9, 28)), "Inbjudan har gått ut.", status: .genomförd)
/// Uppföljning(.återkommande(.varje(.år)))          // Tanum: "Varje år"
/// ```
public struct Uppföljning: Sendable, Hashable, Codable {
    public var tid: Tid?
    public var text: Löptext?
    public var status: Status?
    public var plats: Källplats

    public init(_ tid: Tid? = nil, _ text: Löptext? = nil, status: Status? = nil,
                fil: String = #fileID, rad: Int = #line) {
        self.tid = tid
        self.text = text
        self.status = status
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// An undated entry.
    public init(_ text: Löptext, status: Status? = nil, fil: String = #fileID, rad: Int = #line) {
        self.init(nil, text, status: status, fil: fil, rad: rad)
    }
}

/// Where a piece of work stands at a follow-up.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case genomförd
    case pågående
    case ejPåbörjad
    case inställd
}

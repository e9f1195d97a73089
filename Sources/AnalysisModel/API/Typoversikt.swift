import PlanModel

/// The report's table of the kinds of activities: per kind, a description and what the
/// interviews said.
///
/// ```swift
/// Typöversikt {
///     Typbeskrivning(.personellaResurser,
///                    beskrivning: "Det har varit vanligt att anställa personella resurser …",
///                    observation: "Flera intervjuade påtar att personella resurser är avgörande …")
/// }
/// ```
public struct Typöversikt: Sendable, Hashable, Codable {
    public var rader: [Typbeskrivning]
    public var plats: Källplats

    public init(fil: String = #fileID, rad: Int = #line, @Samla<Typbeskrivning> _ rader: () -> [Typbeskrivning]) {
        self.rader = rader()
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// A row of the kinds table: the kind, its description and the interviews' view of it.
///
/// ```swift
/// Typbeskrivning(.kunskapshöjande, beskrivning: "Flera vårdsamverkansområden har …",
///                observation: "Vissa intervjuade påtar att det finns en risk …")
/// ```
public struct Typbeskrivning: Sendable, Hashable, Codable {
    public var slag: Aktivitetsslag
    public var egenRubrik: String?
    public var beskrivning: Löptext
    public var observation: Löptext
    public var plats: Källplats

    public init(_ slag: Aktivitetsslag, rubrik: String? = nil, beskrivning: Löptext, observation: Löptext,
                fil: String = #fileID, rad: Int = #line) {
        self.slag = slag
        self.egenRubrik = rubrik
        self.beskrivning = beskrivning
        self.observation = observation
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

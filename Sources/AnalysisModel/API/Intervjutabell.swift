import PlanModel

/// The appendix table of the people interviewed: groups (the first column, spanning
/// their rows), perspectives within a group (spanning theirs), and persons with roles.
///
/// ```swift
/// Intervjutabell {
///     Intervjugrupp("Vårdssamverkansområde") {
///         Perspektiv("Fyrbodal") {
///             Intervjuperson("Carola Murås", roll: "Kanslichef")
///             Intervjuperson("Helén Svensson", roll: "Utvecklingsledare")
///         }
///     }
/// }
/// ```
public struct Intervjutabell: Sendable, Hashable, Codable {
    public var grupper: [Intervjugrupp]
    public var plats: Källplats

    public init(fil: String = #fileID, rad: Int = #line, @Samla<Intervjugrupp> _ grupper: () -> [Intervjugrupp]) {
        self.grupper = grupper()
        self.plats = Källplats(fil: fil, rad: rad)
    }

    /// How many persons the table names.
    public var antalPersoner: Int { grupper.flatMap(\.perspektiv).map(\.personer.count).reduce(0, +) }
}

/// A group of the interview table: its name spans the rows of all its persons.
///
/// ```swift
/// Intervjugrupp("NSPH") { Perspektiv("NSPH i Västra Götaland") { Intervjuperson("Sonny Wählstedt", roll: "Ordförande") } }
/// ```
public struct Intervjugrupp: Sendable, Hashable, Codable {
    public var namn: String
    public var perspektiv: [Perspektiv]

    public init(_ namn: String, @Samla<Perspektiv> _ perspektiv: () -> [Perspektiv]) {
        self.namn = namn
        self.perspektiv = perspektiv()
    }
}

/// The perspective (organisation or area) the persons speak for; spans their rows.
///
/// ```swift
/// Perspektiv("Skaraborg") { Intervjuperson("Angelica Engman", roll: "Processtöd") }
/// ```
public struct Perspektiv: Sendable, Hashable, Codable {
    public var namn: String
    public var personer: [Intervjuperson]

    public init(_ namn: String, @Samla<Intervjuperson> _ personer: () -> [Intervjuperson]) {
        self.namn = namn
        self.personer = personer()
    }
}

/// A person interviewed, with the role they were interviewed in.
///
/// ```swift
/// Intervjuperson("Jessica Ek", roll: "Länsövergripande SIP-samordnare")
/// ```
public struct Intervjuperson: Sendable, Hashable, Codable {
    public var namn: String
    public var roll: String

    public init(_ namn: String, roll: String) {
        self.namn = namn
        self.roll = roll
    }
}

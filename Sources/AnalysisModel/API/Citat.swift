import PlanModel

/// A quotation, such as a voice from an interview.
///
/// ```swift
/// Citat("Vi har nu en delregional handlingsplan. Den kan följas upp på både delregional och lokal nivå.")
/// ```
public struct Citat: Sendable, Hashable, Codable {
    public var text: Löptext
    public var plats: Källplats

    public init(_ text: Löptext, fil: String = #fileID, rad: Int = #line) {
        self.text = text
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

/// What the walk over a plan's texts (`Texthållare`) tells of it: each text, and each link
/// (its text and address), with the place that holds it. Validation's text review is one.
///
/// ```swift
/// var granskning = Textgranskning()
/// plan.besökTexter(&granskning, plats: plan.plats)
/// ```
package protocol Textbesökare {
    mutating func text(_ text: String, plats: Källplats)
    mutating func länk(_ text: String, adress: String, plats: Källplats)
}

extension Textbesökare {
    /// Tells this visitor of the texts `värde` holds, at `plats` unless it records its own.
    mutating func besök<T: Texthållare>(_ värde: T, _ plats: Källplats) { värde.besökTexter(&self, plats: plats) }
}

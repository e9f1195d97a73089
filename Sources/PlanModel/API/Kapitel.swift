/// A chapter or section of free content, optionally numbered as in the plan ("2.1").
/// Chapters nest, and may hold fokusområden (Tanum's chapter 6 holds the whole plan).
///
/// ```swift
/// Kapitel("Bakgrund", nummer: "1") {
///     Stycke("År 2016 slöt regeringen och SKL överenskommelsen …")
///     Kapitel("De fem fokusområdena är:", nummer: "2.1") { Punktlista { … } }
/// }
/// ```
public struct Kapitel: Sendable, Hashable, Codable {
    public var nummer: String?
    public var rubrik: String
    public var innehåll: [Planinnehåll]
    public var plats: Källplats

    public init(_ rubrik: String, nummer: String? = nil, fil: String = #fileID, rad: Int = #line,
                @Samla<any Plandel> _ innehåll: () -> [any Plandel]) {
        self.nummer = nummer
        self.rubrik = rubrik
        self.innehåll = innehåll().map(\.planinnehåll)
        self.plats = Källplats(fil: fil, rad: rad)
    }
}

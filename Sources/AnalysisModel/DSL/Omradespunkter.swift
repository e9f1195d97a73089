import PlanModel

// The DSL words for the lines of an area's list in a Fördjupning.

extension Samla where Element == Områdespunkt {
    public static func buildExpression(_ text: String) -> [Områdespunkt] {
        [.insats(text: Löptext(text), när: [], detalj: nil)]
    }
}

/// Something an area has done. With times, write the text without its final period: the
/// layout prints "text (2018–2021)." and then the detail.
///
/// ```swift
/// Insats("Anställt delregional samordnare", .år(2021), detalj: "Samordnaren kommer bland annat …")
/// Insats("Genomfört inspirationsdagar om vård och stödsamordning", .år(2018), .år(2019), .år(2021))
/// ```
public func Insats(_ text: Löptext, _ när: Tid..., detalj: Löptext? = nil) -> Områdespunkt {
    .insats(text: text, när: när, detalj: detalj)
}

/// What an area plans next.
///
/// ```swift
/// Kommande("Nätverksträffar för SIP-samordnare.")
/// Kommande("Starta upp en Mini Maria-mottagningar.", ental: true)   // "Kommande aktivitet:"
/// ```
public func Kommande(_ text: Löptext, ental: Bool = false) -> Områdespunkt { .kommande(text: text, ental: ental) }

/// A line under the report's own label.
///
/// ```swift
/// Etiketterad("Lokal handlingsplan", "Framtagen i fyra kommuner. Under framtagande i ytterligare 6 kommuner.")
/// ```
public func Etiketterad(_ etikett: String, _ text: Löptext) -> Områdespunkt { .etiketterad(etikett: etikett, text: text) }

/// The area's statement that its work on other goals serves this one too.
///
/// ```swift
/// BidrarIndirekt(.v3_1, .v4_2)
/// ```
public func BidrarIndirekt(_ mål: RegionaltMål...) -> Områdespunkt { .bidrarIndirekt(mål.map { Målreferens($0) }) }

import DocumentModel

// The addresses `LinkPolicy` gives the links of one document, each asked for once: a
// table too wide for a grid has its cells laid out twice (measured for the grid, then
// written as records), and checking a long address costs more than writing its line.
// It still pays beside `LinkPolicy`'s byte fast paths: `bench golv-text --iterations 200`,
// medians of seven alternating runs each (load 4–7 on 2 cores), ms with / without it:
// Vänersborg 0.139 / 0.144, Tanum 0.254 / 0.252, Helsingborg 0.208 / 0.211,
// Västra Götaland 0.076 / 0.081: 4–7 % slower without it for two plans, the same for two.
//
// ```swift
// let addresses = LinkAddresses()
// addresses.address("https://vgregion.se")   // "https://vgregion.se"
// addresses.address("javascript:alert(1)")   // nil: the link is its words
// ```
final class LinkAddresses {
    private var known: [String: String?] = [:]

    func address(_ url: String) -> String? {
        if let address = known[url] { return address }
        let address = LinkPolicy.address(url)
        known[url] = .some(address)
        return address
    }
}

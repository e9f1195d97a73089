import DocumentModel

// The addresses `LinkPolicy` gives the links of one document, each asked for once: a
// table too wide for a grid has its cells laid out twice (measured for the grid, then
// written as records), and checking a long address costs more than writing its line.
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

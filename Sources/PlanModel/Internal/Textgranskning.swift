import DocumentModel

// Warnings for text the documents will not show as written: characters `TextHygiene`
// removes, and links `LinkPolicy` refuses. The walk reflects over the whole plan, so a
// field added to the model is checked without this file knowing it; each text is
// reported at the nearest element that records where it was written.
struct Textgranskning {
    private(set) var diagnoser: [Diagnos] = []

    mutating func granska(_ plan: Handlingsplan) {
        besök(plan, plats: plan.plats)
    }

    private mutating func besök(_ värde: Any, plats: Källplats) {
        if let text = värde as? String {
            granska(text: text, plats: plats)
            return
        }
        if let del = värde as? Textdel, case .länk(let text, let adress) = del {
            granska(text: text, plats: plats)
            granska(adress: adress, text: text, plats: plats)
            return
        }
        if värde is Källplats { return }
        let spegel = Mirror(reflecting: värde)
        guard !spegel.children.isEmpty else { return }
        let egen = spegel.children.first { $0.label == "plats" }?.value as? Källplats ?? plats
        for barn in spegel.children { besök(barn.value, plats: egen) }
    }

    private mutating func granska(text: String, plats: Källplats) {
        let tecken = TextHygiene.removed(in: text)
        guard !tecken.isEmpty else { return }
        let namn = tecken.map(TextHygiene.name).joined(separator: ", ")
        let sorts = tecken.contains { (0x202A...0x2069).contains($0.value) } ? "styr- eller riktningstecken" : "styrtecken"
        varning("Texten \"\(utdrag(text))\" innehåller \(sorts) (\(namn)) som inte kan visas; de tas bort i dokumenten.", plats)
    }

    private mutating func granska(adress: String, text: String, plats: Källplats) {
        guard let skäl = LinkPolicy.refusal(adress) else { return }
        varning("Länken \"\(utdrag(text))\" till \"\(utdrag(adress))\" blir ingen länk (\(skäl)); texten visas utan länk.", plats)
    }

    private mutating func varning(_ meddelande: String, _ plats: Källplats) {
        let diagnos = Diagnos(.varning, meddelande, plats: plats)
        if !diagnoser.contains(diagnos) { diagnoser.append(diagnos) }
    }

    /// The text as a message may quote it: cleaned, on one line, at most 60 characters.
    private func utdrag(_ text: String) -> String {
        let ren = TextHygiene.clean(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        return ren.count <= 60 ? ren : String(ren.prefix(57)) + "…"
    }
}

import DocumentModel

// Warnings for text the documents will not show as written: characters `TextHygiene`
// removes, and links `LinkPolicy` refuses. The plan's types tell it of each text and link
// (`Texthållare`), each at the nearest element that records where it was written.
struct Textgranskning: Textbesökare {
    private(set) var diagnoser: [Diagnos] = []

    mutating func granska(_ plan: Handlingsplan) {
        besök(plan, plan.plats)
    }

    mutating func text(_ text: String, plats: Källplats) {
        granska(text: text, plats: plats)
    }

    mutating func länk(_ text: String, adress: String, plats: Källplats) {
        granska(text: text, plats: plats)
        granska(adress: adress, text: text, plats: plats)
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

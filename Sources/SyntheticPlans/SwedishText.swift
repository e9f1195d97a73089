// Word lists drawn from the seed plans, for sentences that look and measure like theirs.
struct SwedishText {
    static let words = [
        "barn", "unga", "föräldrar", "vårdnadshavare", "elevhälsan", "socialtjänsten", "samverkan", "insatser",
        "stöd", "psykisk", "hälsa", "ohälsa", "skolan", "förebyggande", "främjande", "arbete", "kommunen",
        "regionen", "utbildning", "personal", "handlingsplan", "uppföljning", "rutiner", "verksamheter",
        "familjecentralen", "ungdomsmottagningen", "vårdcentralen", "tidiga", "samordnade", "individuell",
        "plan", "delaktighet", "brukare", "kunskap", "metoder", "grupper", "träffar", "närvaro", "skolresultat",
        "suicidprevention", "kartläggning", "nätverk", "riktlinjer", "implementering", "målgruppen", "behov",
        "erbjuda", "utveckla", "stärka", "öka", "minska", "genomföra", "följa", "upp", "och", "för", "att",
        "med", "inom", "genom", "till", "av", "i", "på", "som", "ska", "har", "kan", "samt", "under", "året",
    ]
    static let municipalities = ["Alingsås", "Borås", "Falköping", "Lidköping", "Mariestad", "Skövde",
                                 "Trollhättan", "Uddevalla", "Vänersborg", "Tanum", "Kungälv", "Lerum"]
    static let responsibleParties = ["Socialtjänsten", "Barn- och utbildningsförvaltningen", "Elevhälsan",
                                     "Familjecentralen", "Ungdomsmottagningen", "Vårdcentralen", "Folkhälsoenheten",
                                     "Kultur- och fritidsförvaltningen", "Närsjukvårdsgruppen", "Region och kommun"]

    func pick(_ list: [String], _ random: inout SplitMix64) -> String {
        list[Int(random.next() % UInt64(list.count))]
    }

    func sentence(words count: Int, _ random: inout SplitMix64) -> String {
        let words = (0..<count).map { _ in pick(SwedishText.words, &random) }
        return words.joined(separator: " ").capitalisedFirst + "."
    }

    func paragraph(sentences: Int, _ random: inout SplitMix64) -> String {
        (0..<sentences).map { _ in sentence(words: 8 + Int(random.next() % 10), &random) }.joined(separator: " ")
    }
}

private extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension TableWidths {
    /// A table's texts with their measures as lines (`TableWidths.measure(ofText:)`), in the
    /// order a preparation of the table read them (cells in reading order, each cell's texts
    /// in order): fitting the table then takes a line of one text from here instead of reading
    /// it again. Lines are matched with the next texts by equality alone, so a text the
    /// preparation skipped or read differently is measured as usual.
    ///
    /// ```swift
    /// var measured = TableWidths.MeasuredTexts(for: table)
    /// measured.append("Förvaltningen", TableWidths.measure(ofText: "Förvaltningen"))
    /// ```
    package struct MeasuredTexts {
        private var texts: [(text: String, measure: TextMeasure)] = []
        /// The first text not yet taken.
        private var next = 0
        /// Per column, the longest unbreakable piece and the longest line of the table as
        /// prepared (`measureColumns(of:)`), which its fitting then takes instead of reading
        /// its cells: the same for every page width.
        private(set) var columns: [(least: Int, most: Int)]?

        package init() {}

        /// Room for about as many texts as `table` has cells.
        package init(for table: Table) {
            texts.reserveCapacity((table.header.count + table.body.count) * table.columns.count)
        }

        package mutating func append(_ text: String, _ measure: TextMeasure) {
            texts.append((text, measure))
        }

        /// How many texts were appended.
        package var count: Int { texts.count }

        /// The texts appended from the `start`th on, in order, with their measures.
        package func texts(from start: Int) -> [(text: String, measure: TextMeasure)] { Array(texts[start...]) }

        /// Measures the columns of `table`, the table these texts are of as now prepared,
        /// with their help, for every fitting of it to take (a table remembered across a run's
        /// documents is then fitted without being read again).
        package mutating func measureColumns(of table: Table) {
            columns = TableWidths.measures(table, known: self)
        }

        /// How many texts from the next one on a line of one text is looked for among: texts
        /// of cells the fitting does not read (spanning columns) are passed over so.
        private static let lookAhead = 8

        /// The measure of the line `inlines` when it is one text (alone, or in emphasis,
        /// strong, a link) found among the next texts, which are taken up to it; the texts of
        /// a run of several are taken as far as they are the next ones, and nil.
        mutating func measure(of inlines: [Inline]) -> TextMeasure? {
            guard next < texts.count else { return nil }
            guard let text = Self.onlyText(inlines) else {
                pass(inlines)
                return nil
            }
            for index in next..<min(texts.count, next + Self.lookAhead) where texts[index].text == text {
                next = index + 1
                return texts[index].measure
            }
            return nil
        }

        /// Takes the texts of `inlines`, in order, while they are the next ones.
        private mutating func pass(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let text):
                    if next < texts.count && texts[next].text == text { next += 1 }
                case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner):
                    pass(inner)
                }
            }
        }

        /// The one text of a run, within single emphasis, strong, links or cross-references; nil for other runs.
        private static func onlyText(_ inlines: [Inline]) -> String? {
            guard inlines.count == 1 else { return nil }
            switch inlines[0] {
            case .text(let text): return text
            case .emphasis(let inner), .strong(let inner), .link(let inner, _), .crossReference(_, let inner): return onlyText(inner)
            }
        }
    }
}

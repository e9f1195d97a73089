import DocumentModel

/// The document the writer tests draw charts from: a line chart with a missing value and
/// a target, a bar chart, and a figure without data.
///
/// ```swift
/// let data = try renderer.write(ChartSample.document, as: .docx)
/// ```
public enum ChartSample {
    public static let line = Chart(
        kind: .line, description: "Andel elever som känner sig trygga: flickor 71 procent och pojkar 80 procent år 2022.",
        categoryTitle: "År", categories: ["2019", "2020", "2021", "2022"], unit: "procent",
        series: [
            ChartSeries(name: "Flickor", values: [ChartValue(68, "68"), nil, ChartValue(70.5, "70,5"), ChartValue(71, "71")]),
            ChartSeries(name: "Pojkar", values: [ChartValue(77, "77"), ChartValue(79, "79"), nil, ChartValue(80, "80")]),
        ],
        target: ChartTarget(name: "Målvärde", value: ChartValue(85, "85")),
        missing: "Uppgift saknas", tableLabel: "Värdena i tabellform")
    public static let bar = Chart(
        kind: .bar, description: "Aktiviteter per status: Fokusområde 1 har 3 genomförda.",
        categoryTitle: "Fokusområde", categories: ["Fokusområde 1", "Fokusområde 2"], unit: "antal",
        series: [
            ChartSeries(name: "Genomförd", values: [ChartValue(3, "3"), ChartValue(1, "1")]),
            ChartSeries(name: "Pågående", values: [ChartValue(2, "2"), ChartValue(4, "4")]),
        ],
        missing: "Uppgift saknas", tableLabel: "Värdena i tabellform")
    public static let document = Document(metadata: Metadata(title: "Uppföljning med diagram", organisations: ["Testkommun"]), blocks: [
        .heading(Heading(level: 1, text: [.text("Trygghet")], anchor: "trygghet")),
        .figure(Figure(caption: "Figur 1. Trygghet i skolan", content: .chart(line))),
        .figure(Figure(caption: "Figur 2. Status", content: .chart(bar))),
        .figure(Figure(caption: "Figur 3. Ur rapporten", content: .absent(note: "Diagrammet finns i originalrapporten och återges inte här."))),
    ])
}

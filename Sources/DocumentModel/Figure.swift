/// A figure: a caption and either a chart drawn from its data, or a note that the chart
/// is not reproduced (a figure of a source report whose data the document lacks).
///
/// ```swift
/// let figure = Figure(caption: "Figur 1. Andel elever som känner sig trygga",
///                     content: .chart(chart))
/// let absent = Figure(caption: "Figur: Antal suicid i Västra Götaland",
///                     content: .absent(note: "Diagrammet finns i originalrapporten och återges inte här."))
/// ```
public struct Figure: Sendable, Hashable {
    public var caption: String
    public var content: Content

    public enum Content: Sendable, Hashable {
        case chart(Chart)
        /// The chart is not in the document; the note says so.
        case absent(note: String)
    }

    public init(caption: String, content: Content) {
        self.caption = caption
        self.content = content
    }
}

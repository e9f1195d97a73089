import DocumentModel
import OOXML

// Where a chart stands in the body: `w:drawing` → `wp:inline` (as wide as the text, a
// little over half as high) → `a:graphic` → `c:chart` pointing at its part. The inline's
// `wp:docPr descr` is the alt text Word and screen readers announce.
enum ChartGeometry {
    static let emuPerTwip = 635
    /// About how many body lines a chart is high, for the writer's page estimates.
    static let heightInLines = 16
    /// Drawing ids above any a reference document's cover is likely to use.
    private static let firstDrawingId = 1_000_000

    static func inline(_ chart: Chart, relationship: String, number: Int, width: Int, name: String, to xml: XMLWriter) {
        let height = width * 11 / 20
        xml.start("wp:inline")
        xml.declare([.wp])
        for side: StaticString in ["distT", "distB", "distL", "distR"] { xml.attribute(side, "0") }
        do {
            xml.empty("wp:extent", ["cx": String(width), "cy": String(height)])
            xml.empty("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
            xml.empty("wp:docPr", ["id": String(firstDrawingId + number), "name": name, "descr": chart.description])
            xml.empty("wp:cNvGraphicFramePr")
            xml.element("a:graphic") {
                xml.declare([.a])
                xml.element("a:graphicData", ["uri": Namespace.c.uri]) {
                    xml.start("c:chart")
                    xml.declare([.c])
                    xml.attribute("r:id", relationship)
                    xml.end()
                }
            }
        }
        xml.end()
    }
}

import DocumentModel
import Foundation
import OOXML

// A chart part (`word/charts/chartN.xml`, DrawingML chart): a line or clustered bar chart
// with a series per chart series and the target as a dashed line series, every value in
// the part's cache (`c:strCache`, `c:numCache`) so Word and LibreOffice draw it without
// an embedded workbook. The references name the cells a workbook would hold ("Blad1"),
// as Word expects; there is no workbook, so "Redigera data" has nothing to open.
// Series differ by colour, dash pattern and marker shape (bars by fill pattern), as in
// the HTML chart; the value axis runs from zero over the same steps.
enum ChartPart {
    private static let colours = ["00546B", "A3004A", "5A2D82", "1B1B1B", "7A4A00"]
    private static let dashes = ["solid", "dash", "sysDot", "lgDashDot", "sysDash"]
    private static let markers = ["circle", "square", "triangle", "diamond", "x"]
    private static let hatches = ["wdDnDiag", "wdUpDiag", "dkVert", "smCheck"]
    private static let sheet = "Blad1"
    private static let categoryAxis = "500000001", valueAxis = "500000002"

    /// Writes the whole part with `xml`.
    static func write(_ chart: Chart, to xml: XMLWriter) {
        xml.start("c:chartSpace")
        xml.declare([.c, .a, .r])
        xml.empty("c:lang", ["val": "sv-SE"])
        xml.empty("c:roundedCorners", ["val": "0"])
        xml.element("c:chart") {
            xml.empty("c:autoTitleDeleted", ["val": "1"])
            xml.element("c:plotArea") {
                xml.empty("c:layout")
                switch chart.kind {
                case .line:
                    xml.element("c:lineChart") {
                        xml.empty("c:grouping", ["val": "standard"])
                        xml.empty("c:varyColors", ["val": "0"])
                        for index in chart.series.indices { lineSeries(chart, index: index, to: xml) }
                        target(chart, to: xml)
                        xml.empty("c:marker", ["val": "1"])
                        axisIds(to: xml)
                    }
                case .bar:
                    xml.element("c:barChart") {
                        xml.empty("c:barDir", ["val": "col"])
                        xml.empty("c:grouping", ["val": "clustered"])
                        xml.empty("c:varyColors", ["val": "0"])
                        for index in chart.series.indices { barSeries(chart, index: index, to: xml) }
                        xml.empty("c:gapWidth", ["val": "80"])
                        axisIds(to: xml)
                    }
                    if chart.target != nil {
                        xml.element("c:lineChart") {
                            xml.empty("c:grouping", ["val": "standard"])
                            xml.empty("c:varyColors", ["val": "0"])
                            target(chart, to: xml)
                            xml.empty("c:marker", ["val": "0"])
                            axisIds(to: xml)
                        }
                    }
                }
                axes(chart, to: xml)
            }
            xml.element("c:legend") {
                xml.empty("c:legendPos", ["val": "b"])
                xml.empty("c:overlay", ["val": "0"])
            }
            xml.empty("c:plotVisOnly", ["val": "1"])
            xml.empty("c:dispBlanksAs", ["val": "gap"])
        }
        xml.element("c:txPr") {
            xml.empty("a:bodyPr")
            xml.empty("a:lstStyle")
            xml.element("a:p") {
                xml.element("a:pPr") {
                    xml.element("a:defRPr", ["sz": "1000"]) { solidFill("1B1B1B", to: xml) }
                }
                xml.empty("a:endParaRPr", ["lang": "sv-SE"])
            }
        }
        xml.end()
    }

    // MARK: Series

    private static func lineSeries(_ chart: Chart, index: Int, to xml: XMLWriter) {
        let colour = colours[index % colours.count]
        xml.element("c:ser") {
            seriesHead(chart.series[index].name, index: index, to: xml)
            xml.element("c:spPr") { line(colour, dash: dashes[index % dashes.count], to: xml) }
            xml.element("c:marker") {
                xml.empty("c:symbol", ["val": markers[index % markers.count]])
                xml.empty("c:size", ["val": "7"])
                xml.element("c:spPr") {
                    solidFill(colour, to: xml)
                    line(colour, dash: "solid", to: xml)
                }
            }
            values(chart, chart.series[index].values, column: index + 1, to: xml)
            xml.empty("c:smooth", ["val": "0"])
        }
    }

    private static func barSeries(_ chart: Chart, index: Int, to xml: XMLWriter) {
        let colour = colours[index % colours.count]
        xml.element("c:ser") {
            seriesHead(chart.series[index].name, index: index, to: xml)
            xml.element("c:spPr") {
                if index == 0 {
                    solidFill(colour, to: xml)
                } else {
                    xml.element("a:pattFill", ["prst": hatches[(index - 1) % hatches.count]]) {
                        xml.element("a:fgClr") { xml.empty("a:srgbClr", ["val": colour]) }
                        xml.element("a:bgClr") { xml.empty("a:srgbClr", ["val": "FFFFFF"]) }
                    }
                }
                line(colour, dash: "solid", to: xml)
            }
            xml.empty("c:invertIfNegative", ["val": "0"])
            values(chart, chart.series[index].values, column: index + 1, to: xml)
        }
    }

    /// The target as a line series of the same value in every category, dashed, no markers.
    private static func target(_ chart: Chart, to xml: XMLWriter) {
        guard let target = chart.target else { return }
        let index = chart.series.count
        xml.element("c:ser") {
            seriesHead(target.name, index: index, to: xml)
            xml.element("c:spPr") { line("474747", dash: "lgDashDot", to: xml) }
            xml.element("c:marker") { xml.empty("c:symbol", ["val": "none"]) }
            values(chart, Array(repeating: target.value, count: chart.categories.count), column: index + 1, to: xml)
            xml.empty("c:smooth", ["val": "0"])
        }
    }

    private static func seriesHead(_ name: String, index: Int, to xml: XMLWriter) {
        xml.empty("c:idx", ["val": String(index)])
        xml.empty("c:order", ["val": String(index)])
        xml.element("c:tx") {
            xml.element("c:strRef") {
                xml.textElement("c:f", [:], "\(sheet)!$\(column(index + 1))$1")
                strings([name], to: xml)
            }
        }
    }

    private static func values(_ chart: Chart, _ values: [ChartValue?], column index: Int, to xml: XMLWriter) {
        let last = chart.categories.count + 1
        xml.element("c:cat") {
            xml.element("c:strRef") {
                xml.textElement("c:f", [:], "\(sheet)!$A$2:$A$\(last)")
                strings(chart.categories, to: xml)
            }
        }
        xml.element("c:val") {
            xml.element("c:numRef") {
                xml.textElement("c:f", [:], "\(sheet)!$\(column(index))$2:$\(column(index))$\(last)")
                xml.element("c:numCache") {
                    xml.textElement("c:formatCode", [:], "General")
                    xml.empty("c:ptCount", ["val": String(chart.categories.count)])
                    for (position, value) in values.prefix(chart.categories.count).enumerated() {
                        guard let value else { continue }
                        xml.element("c:pt", ["idx": String(position)]) { xml.textElement("c:v", [:], "\(value.value)") }
                    }
                }
            }
        }
    }

    private static func strings(_ texts: [String], to xml: XMLWriter) {
        xml.element("c:strCache") {
            xml.empty("c:ptCount", ["val": String(texts.count)])
            for (index, text) in texts.enumerated() {
                xml.element("c:pt", ["idx": String(index)]) { xml.textElement("c:v", [:], text) }
            }
        }
    }

    /// A spreadsheet column name: 0 → A, 1 → B, … 26 → AA.
    private static func column(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : column(index / 26 - 1) + String(letters[index % 26])
    }

    // MARK: Axes

    private static func axisIds(to xml: XMLWriter) {
        xml.empty("c:axId", ["val": categoryAxis])
        xml.empty("c:axId", ["val": valueAxis])
    }

    private static func axes(_ chart: Chart, to xml: XMLWriter) {
        xml.element("c:catAx") {
            xml.empty("c:axId", ["val": categoryAxis])
            xml.element("c:scaling") { xml.empty("c:orientation", ["val": "minMax"]) }
            xml.empty("c:delete", ["val": "0"])
            xml.empty("c:axPos", ["val": "b"])
            title(chart.categoryTitle, to: xml)
            xml.empty("c:majorTickMark", ["val": "out"])
            xml.empty("c:minorTickMark", ["val": "none"])
            xml.empty("c:tickLblPos", ["val": "nextTo"])
            xml.empty("c:crossAx", ["val": valueAxis])
            xml.empty("c:crosses", ["val": "autoZero"])
            xml.empty("c:auto", ["val": "1"])
            xml.empty("c:lblAlgn", ["val": "ctr"])
            xml.empty("c:lblOffset", ["val": "100"])
            xml.empty("c:noMultiLvlLbl", ["val": "0"])
        }
        let ticks = chart.axisTicks
        xml.element("c:valAx") {
            xml.empty("c:axId", ["val": valueAxis])
            xml.element("c:scaling") {
                xml.empty("c:orientation", ["val": "minMax"])
                if let top = ticks.last { xml.empty("c:max", ["val": "\(top.value)"]) }
                xml.empty("c:min", ["val": "0"])
            }
            xml.empty("c:delete", ["val": "0"])
            xml.empty("c:axPos", ["val": "l"])
            xml.element("c:majorGridlines") {
                xml.element("c:spPr") { line("9AA9B1", dash: "solid", to: xml) }
            }
            title(chart.unit, to: xml)
            xml.empty("c:numFmt", ["formatCode": "General", "sourceLinked": "0"])
            xml.empty("c:majorTickMark", ["val": "out"])
            xml.empty("c:minorTickMark", ["val": "none"])
            xml.empty("c:tickLblPos", ["val": "nextTo"])
            xml.empty("c:crossAx", ["val": categoryAxis])
            xml.empty("c:crosses", ["val": "autoZero"])
            xml.empty("c:crossBetween", ["val": "between"])
            if ticks.count > 1 { xml.empty("c:majorUnit", ["val": "\(ticks[1].value)"]) }
        }
    }

    private static func title(_ text: String, to xml: XMLWriter) {
        xml.element("c:title") {
            xml.element("c:tx") {
                xml.element("c:rich") {
                    xml.empty("a:bodyPr")
                    xml.element("a:p") {
                        xml.element("a:r") { xml.textElement("a:t", [:], text) }
                    }
                }
            }
            xml.empty("c:overlay", ["val": "0"])
        }
    }

    // MARK: Shapes

    private static func solidFill(_ colour: String, to xml: XMLWriter) {
        xml.element("a:solidFill") { xml.empty("a:srgbClr", ["val": colour]) }
    }

    private static func line(_ colour: String, dash: String, to xml: XMLWriter) {
        xml.element("a:ln", ["w": "28575", "cap": "rnd"]) {
            solidFill(colour, to: xml)
            xml.empty("a:prstDash", ["val": dash])
        }
    }
}

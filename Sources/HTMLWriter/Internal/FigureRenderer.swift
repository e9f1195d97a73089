import DocumentModel

// A figure as HTML: `figure` with its caption, the chart as inline SVG (built as `Node`s) (`role="img"`,
// named by its `title` and described by its `desc`, which states the series and their
// latest values) and the values as a real table folded in a `details`, so nothing is
// only in the picture. Series differ by colour, marker shape and dash pattern (bars by
// fill pattern), never by colour alone (WCAG 1.4.1); every colour has at least 3:1
// contrast against white (WCAG 1.4.11).
struct FigureRenderer {
    let figure: Figure
    /// Unique within the page: prefixes the ids of the SVG's title, description and patterns.
    let id: String

    static let colours = ["#00546b", "#a3004a", "#5a2d82", "#1b1b1b", "#7a4a00"]
    static let dashes = [nil, "8 4", "2 3", "10 3 2 3", "4 2"]
    private static let width = 640.0, height = 360.0
    private static let left = 56.0, right = 620.0, top = 16.0, bottom = 240.0

    /// The figure at `depth`, on the line `line` levels indented, or where the output
    /// stands when nil.
    func write(to body: inout BodyRenderer, depth: Int, line: Int?) {
        body.output.startTag("figure", line: line)
        body.output.attribute("class", "figur")
        body.output.endTag()
        body.output.open("figcaption", line: depth + 1)
        body.output.text(figure.caption)
        body.output.close("figcaption")
        switch figure.content {
        case .absent(let note):
            body.output.startTag("p", line: depth + 1)
            body.output.attribute("class", "figur-saknas")
            body.output.endTag()
            body.output.text(note)
            body.output.close("p")
        case .chart(let chart):
            body.output.lineBreak(indent: depth + 1)
            body.output.node(svg(chart), depth: depth + 1)
            body.output.startTag("details", line: depth + 1)
            body.output.attribute("class", "figur-varden")
            body.output.endTag()
            body.output.open("summary", line: depth + 2)
            body.output.text(chart.tableLabel)
            body.output.close("summary")
            TableRenderer(table: chart.table, landscape: false).write(to: &body, depth: depth + 2, line: depth + 2)
            body.output.lineBreak(indent: depth + 1)
            body.output.close("details")
        }
        body.output.lineBreak(indent: depth)
        body.output.close("figure")
    }

    // MARK: SVG

    private func svg(_ chart: Chart) -> Node {
        let ticks = chart.axisTicks
        let top = ticks.last?.value ?? 1
        let y = { (value: Double) in Self.bottom - (Self.bottom - Self.top) * value / max(top, .leastNonzeroMagnitude) }
        let slot = (Self.right - Self.left) / Double(max(1, chart.categories.count))
        let x = { (index: Int) in Self.left + slot * (Double(index) + 0.5) }
        var children: [Node] = [
            .element("title", ["id": "\(id)-titel"], [.text(figure.caption)]),
            .element("desc", ["id": "\(id)-beskrivning"], [.text(chart.description)]),
        ]
        if chart.kind == .bar { children.append(patterns(count: chart.series.count)) }
        children.append(.element("g", ["class": "axel", "aria-hidden": "true"], ticks.flatMap { tick -> [Node] in [
            .element("line", ["x1": Self.number(Self.left), "x2": Self.number(Self.right),
                              "y1": Self.number(y(tick.value)), "y2": Self.number(y(tick.value)),
                              "stroke": tick.value == 0 ? "#1b1b1b" : "#9aa9b1", "stroke-width": "1"]),
            .element("text", ["x": Self.number(Self.left - 6), "y": Self.number(y(tick.value) + 4),
                              "text-anchor": "end"], [.text(tick.text)]),
        ] } + [
            .element("text", ["x": Self.number(Self.left), "y": Self.number(Self.top - 4)], [.text(chart.unit)]),
        ] + chart.categories.indices.map { index in
            // Long names (fokusområden) wrap onto lines as wide as their slot.
            let lines = Self.wrap(chart.categories[index], characters: max(4, Int(slot / 7.5)))
            return .element("text", ["x": Self.number(x(index)), "y": Self.number(Self.bottom + 18), "text-anchor": "middle"],
                            lines.enumerated().map { number, line in
                                .element("tspan", ["x": Self.number(x(index)), "dy": number == 0 ? "0" : "15"], [.text(line)])
                            })
        }))
        for (index, series) in chart.series.enumerated() {
            children.append(chart.kind == .line
                ? line(series, index: index, x: x, y: y)
                : bars(series, index: index, count: chart.series.count, slot: slot, x: x, y: y))
        }
        if let target = chart.target {
            children.append(.element("g", ["class": "malvarde", "data-varde": Self.number(target.value.value)], [
                .element("line", ["x1": Self.number(Self.left), "x2": Self.number(Self.right),
                                  "y1": Self.number(y(target.value.value)), "y2": Self.number(y(target.value.value)),
                                  "stroke": "#474747", "stroke-width": "2", "stroke-dasharray": "12 4 2 4"]),
            ]))
        }
        children.append(legend(chart))
        return .element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "diagram", "role": "img",
            "viewBox": "0 0 \(Self.number(Self.width)) \(Self.number(Self.height))",
            "aria-labelledby": "\(id)-titel", "aria-describedby": "\(id)-beskrivning",
        ], children)
    }

    private func colour(_ index: Int) -> String { Self.colours[index % Self.colours.count] }

    /// A line with a marker of its own shape at every value; a missing value breaks the line.
    private func line(_ series: ChartSeries, index: Int, x: (Int) -> Double, y: (Double) -> Double) -> Node {
        var runs: [[(Double, Double)]] = [[]]
        var markers: [Node] = []
        for (position, value) in series.values.enumerated() {
            guard let value else {
                if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                continue
            }
            let point = (x(position), y(value.value))
            runs[runs.count - 1].append(point)
            markers.append(marker(index, at: point, value: value))
        }
        let lines = runs.filter { $0.count > 1 }.map { run in
            Node.element("polyline", [
                "points": run.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " "),
                "fill": "none", "stroke": colour(index), "stroke-width": "2.5",
                "stroke-dasharray": Self.dashes[index % Self.dashes.count],
            ])
        }
        return .element("g", ["class": "serie", "data-serie": series.name], lines + markers)
    }

    /// A marker: circle, square, triangle, diamond, cross, by series.
    private func marker(_ index: Int, at point: (Double, Double), value: ChartValue) -> Node {
        let (cx, cy) = point
        let fill = colour(index)
        let shape: Node
        switch index % 5 {
        case 0:
            shape = .element("circle", ["cx": Self.number(cx), "cy": Self.number(cy), "r": "5", "fill": fill, "data-varde": "\(value.value)"])
        case 1:
            shape = .element("rect", ["x": Self.number(cx - 5), "y": Self.number(cy - 5), "width": "10", "height": "10",
                                      "fill": fill, "data-varde": "\(value.value)"])
        default:
            let points: [(Double, Double)]
            switch index % 5 {
            case 2: points = [(cx, cy - 6), (cx + 6, cy + 5), (cx - 6, cy + 5)]
            case 3: points = [(cx, cy - 7), (cx + 6, cy), (cx, cy + 7), (cx - 6, cy)]
            default: points = [(cx - 6, cy - 6), (cx + 6, cy + 6), (cx, cy), (cx + 6, cy - 6), (cx - 6, cy + 6), (cx, cy)]
            }
            shape = .element("polygon", ["points": points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " "),
                                         "fill": fill, "stroke": fill, "stroke-width": "1.5", "data-varde": "\(value.value)"])
        }
        return shape
    }

    private func bars(_ series: ChartSeries, index: Int, count: Int, slot: Double,
                      x: (Int) -> Double, y: (Double) -> Double) -> Node {
        let width = slot * 0.8 / Double(max(1, count))
        let rects = series.values.enumerated().compactMap { position, value -> Node? in
            guard let value else { return nil }
            let left = x(position) - slot * 0.4 + width * Double(index)
            return .element("rect", [
                "x": Self.number(left), "y": Self.number(y(value.value)), "width": Self.number(width),
                "height": Self.number(Self.bottom - y(value.value)), "fill": fill(index),
                "stroke": colour(index), "stroke-width": "1.5", "data-varde": "\(value.value)",
            ])
        }
        return .element("g", ["class": "serie", "data-serie": series.name], rects)
    }

    /// Bars: the first series solid, the others hatched in their colour.
    private func fill(_ index: Int) -> String { index == 0 ? colour(0) : "url(#\(id)-monster-\(index))" }

    private func patterns(count: Int) -> Node {
        .element("defs", [:], (1..<max(1, count)).map { index in
            let path = ["M0,8 L8,0", "M0,0 L8,8", "M4,0 L4,8", "M0,4 L8,4 M4,0 L4,8"][(index - 1) % 4]
            return .element("pattern", ["id": "\(id)-monster-\(index)", "width": "8", "height": "8",
                                        "patternUnits": "userSpaceOnUse"], [
                .element("rect", ["width": "8", "height": "8", "fill": "#ffffff"]),
                .element("path", ["d": path, "stroke": colour(index), "stroke-width": "2"]),
            ])
        })
    }

    /// The series' names with their marker, line or fill, and the target's dash.
    private func legend(_ chart: Chart) -> Node {
        var entries: [(String, Node)] = chart.series.enumerated().map { index, series in
            let sample: Node = chart.kind == .line
                ? .element("g", [:], [
                    .element("line", ["x1": "0", "x2": "28", "y1": "0", "y2": "0", "stroke": colour(index), "stroke-width": "2.5",
                                      "stroke-dasharray": Self.dashes[index % Self.dashes.count]]),
                    marker(index, at: (14, 0), value: ChartValue(0, "")),
                ])
                : .element("rect", ["x": "4", "y": "-7", "width": "20", "height": "14", "fill": fill(index),
                                    "stroke": colour(index), "stroke-width": "1.5"])
            return (series.name, sample)
        }
        if let target = chart.target {
            entries.append((target.name, .element("line", ["x1": "0", "x2": "28", "y1": "0", "y2": "0", "stroke": "#474747",
                                                           "stroke-width": "2", "stroke-dasharray": "12 4 2 4"])))
        }
        let columns = 3
        return .element("g", ["class": "teckenforklaring", "aria-hidden": "true"], entries.enumerated().map { position, entry in
            let left = Self.left + Double(position % columns) * 190
            let top = Self.bottom + 66 + Double(position / columns) * 22
            return .element("g", ["transform": "translate(\(Self.number(left)),\(Self.number(top)))"], [
                entry.1, .element("text", ["x": "36", "y": "5"], [.text(entry.0)]),
            ])
        })
    }

    /// Words gathered into lines of at most `characters` (a longer word stands alone).
    static func wrap(_ text: String, characters: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= characters {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Coordinates with at most one decimal, the same on every machine.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

/// A series chart: categories (years, terms) along one axis, one line or bar group per
/// series, an optional target line. Every number carries the text it is shown with, so
/// writers never format numbers themselves; a missing value is `nil` and is shown as
/// `missing`, never as zero.
///
/// ```swift
/// let chart = Chart(
///     kind: .line, description: "Andel trygga elever, totalt: 82 procent år 2022.",
///     categoryTitle: "År", categories: ["2020", "2021", "2022"], unit: "procent",
///     series: [ChartSeries(name: "Totalt", values: [ChartValue(80, "80"), nil, ChartValue(82, "82")])],
///     target: ChartTarget(name: "Målvärde", value: ChartValue(90, "90")),
///     missing: "Uppgift saknas", tableLabel: "Värdena i tabellform")
/// ```
public struct Chart: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case line, bar }

    public var kind: Kind
    /// What the chart shows in words, with the series and the latest values: the alt text.
    public var description: String
    /// The name of the category axis ("År").
    public var categoryTitle: String
    public var categories: [String]
    /// The unit of the value axis ("procent", "antal").
    public var unit: String
    public var series: [ChartSeries]
    public var target: ChartTarget?
    /// How a missing value reads ("Uppgift saknas").
    public var missing: String
    /// The name of the values as a table, where a format offers it folded ("Värdena i tabellform").
    public var tableLabel: String
    /// Between the whole and the fraction of the axis numbers ("," in Swedish).
    public var decimalSeparator: String

    public init(kind: Kind, description: String, categoryTitle: String, categories: [String], unit: String,
                series: [ChartSeries], target: ChartTarget? = nil, missing: String, tableLabel: String,
                decimalSeparator: String = ",") {
        self.tableLabel = tableLabel
        self.decimalSeparator = decimalSeparator
        self.kind = kind
        self.description = description
        self.categoryTitle = categoryTitle
        self.categories = categories
        self.unit = unit
        self.series = series
        self.target = target
        self.missing = missing
    }

    /// The values as a table: a row per category, a column per series (and the target),
    /// for readers who cannot see the chart and for formats that draw none.
    public var table: Table {
        let names = series.map(\.name) + (target.map { [$0.name] } ?? [])
        let header = Row([Cell(categoryTitle)] + names.map { Cell("\($0) (\(unit))") })
        let body = categories.indices.map { index in
            Row([Cell(categories[index], isRowHeader: true)]
                + series.map { Cell($0.value(at: index)?.text ?? missing) }
                + (target.map { [Cell($0.value.text)] } ?? []))
        }
        return Table(columns: Array(repeating: Column(width: 1), count: names.count + 1), header: [header], body: body)
    }

    /// The largest value drawn, target included; 0 when there is none.
    public var maximum: Double {
        (series.flatMap { $0.values.compactMap { $0?.value } } + (target.map { [$0.value.value] } ?? [])).max() ?? 0
    }

    /// The value axis from zero: four to six steps of 1, 2 or 5 times a power of ten, the
    /// last at or above every value, each with its text.
    public var axisTicks: [ChartValue] {
        let top = maximum > 0 ? maximum : 1
        var power = 1.0
        while top / power > 10 { power *= 10 }
        while top / power <= 1 { power /= 10 }
        let step = [0.1, 0.2, 0.5, 1, 2, 5].map { $0 * power }.first { top / $0 <= 6 } ?? power
        let count = Int((top / step).rounded(.up))
        let decimals = step >= 1 ? 0 : (step >= 0.1 ? 1 : 2)
        return (0...count).map { index in
            let value = Double(index) * step
            return ChartValue(value, Chart.text(value, decimals: decimals, separator: decimalSeparator))
        }
    }

    private static func text(_ value: Double, decimals: Int, separator: String) -> String {
        let scale = [1.0, 10, 100][decimals]
        let scaled = Int((value * scale).rounded())
        guard decimals > 0 else { return String(scaled) }
        let fraction = String(scaled % Int(scale))
        return "\(scaled / Int(scale))\(separator)\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }
}

/// One line or bar group of a chart: a value (or `nil`) per category.
public struct ChartSeries: Sendable, Hashable {
    public var name: String
    public var values: [ChartValue?]

    public init(name: String, values: [ChartValue?]) {
        self.name = name
        self.values = values
    }

    /// The value at a category, nil where it is missing or beyond the series.
    public func value(at index: Int) -> ChartValue? { values.indices.contains(index) ? values[index] : nil }
}

/// A number and the text it is shown with ("82,5").
public struct ChartValue: Sendable, Hashable {
    public var value: Double
    public var text: String

    public init(_ value: Double, _ text: String) {
        self.value = value
        self.text = text
    }
}

/// A horizontal target line across the chart.
public struct ChartTarget: Sendable, Hashable {
    public var name: String
    public var value: ChartValue

    public init(name: String, value: ChartValue) {
        self.name = name
        self.value = value
    }
}

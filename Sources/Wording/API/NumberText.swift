import AnalysisModel

/// Numbers the Swedish way: decimal comma, a non-breaking space between thousands, the
/// unit and the estimate mark, all from the label file.
///
/// ```swift
/// NumberText(labels: labels).text(Tal(42.5, enhet: .procent))   // "42,5 %"
/// ```
public struct NumberText: Sendable {
    public let labels: Labels

    public init(labels: Labels) { self.labels = labels }

    /// The number with its unit and estimate mark.
    public func text(_ tal: Tal) -> String {
        var result = digits(tal)
        switch tal.enhet {
        case .ingen: break
        case .procent: result = labels.text(.numberPercent, ["tal": result])
        case .miljonerKronor: result = labels.text(.numberMillionKronor, ["tal": result])
        }
        return tal.ungefär ? labels.text(.numberEstimate, ["tal": result]) : result
    }

    /// The number without unit: "6 450", "42,5", "-3".
    private func digits(_ tal: Tal) -> String {
        let scaled = tal.skalatVärde
        let decimals = max(0, tal.decimaler)
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        let whole = String(abs(scaled) / divisor)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += labels.text(.numberThousandsSeparator) }
            grouped.append(digit)
        }
        if decimals > 0 {
            let fraction = String(abs(scaled) % divisor)
            grouped += labels.text(.numberDecimalSeparator) + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (scaled < 0 ? "−" : "") + grouped
    }
}

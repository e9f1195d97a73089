import Foundation

// Timing of repeated runs, and the process's peak memory.
struct Measurement {
    let label: String
    let samples: [Double]   // milliseconds, sorted
    /// The process's peak memory when the runs were done (`peakMemoryMiB`), so a sequence
    /// of measurements shows which step raised it.
    let peakMemoryMiB: Double

    init(label: String, iterations: Int, _ body: () -> Void) {
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        let clock = ContinuousClock()
        for _ in 0..<max(1, iterations) {
            let elapsed = clock.measure(body)
            samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        self.label = label
        self.samples = samples.sorted()
        self.peakMemoryMiB = Self.peakMemoryMiB
    }

    /// Samples taken elsewhere (runs of several steps, interleaved), with the peak memory
    /// when their step was first done.
    init(label: String, samples: [Double], peakMemoryMiB: Double) {
        self.label = label
        self.samples = samples.sorted()
        self.peakMemoryMiB = peakMemoryMiB
    }

    /// The milliseconds `body` takes.
    static func time(_ body: () -> Void) -> Double { milliseconds(ContinuousClock().measure(body)) }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    var median: Double { percentile(50) }

    func percentile(_ p: Double) -> Double {
        let index = Int((Double(samples.count - 1) * p / 100).rounded())
        return samples[min(samples.count - 1, max(0, index))]
    }

    var row: [String] {
        [label, String(samples.count), format(median), format(percentile(90)), format(percentile(99)), format(samples[0])]
    }

    static let header = ["steg", "n", "median ms", "p90 ms", "p99 ms", "min ms"]

    /// Processor time (user and system, every thread) this process has used so far, in
    /// milliseconds: beside wall time it shows how many cores a step had.
    static var processorMilliseconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        return seconds * 1000 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }

    /// Peak resident memory of this process so far, in MiB.
    static var peakMemoryMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

func format(_ value: Double) -> String { String(format: value < 10 ? "%.3f" : "%.1f", value) }

/// Prints rows as an aligned table.
func printTable(_ header: [String], _ rows: [[String]]) {
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    for (index, row) in ([header] + rows).enumerated() {
        print(row.enumerated().map { column, text in
            column == 0 ? text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[column] - text.count) + text
        }.joined(separator: "  "))
        if index == 0 { print(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))) }
    }
}

import AnalysisModel
import ArgumentParser
import Examples
import DocumentModel
import Foundation
import Hyphenation
import Importer
import OOXML
import PlanModel
import RegionVastraGotaland
import Rendering
import SyntheticPlans

// In-process benchmarks of layout and writers. Not tests: figures to read, printed as
// tables (median and percentiles over n iterations, and peak memory).
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Mäter hur snabbt planerna blir dokument.",
        subcommands: [ExamplesBenchmark.self, ScaleBenchmark.self, RegionBenchmark.self, SiteBenchmark.self,
                      PDFBenchmark.self, ImportBenchmark.self,
                      DOCXFloorBenchmark.self, StartupBenchmark.self, TextFloorBenchmark.self])

    /// The allocator in the mode `render` runs it (`HeapMode`), unless `--glibc-heap` asks
    /// for glibc's own moving thresholds, to compare.
    static func main() async {
        if !CommandLine.arguments.contains(DOCXFloorBenchmark.glibcHeapFlag) { HeapMode.fix() }
        await main(nil)
    }
}

struct BenchOptions: ParsableArguments {
    @Option(help: "Antal varv per mätning.") var iterations: Int = 50
    @Option(help: "Mallmapp.") var templates: String = "templates"

    func renderer() throws -> Renderer {
        Renderer(templates: try Templates.load(from: URL(fileURLWithPath: templates)))
    }
}

/// Every example plan: the document tree, then each format.
struct ExamplesBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "examples", abstract: "Exempelplanerna, steg för steg.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let renderer = try options.renderer()
        let rows = Exempel.planer.flatMap { plan in
            stages(of: { plan }, renderer: renderer, iterations: options.iterations, label: "\(plan.id) ").measurements.map(\.row)
        }
        printTable(Measurement.header, rows)
        print("toppminne: \(format(Measurement.peakMemoryMiB)) MiB")
    }
}

/// Every example plan, report and analysis as PDF, in one LibreOffice batch: the time
/// LibreOffice spent on each document, and starting and stopping it.
struct PDFBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf", abstract: "Alla exempel som PDF i en körning av LibreOffice.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let renderer = try options.renderer()
        let documents = Exempel.planer.map { ($0.id, renderer.document(for: $0)) }
            + Exempel.rapporter.map { ($0.id, renderer.document(for: $0)) }
            + Exempel.analyser.map { ($0.id, renderer.document(for: $0)) }
        let sources = documents.map { renderer.pdfSource($0.1, named: "\($0.0).pdf") }
        let converter = try PDFConverter.find()
        let clock = ContinuousClock()
        var result: PDFConverter.Result?
        let total = clock.measure { result = converter.convert(sources) }
        guard let result else { return }
        for failure in result.failures { print("fel: \(failure)") }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        let converting = result.seconds.values.reduce(0, +)
        printTable(["dokument", "KB", "sekunder"], result.files.map { file in
            [file.name, String(file.data.count / 1024), format(result.seconds[file.name] ?? 0)]
        } + [
            ["start och stopp av LibreOffice", "", format(seconds - converting)],
            ["hela körningen (\(result.files.count) dokument)", "", format(seconds)],
        ])
    }
}

/// The layout of a plan, then writing its document in each format, as a run does: each
/// iteration lays the plan out and writes every format from that tree, the last format
/// taking the tree over (its writer prepares it in place), so no more than one tree is
/// held at a time. `plan` gives the plan for each iteration (untimed); a plan made for
/// the iteration is let go once laid out, as a run that renders it needs it no longer.
/// Each iteration starts cold: the run's memory of hyphenated words is forgotten first,
/// so the first format that hyphenates pays for every word, as a run's first document
/// does. A stage's peak memory is the process's after its first iteration; `planPeakMiB`
/// is the peak once the first plan was made.
func stages(of plan: () -> Handlingsplan, renderer: Renderer, iterations: Int, label: String = "",
            formats: [OutputFormat] = OutputFormat.written) -> (planPeakMiB: Double, measurements: [Measurement]) {
    let steps = [label + "layout"] + formats.map { label + $0.rawValue }
    var samples = Array(repeating: [Double](), count: steps.count)
    var peaks = Array(repeating: 0.0, count: steps.count)
    var planPeak = 0.0
    for iteration in 0..<max(1, iterations) {
        if case .success(let hyphenator) = Hyphenator.swedish { hyphenator.forgetWords() }
        var laidOut: Document?
        do {
            let plan = plan()
            if iteration == 0 { planPeak = Measurement.peakMemoryMiB }
            samples[0].append(Measurement.time { laidOut = renderer.document(for: plan) })
        }
        if iteration == 0 { peaks[0] = Measurement.peakMemoryMiB }
        for (index, format) in formats.enumerated() {
            // The last format is handed the tree itself; the others a reference to it.
            let document = index == formats.count - 1 ? laidOut.take()! : laidOut!
            let start = ContinuousClock.now
            _ = renderer.file(consume document, named: "", as: format).data
            samples[index + 1].append(Measurement.milliseconds(ContinuousClock.now - start))
            if iteration == 0 { peaks[index + 1] = Measurement.peakMemoryMiB }
        }
    }
    return (planPeak, steps.indices.map { Measurement(label: steps[$0], samples: samples[$0], peakMemoryMiB: peaks[$0]) })
}

/// The regional site: every page of the example plans, regional goals and fokusområden.
struct SiteBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Den regionala webbplatsen, alla sidor.")
    @OptionGroup var options: BenchOptions

    func run() async throws {
        let renderer = try options.renderer()
        let files = renderer.site(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)
        let measurement = Measurement(label: "site (\(files.count) filer, \(files.reduce(0) { $0 + $1.data.count }) byte)",
                                      iterations: options.iterations) {
            _ = renderer.site(plans: Exempel.planer, regionalGoals: RegionaltMål.barnOchUnga)
        }
        printTable(Measurement.header, [measurement.row])
        print("toppminne: \(format(Measurement.peakMemoryMiB)) MiB")
    }
}

/// One synthetic plan of a given number of rows. Run each size in its own process so
/// the peak memory belongs to that size.
struct ScaleBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scale", abstract: "En syntetisk plan med N rader.")
    @OptionGroup var options: BenchOptions
    @Option(help: "Antal aktivitetsrader.") var rows: Int = 1000
    @Option(name: .customLong("format"), help: "Bara dessa format, kommaseparerade, så att toppminnet gäller dem.")
    var onlyFormats: String?

    func run() async throws {
        let renderer = try options.renderer()
        var formats = OutputFormat.written
        if let onlyFormats {
            guard case .success(let chosen) = OutputFormat.parseList(onlyFormats) else {
                throw ValidationError("Okänt format i \"\(onlyFormats)\"; kända: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            formats = chosen
        }
        // The plan is made anew for each iteration (as the same plan), outside the timings.
        let (planPeak, measurements) = stages(of: { SyntheticPlan.make(rows: rows) }, renderer: renderer,
                                              iterations: options.iterations, formats: formats)
        printTable(["rader"] + Measurement.header, measurements.map { [String(rows)] + $0.row })
        print("toppminne: \(format(Measurement.peakMemoryMiB)) MiB")
        print("toppminne efter varje steg (MiB): planen \(format(planPeak)), "
              + measurements.map { "\($0.label) \(format($0.peakMemoryMiB))" }.joined(separator: ", "))
    }
}

/// A region: many seed-sized plans in every format, the regional site over them and
/// the analysis derived from them; sequentially and on all cores, with the same output.
struct RegionBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "region", abstract: "Många planer av seed-storlek.")
    @OptionGroup var options: BenchOptions
    @Option(help: "Antal planer.") var plans: Int = 290

    func run() async throws {
        let renderer = try options.renderer()
        let goals = RegionaltMål.barnOchUnga
        let region = (0..<plans).map {
            SyntheticPlan.make(rows: 30, seed: UInt64($0 + 1), id: "plan-\($0 + 1)", regionalGoals: goals)
        }
        let analysis = Analysuppdrag(id: "analys-regionen", planer: region, mål: goals, datum: Datum(2023, 12, 31))
        let documents: @Sendable (Handlingsplan) -> [Data] = { plan in
            let document = renderer.document(for: plan)
            return OutputFormat.written.map { renderer.file(document, named: "", as: $0).data }
        }
        let siteAndAnalysis: @Sendable () -> [Data] = {
            let report = renderer.document(for: analysis)
            return renderer.site(plans: region, regionalGoals: goals).map(\.data)
                + OutputFormat.written.map { renderer.file(report, named: "", as: $0).data }
        }
        let clock = ContinuousClock()
        var sequential: [Data] = []
        let sequentialStart = Measurement.processorMilliseconds
        let sequentialTime = clock.measure { sequential = region.flatMap(documents) + siteAndAnalysis() }
        let parallelStart = Measurement.processorMilliseconds
        let start = clock.now
        // The site and the analysis are one more task beside the plans.
        async let extra = siteAndAnalysis()
        let parallel = parallelMap(region, documents).flatMap { $0 } + (await extra)
        let parallelTime = clock.now - start
        let parallelProcessor = Measurement.processorMilliseconds - parallelStart
        let megabytes = format(Double(sequential.reduce(0) { $0 + $1.count }) / 1e6)
        let what = "\(OutputFormat.written.count) format + webbplats + analys"
        // Processor time over wall time: the cores the run had. Below the core count on a
        // machine other work shares, however well the run divides.
        let row = { (name: String, wall: Duration, processor: Double) -> [String] in
            [name, String(plans), what, format(self.milliseconds(wall)), format(processor),
             String(format: "%.2f", processor / max(self.milliseconds(wall), 1e-6)), megabytes]
        }
        printTable(["körning", "planer", "innehåll", "tid ms", "CPU ms", "kärnor i bruk", "MB ut"], [
            row("sekventiell", sequentialTime, parallelStart - sequentialStart),
            row("parallell (\(ProcessInfo.processInfo.activeProcessorCount) kärnor)", parallelTime, parallelProcessor),
        ])
        print("samma utdata sekventiellt och parallellt: \(sequential == parallel ? "ja" : "NEJ")")
        print("toppminne: \(format(Measurement.peakMemoryMiB)) MiB")
    }

    private func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

/// `render import` of a synthetic plan's Word file: reading the DOCX and writing the DSL.
struct ImportBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import av en syntetisk plan i Word.")
    @OptionGroup var options: BenchOptions
    @Option(help: "Antal aktiviteter, ungefär.") var activities: Int = 200

    func run() async throws {
        let renderer = try options.renderer()
        var rows = activities
        var plan = SyntheticPlan.make(rows: rows)
        while plan.allaMål.reduce(0, { $0 + $1.mål.aktiviteter.count }) < activities {
            rows += activities / 4
            plan = SyntheticPlan.make(rows: rows)
        }
        let count = plan.allaMål.reduce(0) { $0 + $1.mål.aktiviteter.count }
        let docx = try renderer.write(renderer.document(for: plan), as: .docx)
        let importer = PlanImporter(file: "syntetisk.docx", id: "syntetisk")
        let measurement = Measurement(label: "import (\(count) aktiviteter, \(docx.count) byte)", iterations: options.iterations) {
            _ = try? importer.importera(docx)
        }
        printTable(Measurement.header, [measurement.row])
        print("toppminne: \(format(Measurement.peakMemoryMiB)) MiB")
    }
}

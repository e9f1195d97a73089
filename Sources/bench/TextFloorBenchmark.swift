import ArgumentParser
import DocumentModel
import Examples
import Foundation
import HTMLWriter
import Hyphenation
import PlanModel
import Rendering

/// The text and HTML writers against their physical floor: for each example plan, the
/// web page and the text document from the document tree to bytes, beside an escaping
/// copy of the same bytes (every byte copied and checked for `&<>"`, as the least any
/// writer of those bytes must do), and the ratio between them. The page and the fragment
/// include preparing the tables (soft hyphens, column widths); "html (skrivaren)" is the
/// HTML writer alone, from the prepared tree.
///
/// ```sh
/// .build/release/bench golv-text --iterations 200
/// .build/release/bench golv-text --plan vanersborg --iterations 20   # under callgrind
/// ```
struct TextFloorBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golv-text",
        abstract: "Webbsidan och textdokumentet mot golvet: en kopia av samma byte som skyddar &<>\".")
    @OptionGroup var options: BenchOptions
    @Option(name: .customLong("plan"), help: "Bara dessa planer, kommaseparerade id (standard: alla exempelplaner).")
    var planIDs: String?
    @Option(name: .customLong("steg"), help: "Bara dessa steg, kommaseparerade: sida, kall, fragment, nytt, skrivaren, txt (standard: alla).")
    var stageNames: String?

    /// The ratios issue 18 aims at: printed beside the figures, never asserted.
    static let targets: [Stage: Double] = [.page: 5, .coldPage: 5, .fragment: 5, .newFragment: 5, .writer: 5, .text: 10]

    enum Stage: String, CaseIterable {
        case page = "html (sida)"
        /// The page with the run's hyphenation memory emptied first, as for a run's first document.
        case coldPage = "html (sida, kall)"
        case fragment = "html (fragment)"
        /// The fragment with the run's memory of hyphenated cells and tables emptied first (its
        /// words and texts kept), as for a plan the run has not written before.
        case newFragment = "html (fragment, nytt)"
        case writer = "html (skrivaren)"
        case text = "txt"
    }

    func run() async throws {
        let renderer = try options.renderer()
        let plans = try chosenPlans()
        var rows: [[String]] = []
        for plan in plans {
            let document = renderer.document(for: plan)
            // The tree as the page writer gets it: soft hyphens in the tables, columns fitted to the screen.
            let hyphenated = (try? Hyphenator.swedish.get()).map { SoftHyphens($0).apply(to: document) } ?? document
            let prepared = TableWidths.apply(to: hyphenated, portrait: .screen, landscape: .screen)
            for stage in try chosenStages() {
                // What the run's memory forgets before each iteration, untimed: letting go of what
                // the iteration before remembered is no part of writing the document.
                let forget: () -> Void = {
                    guard case .success(let hyphenator) = Hyphenator.swedish else { return }
                    switch stage {
                    case .coldPage: hyphenator.forgetWords()
                    case .newFragment: hyphenator.forgetCellsAndTables()
                    case .page, .fragment, .writer, .text: break
                    }
                }
                let write: () -> Data = {
                    switch stage {
                    case .page, .coldPage: return renderer.file(document, named: "", as: .html).data
                    case .fragment, .newFragment: return renderer.htmlFragment(document)
                    case .writer: return HTMLWriter().fragmentData(prepared)
                    case .text: return renderer.file(document, named: "", as: .txt).data
                    }
                }
                forget()
                let bytes = [UInt8](write())
                // One buffer for every copy, made before timing, so the floor is the copy and
                // not the allocator's handling of a block six times the output's size; the
                // figure and its floor in turn, so both see the machine in the same state.
                var copy = [UInt8](repeating: 0, count: bytes.count * 6)
                var copied = 0
                let timings = FloorTiming.interleaved(iterations: options.iterations, [
                    forget,
                    { _ = write() },
                    { copied = Self.escapingCopy(bytes, into: &copy) },
                ])
                let (render, floor) = (timings[1], timings[2])
                precondition(copied >= bytes.count)
                let target = Self.targets[stage] ?? 1
                rows.append([
                    plan.id, stage.rawValue, format(Double(bytes.count) / 1024),
                    format(render.wall), format(render.cpu), format(floor.wall), format(floor.cpu),
                    format(render.wall / floor.wall) + "×", format(render.cpu / floor.cpu) + "×",
                    "≤ \(Int(target))×", render.cpu / floor.cpu <= target ? "ja" : "nej",
                ])
            }
        }
        printTable(["plan", "steg", "KB", "median ms", "CPU ms", "golv ms", "golv CPU ms", "kvot", "kvot CPU", "mål", "nått"],
                   rows)
        print("golv: varje byte av samma utdata kopierad en i taget, med &<>\" utbytta som vid escaping; n = \(options.iterations) per mätning")
        print("sida, fragment: avstavningens minne för körningen (ord, texter, celler, tabeller) fyllt av tidigare varv, som när samma plan skrivs i ett format till;"
              + " nytt: cellerna och tabellerna glömda före varje varv (en plan körningen inte skrivit förut); kall: allt glömt (körningens första dokument)")
    }

    private func chosenStages() throws -> [Stage] {
        guard let stageNames else { return Stage.allCases }
        let names: [String: Stage] = ["sida": .page, "kall": .coldPage, "fragment": .fragment, "nytt": .newFragment,
                                      "skrivaren": .writer, "txt": .text]
        return try stageNames.split(separator: ",").map { name in
            guard let stage = names[String(name)] else {
                throw ValidationError("Okänt steg \"\(name)\"; kända: sida, kall, fragment, nytt, skrivaren, txt.")
            }
            return stage
        }
    }

    private func chosenPlans() throws -> [Handlingsplan] {
        guard let planIDs else { return Exempel.planer }
        return try planIDs.split(separator: ",").map { id in
            guard let plan = Exempel.plan(String(id)) else {
                throw ValidationError("Okänd plan \"\(id)\"; kända: \(Exempel.planer.map(\.id).joined(separator: ", ")).")
            }
            return plan
        }
    }

    /// The floor: `bytes` copied one at a time into `output` (room for six bytes per byte),
    /// with each `&`, `<`, `>` and `"` replaced by its entity, as an escaping writer of the
    /// same bytes would; how many bytes it wrote.
    static func escapingCopy(_ bytes: [UInt8], into output: inout [UInt8]) -> Int {
        precondition(output.count >= bytes.count * 6)
        return output.withUnsafeMutableBufferPointer { output in
            var count = 0
            func put(_ entity: StaticString) {
                for index in 0..<entity.utf8CodeUnitCount { output[count + index] = entity.utf8Start[index] }
                count += entity.utf8CodeUnitCount
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): put("&amp;")
                case UInt8(ascii: "<"): put("&lt;")
                case UInt8(ascii: ">"): put("&gt;")
                case UInt8(ascii: "\""): put("&quot;")
                default:
                    output[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

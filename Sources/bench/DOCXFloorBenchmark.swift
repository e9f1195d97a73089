import ArgumentParser
import CZlib
import DOCXWriter
import Examples
import Foundation
import OOXML
import Rendering
import SyntheticPlans

/// The Word writer against its floor, per seed plan, in process: render's Word writer making
/// the package of the laid-out document (body, parts and archive), libzip archiving the
/// same parts to the same bytes, and one reused zlib stream deflating the same parts (no
/// archive at all), the three in turn in every round. Prints the median wall time and CPU
/// time of each, and the ratios render/floor. (Hyphenation and column widths, which come before the writer, are not
/// counted; `bench examples` times the whole step.)
///
/// ```
/// bench docx-floor --iterations 50
/// ```
struct DOCXFloorBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docx-floor",
                                                    abstract: "Word mot golvet: libzip och en återanvänd zlib-ström för samma delar.")
    @OptionGroup var options: BenchOptions
    @Option(help: "Bara denna plan (id).") var plan: String?
    @Option(help: "En syntetisk plan med så många aktivitetsrader i stället för exempelplanerna.") var rows: Int?
    @Flag(name: .customLong(String(glibcHeapFlag.dropFirst(2))),
          help: "Glibcs rörliga trösklar för malloc i stället för de fasta som render kör med (HeapMode).")
    var glibcHeap = false

    static let glibcHeapFlag = "--glibc-heap"

    func run() async throws {
        let renderer = try options.renderer()
        let plans = rows.map { [SyntheticPlan.make(rows: $0)] } ?? Exempel.planer.filter { plan == nil || $0.id == plan }
        var table: [[String]] = []
        var renderCPU: [Double] = []
        var identical = true
        for plan in plans {
            let document = renderer.document(for: plan)
            let writer = DOCXWriter(reference: renderer.templates.docxReference)
            let docx = try writer.write(document)
            let parts = try ZipReader.entries(of: docx)
            let deflater = ReusedDeflater()
            let timings = FloorTiming.interleaved(iterations: options.iterations, [
                { _ = try? writer.write(document) },
                { _ = try? LibZipWriter.archive(parts) },
                { for part in parts { deflater.compress(part.data) } },
            ])
            let (render, libzip, zlib) = (timings[0], timings[1], timings[2])
            identical = identical && (try? LibZipWriter.archive(parts)) == docx
            renderCPU.append(render.cpu)
            let bytes = parts.reduce(0) { $0 + $1.data.count }
            table.append(["\(plan.id) (\(parts.count) delar, \(bytes / 1024) KB)", format(render.wall), format(render.cpu),
                         format(libzip.wall), format(libzip.cpu), format(zlib.wall), format(zlib.cpu),
                         format(render.cpu / libzip.cpu) + "×", format(render.cpu / zlib.cpu) + "×"])
        }
        printTable(["plan", "render ms", "cpu ms", "libzip ms", "cpu ms", "zlib ms", "cpu ms", "render/libzip", "render/zlib"], table)
        if let rows, let cpu = renderCPU.first {
            print("processortid per rad: \(format(cpu * 1000 / Double(rows))) µs")
        }
        print("medianer av \(options.iterations) varv där render, libzip och zlib körs i tur och ordning i varje varv; kvoterna räknas på processortid; mål: render/libzip ≤ 1,5×")
        print("libzip ger samma byte som render: \(identical ? "ja" : "NEJ")")
        print("malloc: \(glibcHeap ? "glibcs rörliga trösklar" : "fasta trösklar, som render kör (HeapMode)")")
    }
}

/// One raw deflate stream, reset between parts, at the archive's level: the least any
/// ZIP writer must spend on the same bytes.
private final class ReusedDeflater {
    // zlib keeps a pointer back to the stream, so it must not move: it lives on the heap.
    private let stream: UnsafeMutablePointer<z_stream> = {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        return stream
    }()
    private var output = [UInt8](repeating: 0, count: 1 << 16)

    init() {
        let status = deflateInit2_(stream, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                   Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib could not start")
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    func compress(_ data: Data) {
        deflateReset(stream)
        data.withUnsafeBytes { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            var status = Z_OK
            while status != Z_STREAM_END {
                output.withUnsafeMutableBufferPointer { buffer in
                    stream.pointee.next_out = buffer.baseAddress
                    stream.pointee.avail_out = uInt(buffer.count)
                    status = deflate(stream, Z_FINISH)
                }
                precondition(status == Z_OK || status == Z_STREAM_END, "zlib failed")
            }
        }
    }
}

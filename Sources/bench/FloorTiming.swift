import Foundation

/// Medians of wall-clock and CPU time (this thread's) over repeated runs, in milliseconds.
/// CPU time beside wall time, because on a shared machine the wall clock also counts the
/// time other processes had the core.
///
/// ```swift
/// let bytes = [UInt8](repeating: 0x61, count: 1 << 16)
/// let copy = FloorTiming(iterations: 100) { _ = bytes.withUnsafeBufferPointer(Array.init) }
/// print(copy.wall, copy.cpu)
/// let timings = FloorTiming.interleaved(iterations: 100, [
///     { _ = bytes.map { $0 ^ 0x20 } },
///     { _ = bytes.withUnsafeBufferPointer(Array.init) },
/// ])
/// print(timings[0].cpu / timings[1].cpu)   // a figure over its floor
/// ```
struct FloorTiming {
    let wall: Double
    let cpu: Double

    init(iterations: Int, _ body: () -> Void) {
        self = withoutActuallyEscaping(body) { Self.interleaved(iterations: iterations, [$0])[0] }
    }

    private init(walls: [Double], cpus: [Double]) {
        wall = walls.sorted()[walls.count / 2]
        cpu = cpus.sorted()[cpus.count / 2]
    }

    /// One timing per body, the bodies run in turn in every round, so a figure and its
    /// floor see the same state of the machine and the allocator: a ratio between them
    /// does not swing with what ran in the minutes before.
    static func interleaved(iterations: Int, _ bodies: [() -> Void]) -> [FloorTiming] {
        var walls = Array(repeating: [Double](), count: bodies.count)
        var cpus = walls
        for _ in 0..<max(1, iterations) {
            for (index, body) in bodies.enumerated() {
                let (wallStart, cpuStart) = (now(CLOCK_MONOTONIC), now(CLOCK_THREAD_CPUTIME_ID))
                body()
                walls[index].append(now(CLOCK_MONOTONIC) - wallStart)
                cpus[index].append(now(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
            }
        }
        return bodies.indices.map { FloorTiming(walls: walls[$0], cpus: cpus[$0]) }
    }

    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}

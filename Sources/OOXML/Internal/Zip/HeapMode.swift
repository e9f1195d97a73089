import CMalloc

/// How glibc's malloc serves the deflate states and archive buffers of a run, fixed once per
/// process before the first document is written.
///
/// zlib's deflate state (about 300–400 KB in pieces of 64–256 KB, per stream) sits just
/// above glibc's default mmap threshold (128 KB), which glibc then moves up and down as
/// memory is freed, and glibc gives freed memory at the top of the heap back to the system
/// beyond a trim threshold that moves with it. So whether a process reused the heap for
/// each new deflate state or mapped and faulted it in afresh (about 100 page faults per
/// archive) depended on what it happened to free first: the same run was fast or a third
/// slower. Fixed thresholds make every process reuse the heap: allocations up to 1 MiB come
/// from it, and up to 32 MiB freed at its top stay for the next document; larger buffers
/// (the archive of a very long table) are still mapped of their own and returned when freed.
///
/// ```swift
/// HeapMode.fix()   // first thing in `RenderCLI.run` and in `bench`
/// ```
package enum HeapMode {
    /// Allocations from this size on get a mapping of their own.
    package static let mmapThreshold: Int32 = 1 << 20
    /// Free memory beyond this at the top of the heap goes back to the system.
    package static let trimThreshold: Int32 = 32 << 20

    /// Fixes both thresholds; returns whether the allocator took them (false off glibc).
    @discardableResult
    package static func fix() -> Bool {
        handlingsplan_fix_heap_thresholds(mmapThreshold, trimThreshold) != 0
    }
}

import Foundation
import Synchronization

/// Maps `elements` on up to `maxConcurrency` cores (by default every core the process may
/// use), keeping the input order, so a batch gives exactly the output of a sequential run,
/// only sooner. One element is mapped on the calling thread: no thread is started for it.
///
/// ```swift
/// let texts = parallelMap(plans) { try? renderer.render($0, as: .txt) }
/// ```
public func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], maxConcurrency: Int? = nil, _ transform: @escaping @Sendable (Element) -> Result
) -> [Result] {
    guard elements.count > 1 else { return elements.map(transform) }
    // Asked only for a batch: Foundation reads the process's CPU quota and set from /sys.
    let workers = min(max(1, maxConcurrency ?? ProcessInfo.processInfo.activeProcessorCount), elements.count)
    guard workers > 1 else { return elements.map(transform) }
    let results = ParallelResults<Result>(count: elements.count)
    let next = Atomic(0)
    // Each worker takes the next element not yet taken, so a slow one holds up no other.
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < elements.count else { return }
            results.set(transform(elements[index]), at: index)
        }
    }
    return results.values
}

// One slot per element, each written once by the worker that mapped it; read after all
// workers have finished (`concurrentPerform` returns only then).
private final class ParallelResults<Result>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ result: Result, at index: Int) { slots[index] = result }

    var values: [Result] { slots.map { $0! } }
}

import Foundation

/// Maps `elements` on all cores with structured concurrency, keeping the input order,
/// so a batch gives exactly the output of a sequential run, only sooner.
///
/// ```swift
/// let texts = await parallelMap(plans) { try? renderer.render($0, as: .txt) }
/// ```
public func parallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @escaping @Sendable (Element) -> Result
) async -> [Result] {
    await withTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: elements.count)
        var next = 0
        func startNext() {
            guard next < elements.count else { return }
            let index = next
            let element = elements[index]
            group.addTask { (index, transform(element)) }
            next += 1
        }
        for _ in 0..<max(1, maxConcurrency) { startNext() }
        while let (index, result) = await group.next() {
            results[index] = result
            startNext()
        }
        return results.map { $0! }
    }
}

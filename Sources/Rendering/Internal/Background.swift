import Dispatch

// A value worked out on another thread from now on, for synchronous code that has other
// work to do meanwhile: `value` waits for it. The work runs on Dispatch's global queue, not
// on the Swift concurrency pool, so waiting from a task cannot starve the pool.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the work, read only after `done` says it was.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    var value: Value {
        done.wait()
        return result!
    }
}

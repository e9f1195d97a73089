import Foundation

// A value worked out on a thread of its own from now on, for synchronous code that has
// other work to do meanwhile: `value` waits for it (as often as it is asked). The thread
// is the work's alone, neither one of Dispatch's few workers nor the Swift concurrency
// pool's, so work that blocks (reading a pipe until the program at its other end closes
// it) holds up nothing else, and waiting from a task cannot starve the pool.
//
// ```swift
// let output = Background { Result { try pipe.fileHandleForReading.readToEnd() ?? Data() } }
// // … wait for the program …
// let data = try output.value.get()
// ```
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the work, read only after `done` says it was.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        Thread.detachNewThread { [self] in
            result = work()
            done.leave()
        }
    }

    var value: Value {
        done.wait()
        return result!
    }
}

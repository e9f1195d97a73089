import Synchronization

// "[n/N] id" on a terminal while a batch runs, from whichever task finishes.
final class Progress: Sendable {
    private let total: Int
    private let quiet: Bool
    private let done = Mutex(0)

    init(total: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
    }

    func advance(_ id: String) {
        guard !quiet else { return }
        let count = done.withLock { value -> Int in
            value += 1
            return value
        }
        Console.progress(count, of: total, id)
    }

    func finish() {
        if !quiet { Console.endProgress() }
    }
}

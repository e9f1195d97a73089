// A stack of plain values in one heap buffer, grown by doubling and freed by its owner
// (`XMLWriter`'s open elements): no copy-on-write checks, retains or releases per push.
struct PlainStack<Value: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Value>?
    private var capacity = 0
    private(set) var count = 0

    mutating func push(_ value: Value) {
        reserve(count + 1)
        base.unsafelyUnwrapped[count] = value
        count += 1
    }

    mutating func push(contentsOf values: UnsafeBufferPointer<Value>) {
        guard let source = values.baseAddress else { return }
        reserve(count + values.count)
        (base.unsafelyUnwrapped + count).update(from: source, count: values.count)
        count += values.count
    }

    mutating func pop() -> Value? {
        guard count > 0 else { return nil }
        count -= 1
        return base.unsafelyUnwrapped[count]
    }

    mutating func truncate(to count: Int) { self.count = count }

    /// The values from `start` to the top.
    func suffix(from start: Int) -> UnsafeBufferPointer<Value> {
        UnsafeBufferPointer(start: base.map { $0 + start }, count: count - start)
    }

    private mutating func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        let grown = max(needed, capacity * 2, 64)
        let buffer = UnsafeMutablePointer<Value>.allocate(capacity: grown)
        if let base {
            buffer.update(from: base, count: count)
            base.deallocate()
        }
        base = buffer
        capacity = grown
    }

    func free() { base?.deallocate() }
}

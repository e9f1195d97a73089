// A growable run of bytes owned by one writer: an append is a capacity check and a copy,
// with no reference counting, uniqueness check or element-wise loop. It cannot be copied,
// so nothing else holds its storage, and it frees the storage when it goes.
//
// ```swift
// var buffer = ByteBuffer()
// buffer.append("Mål")
// buffer.append(UInt8(ascii: "-"), count: 3)
// buffer.count                        // 7: "Mål---"
// ```
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = max(16, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    subscript(index: Int) -> UInt8 { start[index] }

    var last: UInt8? { count > 0 ? start[count - 1] : nil }

    /// The bytes, valid until the buffer next changes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Some of the bytes, valid until the buffer next changes.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: start + range.lowerBound, count: range.count)
    }

    /// Room for `extra` more bytes, so that the appends that follow do not move the storage.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, 2 * capacity)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        storage.update(from: start, count: count)
        start.deallocate()
        start = storage
        capacity = larger
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// `byte` `repeated` times: a rule, an underline, indentation.
    @inline(__always)
    mutating func append(_ byte: UInt8, count repeated: Int) {
        guard repeated > 0 else { return }
        reserve(repeated)
        (start + count).update(repeating: byte, count: repeated)
        count += repeated
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A copy of some of the buffer's own bytes at its end.
    mutating func appendCopy(of range: Range<Int>) {
        reserve(range.count)
        (start + count).update(from: start + range.lowerBound, count: range.count)
        count += range.count
    }

    /// The number in decimal digits.
    mutating func append(decimal number: Int) {
        if number >= 10 { append(decimal: number / 10) }
        append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    mutating func truncate(to mark: Int) {
        count = min(count, mark)
    }
}

import Foundation

// Reads back what `CacheEncoder` wrote, in the same order. Bytes that end too soon or hold
// a number too large make the decoder fail (`failed`) and return zeros and empty values from
// then on, so a damaged entry is noticed once, at the end, and thrown away.
//
// ```swift
// var decoder = CacheDecoder(bytes)
// let count = decoder.read()
// let name = decoder.string()
// guard !decoder.failed, decoder.isAtEnd else { return nil }
// ```
package struct CacheDecoder {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    package private(set) var failed = false

    /// A decoder over `bytes`, which must outlive it.
    package init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    package var isAtEnd: Bool { offset == bytes.count }

    /// A count or id; at most `limit` (the remaining bytes, by default, for counts of things
    /// each at least a byte long).
    package mutating func read(atMost limit: Int? = nil) -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while offset < bytes.count, shift < 63 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 {
                guard value <= UInt(limit ?? bytes.count - offset) else { break }
                return Int(value)
            }
            shift += 7
        }
        failed = true
        offset = bytes.count
        return 0
    }

    /// A number `write(signed:)` wrote.
    package mutating func signed() -> Int {
        let negative = bool()
        let value = read(atMost: Int.max)
        return negative ? ~value : value
    }

    package mutating func bool() -> Bool {
        let value = read(atMost: 1)
        return value == 1
    }

    package mutating func string() -> String {
        let count = read()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    package mutating func byteArray() -> [UInt8] {
        let count = read()
        defer { offset += count }
        return Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
    }

    package mutating func data() -> Data {
        let count = read()
        defer { offset += count }
        return Data(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
    }
}

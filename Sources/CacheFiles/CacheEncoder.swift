import Foundation

// Writes values as compact bytes for a cache entry: unsigned numbers as LEB128 varints,
// strings and byte runs as their length then their bytes. `CacheDecoder` reads them back in
// the same order; the entry's framing (`CacheEntry`) guards them.
//
// ```swift
// var encoder = CacheEncoder()
// encoder.write(3)
// encoder.write("w:val")
// let decoder = CacheDecoder(encoder.bytes)   // read(), string() give 3, "w:val"
// ```
package struct CacheEncoder {
    package private(set) var bytes: [UInt8] = []

    package init() { bytes.reserveCapacity(1 << 16) }

    package mutating func write(_ value: Int) {
        precondition(value >= 0, "only counts and ids are encoded")
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A number that may be negative: its sign, then it or (when negative) its complement.
    package mutating func write(signed value: Int) {
        write(value < 0)
        write(value < 0 ? ~value : value)
    }

    package mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { write($0) }
    }

    package mutating func write(_ value: Data) { value.withUnsafeBytes { write($0.bindMemory(to: UInt8.self)) } }

    package mutating func write(_ value: [UInt8]) { value.withUnsafeBufferPointer { write($0) } }

    private mutating func write(_ run: UnsafeBufferPointer<UInt8>) {
        write(run.count)
        bytes.append(contentsOf: run)
    }
}

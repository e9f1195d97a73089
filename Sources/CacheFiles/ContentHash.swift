// A 64-bit hash of bytes, eight at a time in four lanes: enough to tell a cache entry or the
// file it was made from that changed (it guards against accidents, not against someone
// forging the user's own files).
//
// ```swift
// var hash = ContentHash()
// data.withUnsafeBytes { hash.add($0) }
// hash.add(UInt64(data.count))
// let key = hash.value
// ```
package struct ContentHash {
    package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    package init() {}

    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.value
    }

    package mutating func add(_ word: UInt64) { value = Self.mixed(value, word) }

    private static func mixed(_ value: UInt64, _ word: UInt64) -> UInt64 {
        let product = (value ^ word) &* 0x100_0000_01B3
        return product ^ product >> 29
    }

    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        // Four lanes of 32 bytes, so that their multiplications overlap, folded in after.
        var lanes = (value, value ^ 1, value ^ 2, value ^ 3)
        let blocks = bytes.count / 32
        for block in 0..<blocks {
            let at = block * 32
            lanes.0 = Self.mixed(lanes.0, bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            lanes.1 = Self.mixed(lanes.1, bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
            lanes.2 = Self.mixed(lanes.2, bytes.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self))
            lanes.3 = Self.mixed(lanes.3, bytes.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self))
        }
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { add(lane) }
        let words = bytes.count / 8
        for index in (blocks * 4)..<words { add(bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
        var last: UInt64 = 0
        for index in (words * 8)..<bytes.count { last = last << 8 | UInt64(bytes[index]) }
        add(last ^ UInt64(bytes.count) << 56)
    }
}

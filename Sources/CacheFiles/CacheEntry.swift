import Foundation

// The framing of a cache entry: a magic number naming its kind and format, the key it was
// made for, the payload's length and a checksum of payload and key, then the payload. An
// entry is only handed on when every one of them matches, so a truncated, altered, stale or
// foreign entry is never used.
//
// ```swift
// let entry = CacheEntry.framed(encoder.bytes, magic: magic, key: key)
// let value = CacheEntry.payload(of: entry, magic: magic, key: key) { bytes in decode(bytes) }
// ```
package enum CacheEntry {
    /// magic, key, payload length, checksum
    private static let headerSize = 32

    /// The entry holding `payload` for `key`.
    package static func framed(_ payload: [UInt8], magic: UInt64, key: UInt64) -> Data {
        var entry = Data(capacity: headerSize + payload.count)
        let checksum = payload.withUnsafeBytes { Self.checksum($0, key: key) }
        for word in [magic, key, UInt64(payload.count), checksum] {
            withUnsafeBytes(of: word.littleEndian) { entry.append(contentsOf: $0) }
        }
        entry.append(contentsOf: payload)
        return entry
    }

    /// What `body` makes of the payload of `entry`, when it is a whole entry of kind `magic`
    /// for `key`; nil otherwise or when `body` gives nil.
    package static func payload<T>(of entry: Data, magic: UInt64, key: UInt64, _ body: (UnsafeRawBufferPointer) -> T?) -> T? {
        entry.withUnsafeBytes { raw -> T? in
            guard raw.count >= headerSize else { return nil }
            let word = { (index: Int) in UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
            let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            guard word(0) == magic, word(1) == key, word(2) == UInt64(payload.count),
                  word(3) == checksum(payload, key: key) else { return nil }
            return body(payload)
        }
    }

    private static func checksum(_ payload: UnsafeRawBufferPointer, key: UInt64) -> UInt64 {
        var hash = ContentHash()
        hash.add(payload)
        hash.add(key)
        return hash.value
    }
}

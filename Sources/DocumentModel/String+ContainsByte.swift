#if canImport(Glibc)
import Glibc
#endif

/// Whether a text's UTF-8 holds a byte, found with `memchr`: `utf8.contains(_:)` steps through
/// the string's byte view one byte at a time, at a few instructions each, and the passes that
/// ask (line feeds in running text, hard spaces in table cells) ask of every text.
///
/// ```swift
/// "rad ett\nrad två".containsUTF8(0x0A)   // true
/// ```
extension String {
    package func containsUTF8(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }
}

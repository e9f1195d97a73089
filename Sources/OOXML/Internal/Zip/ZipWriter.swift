import Foundation

// Writes a ZIP archive in memory from deflated entries, in the order given, with one fixed
// timestamp, so the same entries always give the same bytes. The headers are the ones
// libzip writes for such entries (made by Unix, version 6.3; UTF-8 flag only for names
// beyond ASCII; no extra fields), so an archive is byte for byte what libzip made before
// (`LibZipWriter`, which tests and the bench compare against). Archives beyond what ZIP
// without its ZIP64 extension can hold (4 GiB, 65 535 entries) are refused.
package enum ZipWriter {
    /// A failure tests inject to see it reported: a part cannot be packed, or the archive
    /// cannot be finished.
    package enum Fault: String, Sendable {
        case addEntry = "zip-add", close = "zip-close"
    }

    /// 1980-01-01 00:00, the first moment a ZIP entry can carry, as MS-DOS date and time.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0
    private static let versionMadeBy: UInt16 = 0x033F
    private static let versionNeeded: UInt16 = 20
    /// Bit 2: deflated at the fastest level; bit 11: the name is UTF-8.
    private static let fastestFlag: UInt16 = 1 << 2, utf8Flag: UInt16 = 1 << 11
    private static let deflated: UInt16 = 8
    /// A regular file readable and writable by all, as Unix attributes.
    private static let externalAttributes: UInt32 = 0o100666 << 16
    private static let largest = Int(UInt32.max)

    /// The entries deflated with one reused stream, then archived.
    package static func archive(_ entries: [(name: String, data: Data)], fault: Fault? = nil) throws(WriteFailure) -> Data {
        let deflater = Deflater()
        var compressed: [ZipEntry] = []
        compressed.reserveCapacity(entries.count)
        for entry in entries { compressed.append(try ZipEntry(entry.name, entry.data, deflater: deflater, fault: fault)) }
        return try archive(compressed, fault: fault)
    }

    package static func archive(_ entries: [ZipEntry], fault: Fault? = nil) throws(WriteFailure) -> Data {
        let archive = ZipArchive(fault: fault)
        for entry in entries { archive.append(entry) }
        return try archive.finish()
    }

    /// A local header's signature and fields, with the name's bytes after them.
    static func localHeader(_ entry: ZipArchive.Record, into archive: inout Data) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(30 + entry.name.count)
        bytes.put(UInt32(0x0403_4B50))
        bytes.put(versionNeeded)
        header(of: entry, into: &bytes)
        bytes.put(UInt16(0))   // extra field
        bytes.append(contentsOf: entry.name)
        archive.append(contentsOf: bytes)
    }

    /// Where in a local header its CRC, compressed size and size stand.
    static let localCRCOffset = 14

    /// The central directory of `entries` and its end record, appended to the archive
    /// after their data; refused beyond what ZIP without ZIP64 holds.
    static func directory(_ entries: [ZipArchive.Record], into archive: inout Data) throws(WriteFailure) {
        let directoryStart = archive.count
        let directorySize = entries.reduce(0) { $0 + 46 + $1.name.count }
        guard entries.count <= Int(UInt16.max), directoryStart <= largest, directorySize <= largest,
              entries.allSatisfy({ $0.size <= largest && $0.compressedSize <= largest }) else {
            throw WriteFailure(message: "ZIP-arkivet kunde inte slutföras: det blir större än 4 GiB eller får fler än "
                + "65 535 delar, mer än ett Word-dokument kan rymma")
        }
        // Built apart and appended once: appending to `Data` field by field costs more than the fields.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(directorySize + 22)
        for entry in entries {
            bytes.put(UInt32(0x0201_4B50))
            bytes.put(versionMadeBy)
            bytes.put(versionNeeded)
            header(of: entry, into: &bytes)
            bytes.put(UInt16(0))   // extra field
            bytes.put(UInt16(0))   // comment
            bytes.put(UInt16(0))   // disk
            bytes.put(UInt16(0))   // internal attributes
            bytes.put(externalAttributes)
            bytes.put(UInt32(entry.offset))
            bytes.append(contentsOf: entry.name)
        }
        bytes.put(UInt32(0x0605_4B50))
        bytes.put(UInt16(0))
        bytes.put(UInt16(0))
        bytes.put(UInt16(entries.count))
        bytes.put(UInt16(entries.count))
        bytes.put(UInt32(directorySize))
        bytes.put(UInt32(directoryStart))
        bytes.put(UInt16(0))
        archive.append(contentsOf: bytes)
    }

    /// The fields local and central headers share, from the flags to the name's length.
    private static func header(of entry: ZipArchive.Record, into bytes: inout [UInt8]) {
        bytes.put(isASCII(entry.name) ? fastestFlag : fastestFlag | utf8Flag)
        bytes.put(deflated)
        bytes.put(dosTime)
        bytes.put(dosDate)
        bytes.put(entry.crc)
        bytes.put(UInt32(truncatingIfNeeded: entry.compressedSize))
        bytes.put(UInt32(truncatingIfNeeded: entry.size))
        bytes.put(UInt16(entry.name.count))
    }

    /// libzip's test: printable ASCII, tab, carriage return and newline.
    private static func isASCII(_ name: [UInt8]) -> Bool {
        name.allSatisfy { ($0 > 31 && $0 < 128) || $0 == 9 || $0 == 10 || $0 == 13 }
    }
}

extension [UInt8] {
    /// Appends `value` little-endian, as ZIP stores numbers.
    fileprivate mutating func put<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

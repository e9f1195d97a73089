import Foundation

// One part deflated for an archive: what the ZIP headers record of it and its bytes.
// An entry can be made once and placed in many archives (the reference document's parts).
package struct ZipEntry: Sendable, Hashable {
    package let name: String
    /// CRC-32 of the uncompressed bytes.
    package let crc: UInt32
    /// Size of the uncompressed bytes.
    package let size: Int
    /// The raw deflate stream.
    package let compressed: Data

    /// `data` deflated with `deflater`, as an entry named `name`.
    package init(_ name: String, _ data: Data, deflater: Deflater, fault: ZipWriter.Fault? = nil) throws(WriteFailure) {
        let compressor = EntryCompressor(name, deflater: deflater, fault: fault)
        let written = data.withUnsafeBytes { compressor.write($0) }
        guard written else { throw WriteFailure(message: compressor.failure ?? "\(name) kunde inte packas") }
        self = try compressor.finish()
    }

    /// An entry deflated before, as its headers record it (a cache of entries keeps them).
    package init(name: String, crc: UInt32, size: Int, compressed: Data) {
        self.name = name
        self.crc = crc
        self.size = size
        self.compressed = compressed
    }
}
